//! Windows' built-in principals in text: `NT AUTHORITY\\NETWORK SERVICE`
//! is no one's account, wherever a log writes it.

use super::*;

#[test]
fn windows_builtin_principals_in_text_are_no_accounts() {
    let lines = [
        // Windows Security (4624, 4672), as Snare, NXLog and Winlogbeat
        // forward it, and ticket systems that copy it.
        "An account was logged on. Account Name: SYSTEM Account Domain: NT AUTHORITY New Logon: NT AUTHORITY\\SYSTEM",
        r#"{"przypisany_do":"NT AUTHORITY\\NETWORK SERVICE","status":"otwarte"}"#,
        "fname=Root\\\\Windows Domain Account-corp.internal-NT AUTHORITY\\NETWORK SERVICE dvc=host1",
        "Service MSSQLSERVER runs as NT SERVICE\\MSSQLSERVER",
        "w3wp.exe started as IIS APPPOOL\\DefaultAppPool",
        "added to BUILTIN\\Administrators by policy",
        "Tjänsten körs som NT INSTANS\\SYSTEM",
        "Dienst läuft als NT-AUTORITÄT\\NETZWERKDIENST",
        "Logon: Font Driver Host\\UMFD-0",
    ];
    for line in lines {
        let got = all(line);
        assert!(!got.iter().any(|(_, k)| *k == Username), "{line}: {got:?}");
    }
    // A person's account behind a domain is still one.
    for (line, v) in [
        (
            "Logon: CORP\\karin.eriksson from 10.0.0.1",
            "karin.eriksson",
        ),
        (r#"{"Account":"LSNORR\\sbergkvist"}"#, "sbergkvist"),
        ("user NTAUTH\\kberg logged on", "kberg"),
    ] {
        let got = all(line);
        assert!(
            got.iter().any(|(s, k)| *k == Username && s.contains(v)),
            "{line}: {got:?}"
        );
    }
}
