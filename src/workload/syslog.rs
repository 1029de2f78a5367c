//! Syslog lines: the realistic corpus and the first, simpler one.

use super::{Rng, Values};

/// Hosts of the realistic syslog corpus.
const HOSTS: [&str; 10] = [
    "gw1.sto.example.se",
    "gw2.sto.example.se",
    "bastion1.sto.example.se",
    "web1.got.example.se",
    "web2.got.example.se",
    "db1.sto.example.se",
    "app3.mmo.example.se",
    "build2.sto.example.se",
    "vpn1.got.example.se",
    "jump1.sto.example.se",
];
const COMMANDS: [&str; 6] = [
    "/usr/bin/systemctl restart nginx",
    "/usr/bin/journalctl -u postfix --since today",
    "/usr/bin/apt-get upgrade -y",
    "/bin/cat /var/log/secure",
    "/usr/sbin/asterisk -rx core show channels",
    "/usr/bin/docker compose up -d",
];
const NO_PII: [&str; 8] = [
    "systemd[1]: Started Session c3 of User root.",
    "CRON[23817]: (root) CMD (run-parts /etc/cron.hourly)",
    "kernel: [884512.331874] nf_conntrack: table full, dropping packet",
    "systemd[1]: Starting Daily apt upgrade and clean activities...",
    "postfix/anvil[1207]: statistics: max cache size 3 at Dec 10 07:02:11",
    "rsyslogd: action 'action-8-builtin:omfwd' resumed (module 'builtin:omfwd') [v8.2302.0 try https://www.rsyslog.com/e/2359 ]",
    "chronyd[702]: Selected source PHC0",
    "dbus-daemon[911]: [system] Successfully activated service 'org.freedesktop.nm_dispatcher'",
];

fn hex(rng: &mut Rng, n: usize) -> String {
    (0..n)
        .map(|_| b"0123456789abcdef"[rng.below(16) as usize] as char)
        .collect()
}

fn base64ish(rng: &mut Rng, n: usize) -> String {
    const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    (0..n)
        .map(|_| B64[rng.below(64) as usize] as char)
        .collect()
}

fn queue_id(rng: &mut Rng) -> String {
    (0..10)
        .map(|_| b"0123456789ABCDEF"[rng.below(16) as usize] as char)
        .collect()
}

/// One line of the realistic syslog corpus: what a relay in front of a
/// company's servers, mail and telephony sees (see the README, Performance).
/// Weights per 100 lines, and personal values per line:
///
/// | lines | template | values |
/// |---|---|---|
/// | 11 | sshd `Failed password for [invalid user] U from IP port P ssh2` | 2 |
/// | 7 | sshd `Accepted publickey for U from IP port P ssh2: ED25519 SHA256:...` | 2 |
/// | 5 | sshd `Invalid user U from IP port P` | 2 |
/// | 5 | sshd `Connection closed by IP port P [preauth]` | 1 |
/// | 8 | pam_unix `session opened for user U(uid=N) by (uid=0)` | 1 |
/// | 5 | pam_unix `session closed for user U` | 1 |
/// | 4 | sudo `U : TTY=pts/N ; PWD=/home/U ; USER=root ; COMMAND=...` | 2 (one user twice) |
/// | 5 | postfix/smtpd `client=host[IP], sasl_method=LOGIN, sasl_username=EMAIL` | 2 |
/// | 5 | postfix/qmgr `from=<EMAIL>, size=N, nrcpt=1 (queue active)` | 1 |
/// | 5 | postfix/smtp `to=<EMAIL>, relay=...[IP]:25, ..., status=sent (...)` | 2 |
/// | 6 | kamailio `INVITE from sip:PHONE@... to sip:PHONE@IP` | 3 |
/// | 4 | asterisk `Request 'REGISTER' from '<sip:PHONE@...>' failed for 'IP:5060'` | 2 |
/// | 5 | SMS gateway `MT id=... to=PHONE from=VEIL status=DELIVRD` | 1 |
/// | 10 | firewall kv `srcip=IP srcport=P dstip=IP dstport=443 ...` | 2 |
/// | 15 | systemd, cron, kernel, rsyslog, chrony, dbus: no personal value | 0 |
///
/// About 1.5 values and 165 bytes per line.
pub fn syslog_realistic<V: Values>(v: &mut V) -> String {
    let r = v.rng();
    let host = HOSTS[r.below(HOSTS.len() as u64) as usize];
    let pid = 1000 + r.below(60000);
    let port = 1024 + r.below(64000);
    let (hh, mm, ss) = (r.below(24), r.below(60), r.below(60));
    // Relays that forward raw keep the priority (auth: facility 4, or 10).
    let pri = ["", "<38>", "<86>"][r.below(3) as usize];
    let ts = format!("{pri}Dec {:2} {hh:02}:{mm:02}:{ss:02}", 1 + r.below(28));
    let pick = r.below(100);
    match pick {
        0..11 => {
            let invalid = if v.rng().below(3) == 0 {
                "invalid user "
            } else {
                ""
            };
            format!(
                "{ts} {host} sshd[{pid}]: Failed password for {invalid}{} from {} port {port} ssh2",
                v.user(),
                v.ip()
            )
        }
        11..18 => {
            let fp = base64ish(v.rng(), 43);
            format!(
                "{ts} {host} sshd[{pid}]: Accepted publickey for {} from {} port {port} ssh2: ED25519 SHA256:{fp}",
                v.user(),
                v.ip()
            )
        }
        18..23 => format!(
            "{ts} {host} sshd[{pid}]: Invalid user {} from {} port {port}",
            v.user(),
            v.ip()
        ),
        23..28 => format!(
            "{ts} {host} sshd[{pid}]: Connection closed by {} port {port} [preauth]",
            v.ip()
        ),
        28..36 => {
            let uid = 1000 + v.rng().below(4000);
            format!(
                "{ts} {host} sshd[{pid}]: pam_unix(sshd:session): session opened for user {}(uid={uid}) by (uid=0)",
                v.user()
            )
        }
        36..41 => format!(
            "{ts} {host} sshd[{pid}]: pam_unix(sshd:session): session closed for user {}",
            v.user()
        ),
        41..45 => {
            let u = v.user();
            let tty = v.rng().below(9);
            let cmd = COMMANDS[v.rng().below(COMMANDS.len() as u64) as usize];
            format!(
                "{ts} {host} sudo: {u} : TTY=pts/{tty} ; PWD=/home/{u} ; USER=root ; COMMAND={cmd}"
            )
        }
        45..50 => {
            let q = queue_id(v.rng());
            format!(
                "{ts} mx1 postfix/smtpd[{pid}]: {q}: client=unknown[{}], sasl_method=LOGIN, sasl_username={}",
                v.ip(),
                v.email()
            )
        }
        50..55 => {
            let q = queue_id(v.rng());
            let size = 800 + v.rng().below(90_000);
            format!(
                "{ts} mx1 postfix/qmgr[{pid}]: {q}: from=<{}>, size={size}, nrcpt=1 (queue active)",
                v.email()
            )
        }
        55..60 => {
            let (q, q2) = (queue_id(v.rng()), queue_id(v.rng()));
            let delay = v.rng().below(100);
            format!(
                "{ts} mx1 postfix/smtp[{pid}]: {q}: to=<{}>, relay=mx.example.net[{}]:25, delay=0.{delay:02}, delays=0.01/0/0.05/0.{delay:02}, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as {q2})",
                v.email(),
                v.ip()
            )
        }
        60..66 => format!(
            "<134>{ts} sip1 kamailio[{pid}]: INFO: <script>: INVITE from sip:{}@sip.example.se to sip:{}@{} cid={}-{} ua=Linphone/5.2",
            v.sip_phone(),
            v.sip_phone(),
            v.ip(),
            hex(v.rng(), 24),
            hex(v.rng(), 8)
        ),
        66..70 => format!(
            "{ts} pbx1 asterisk[{pid}]: NOTICE[{}]: res_pjsip/pjsip_distributor.c:676 log_failed_request: Request 'REGISTER' from '<sip:{}@sip.example.se>' failed for '{}:5060' (callid: {}) - Failed to authenticate",
            pid + 17,
            v.sip_phone(),
            v.ip(),
            hex(v.rng(), 32)
        ),
        70..75 => format!(
            "{ts} sms1 smsgw[{pid}]: MT id={} smsc=tele2-smpp-1 to={} from=VEIL status=DELIVRD err=000 parts=1 dcs=0 text_len={}",
            hex(v.rng(), 16),
            v.sip_phone(),
            20 + v.rng().below(140)
        ),
        75..85 => {
            let session = v.rng().below(90_000_000);
            let (sent, rcvd) = (v.rng().below(90_000), v.rng().below(900_000));
            format!(
                "{ts} fw1 fw: date=2026-12-10 time={hh:02}:{mm:02}:{ss:02} devname=\"fw-01\" logid=\"0000000013\" type=\"traffic\" subtype=\"forward\" level=\"notice\" srcip={} srcport={port} srcintf=\"lan\" dstip={} dstport=443 dstintf=\"wan1\" sessionid={session} proto=6 action=\"close\" policyid=12 service=\"HTTPS\" duration={} sentbyte={sent} rcvdbyte={rcvd}",
                v.ip(),
                v.ip(),
                v.rng().below(600)
            )
        }
        _ => {
            let msg = NO_PII[v.rng().below(NO_PII.len() as u64) as usize];
            format!("{ts} {host} {msg}")
        }
    }
}

/// One syslog line from the mix: sshd, pam, sudo, postfix, kamailio and
/// firewall kv, 150-250 bytes, 1-3 personal values.
pub fn syslog_line<V: Values>(v: &mut V) -> String {
    let host = ["gw1", "gw2", "mx1", "web2", "sip1", "fw1"][v.rng().below(6) as usize];
    let pid = 1000 + v.rng().below(60000);
    let (mm, ss) = (v.rng().below(60), v.rng().below(60));
    let ts = format!("Dec 10 07:{mm:02}:{ss:02}");
    let pad = |s: String, r: &mut Rng| -> String {
        // Pad to the 150-250 byte range with realistic trailing detail.
        let target = 150 + r.below(101) as usize;
        let mut s = s;
        if s.len() < target {
            s.push_str(" [session ");
            while s.len() + 1 < target {
                let c = b"0123456789abcdef"[r.below(16) as usize] as char;
                s.push(c);
            }
            s.push(']');
        }
        s
    };
    let line = match v.rng().below(7) {
        0 => format!(
            "{ts} {host} sshd[{pid}]: Failed password for invalid user {} from {} port {} ssh2",
            v.user(),
            v.ip(),
            1024 + v.rng().below(60000)
        ),
        1 => format!(
            "{ts} {host} sshd[{pid}]: Accepted publickey for {} from {} port {} ssh2: RSA SHA256:Zm9vYmFyYmF6cXV4",
            v.user(),
            v.ip(),
            1024 + v.rng().below(60000)
        ),
        2 => format!(
            "{ts} {host} sshd[{pid}]: pam_unix(sshd:session): session opened for user {} by (uid=0)",
            v.user()
        ),
        3 => {
            let u = v.user();
            format!(
                "{ts} {host} sudo: {u} : TTY=pts/{} ; PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx",
                v.rng().below(9)
            )
        }
        4 => format!(
            "{ts} {host} postfix/smtpd[{pid}]: {:08X}: client=unknown[{}], sasl_method=LOGIN, sasl_username={}@example.se",
            v.rng().next_u64() as u32,
            v.ip(),
            v.user()
        ),
        5 => format!(
            "<134>{ts} {host} kamailio[{pid}]: INFO: <script>: INVITE from sip:{}@sip.example.se to sip:{}@{}",
            v.phone().replace(' ', ""),
            v.phone().replace(' ', ""),
            v.ip()
        ),
        _ => format!(
            "{ts} {host} fw: date=2026-11-22 time=07:{mm:02}:{ss:02} devname=\"fw-01\" type=\"traffic\" srcip={} srcport={} dstip={} dstport=443 action=accept",
            v.ip(),
            1024 + v.rng().below(60000),
            v.ip()
        ),
    };
    pad(line, v.rng())
}
