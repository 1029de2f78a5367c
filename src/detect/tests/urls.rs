//! Values in URLs, percent-encoded as web, proxy and IDS logs write them:
//! found in the decoded text, reported over the bytes as written.

use super::*;

const APACHE: &str = "198.51.100.23 - - [06/Dec/2026:10:12:01 +0100] \"GET /login?email=jdoe%40example.se&from=%2B46709066146 HTTP/1.1\" 302 512 \"-\" \"Mozilla/5.0\"";
const IIS: &str = "2026-12-06 09:12:01 W3SVC1 WEB01 192.0.2.10 GET /reset.aspx mail=karin.l%40example.se&next=%2Fhome 443 - 198.51.100.7 Mozilla/5.0+(Windows+NT+10.0) - 200 0 0 15";
const SQUID: &str = "1765012321.123    250 10.1.2.3 TCP_MISS/200 1432 GET http://portal.example.se/cb?redirect_uri=https%3A%2F%2Fapp.example.se%2Fcb%3Fmail%3Dnils.o%40example.se - HIER_DIRECT/203.0.113.5 text/html";
const NGINX: &str = "{\"remote_addr\":\"203.0.113.9\",\"request\":\"GET /profile?mail=%C3%A5sa.l%40example.se&tel=%2B46701740683 HTTP/2.0\",\"status\":200}";
const ZEEK: &str = "1765012321.123456\tCa1b2c3\t192.0.2.44\t51522\t198.51.100.80\t80\t1\tGET\tportal.example.se\t/sms?to=%2B46701740686&cc=eva.n%40example.se\t-\t1.1\tcurl/8.0";

#[test]
fn values_in_urls_are_found_as_written() {
    exactly(&[
        (
            APACHE,
            &[
                ("198.51.100.23", Ipv4),
                ("jdoe%40example.se", Email),
                ("%2B46709066146", Phone),
            ],
        ),
        (
            IIS,
            &[
                ("192.0.2.10", Ipv4),
                ("karin.l%40example.se", Email),
                ("198.51.100.7", Ipv4),
            ],
        ),
        (
            SQUID,
            &[
                ("10.1.2.3", Ipv4),
                ("nils.o%40example.se", Email),
                ("203.0.113.5", Ipv4),
            ],
        ),
        (
            NGINX,
            &[
                ("203.0.113.9", Ipv4),
                ("%C3%A5sa.l%40example.se", Email),
                ("%2B46701740683", Phone),
            ],
        ),
        (
            ZEEK,
            &[
                ("192.0.2.44", Ipv4),
                ("198.51.100.80", Ipv4),
                ("%2B46701740686", Phone),
                ("eva.n%40example.se", Email),
            ],
        ),
    ]);
}

#[test]
fn a_percent_that_is_no_escape_finds_nothing_new() {
    for text in [
        "CPU 45% load, 100%25 done",
        "printf(\"%s logged in from %d\", user, n)",
        "GET /files/2019%2F0701740683%2Freport.pdf",
        "GET /a%41%42%43 200",
        "bad %C3 byte in jdoe%40example.se",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", all(text));
    }
}
