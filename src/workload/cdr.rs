//! CDR rows: Asterisk `cdr_csv` and Cisco CUCM.

use super::Values;

/// One Asterisk `cdr_csv` row with a badge, numbers in mixed spellings, a
/// caller id with a name, and sometimes a personnummer in userfield.
pub fn asterisk_cdr<V: Values>(v: &mut V) -> String {
    let a = v.phone();
    let b = v.phone();
    let name = v.name();
    let badge = if v.rng().below(3) == 0 {
        String::new()
    } else {
        format!("B{:06}", v.badge())
    };
    let start = 1_770_000_000 + v.rng().below(10_000_000);
    let dur = v.rng().below(3600);
    let chan = v.rng().next_u64() as u32;
    let userfield = if v.rng().below(4) == 0 {
        format!("pnr={}", v.personnummer())
    } else {
        String::new()
    };
    format!(
        "\"{badge}\",\"{a}\",\"{b}\",\"from-internal\",\"\"\"{name}\"\" <{a}>\",\"PJSIP/{}-{chan:08x}\",\"PJSIP/trunk-{:08x}\",\"Dial\",\"PJSIP/{}@trunk,60,tT\",\"2026-02-12 12:38:46\",\"2026-02-12 12:39:11\",\"2026-02-12 12:51:13\",{dur},{},\"ANSWERED\",\"DOCUMENTATION\",\"{start}.{}\",\"{userfield}\"",
        a.replace([' ', '-'], ""),
        chan ^ 0x5a5a,
        b.replace([' ', '-'], ""),
        dur.saturating_sub(5),
        v.rng().below(10_000)
    )
}

/// The CUCM 11.x column count (see `rules/cisco-cucm-cdr.toml`).
pub(super) const CUCM_COLUMNS: usize = 129;

/// One Cisco CUCM CDR row: 129 columns, integer-encoded IPs, calling and
/// called numbers, a login id and device names.
pub fn cucm_cdr<V: Values>(v: &mut V) -> String {
    let mut cols = vec![String::from("0"); CUCM_COLUMNS];
    let int_ip = |v: &mut V| -> String { i32::from_le_bytes(v.cucm_ip()).to_string() };
    let q = |s: String| format!("\"{s}\"");
    cols[0] = "1".into();
    cols[1] = "1".into();
    cols[2] = (1_000_000 + v.rng().below(1_000_000)).to_string();
    cols[3] = (20_000_000 + v.rng().below(1_000_000)).to_string();
    cols[4] = (1_770_000_000 + v.rng().below(10_000_000)).to_string();
    cols[7] = int_ip(v);
    cols[8] = q(v.phone().replace([' ', '-'], ""));
    cols[9] = q(v.user());
    cols[13] = int_ip(v);
    cols[14] = (16384 + v.rng().below(16384)).to_string();
    cols[28] = int_ip(v);
    cols[29] = q(v.phone().replace([' ', '-'], ""));
    cols[30] = cols[29].clone();
    cols[31] = q(String::new());
    cols[35] = int_ip(v);
    cols[47] = (1_770_000_010 + v.rng().below(10_000_000)).to_string();
    cols[48] = (1_770_000_100 + v.rng().below(10_000_000)).to_string();
    cols[49] = q(String::new());
    cols[50] = q(format!(
        "{:08x}-4b59-4c4e-9c1a-{:012x}",
        v.rng().next_u64() as u32,
        v.rng().next_u64() & 0xffff_ffff_ffff
    ));
    cols[51] = q("PT_PSTN".into());
    cols[52] = q("PT_Internal".into());
    cols[53] = q("PT_PSTN".into());
    cols[54] = q(String::new());
    cols[55] = v.rng().below(3600).to_string();
    cols[56] = q(format!("SEP{:012X}", v.device() * 7919));
    cols[57] = q("SIPTrunk-PSTN".into());
    cols[65] = q("StandAloneCluster".into());
    cols[67] = q(String::new());
    cols.iter()
        .enumerate()
        .map(|(i, c)| {
            if [68, 70, 76, 79, 80, 81, 82].contains(&i) {
                q(String::new())
            } else {
                c.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}
