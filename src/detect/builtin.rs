//! Accounts that a product creates for itself, named in its own
//! documentation: no person holds them, so a key or a word that names an
//! account does not make them personal data.
//!
//! - Oracle Database's predefined administrative and internal accounts
//!   (Database Security Guide, "Predefined User Accounts": `SYS`,
//!   `SYSTEM`, `SYSMAN`, `DBSNMP`, and one schema per feature such as
//!   `CTXSYS`, `MDSYS`, `XDB`, `AUDSYS`), which audit trails write as
//!   `DBUSER`, `CURUSER` or `DATABASE USER`;
//! - the built-in logins of the other databases (SQL Server's `sa`,
//!   MySQL's `mysql.sys` and `mysql.session`, Debian's
//!   `debian-sys-maint`, Amazon RDS's `rdsadmin`, Db2's instance owners);
//! - the mail system's own senders and the role mailboxes of RFC 5321
//!   (`postmaster`) and RFC 2142 (`abuse`, `hostmaster`, `webmaster`,
//!   `noc`, `security`), and the bounce sender `MAILER-DAEMON`, which mail
//!   servers, directories and SSO logs also write as a bare account;
//! - the factory accounts of appliances and gateways, set by their vendor
//!   and named in its setup guides: Ubiquiti's `ubnt` (airOS, EdgeOS,
//!   UniFi devices before adoption) and Apache Guacamole's `guacadmin`.
//!
//! Sample schemas that some databases install (`SCOTT`, `HR`) are not
//! listed: their names are also people's.

/// The accounts, lower case, sorted for a binary search.
const ACCOUNTS: &[&[u8]] = &[
    b"abuse",
    b"anonymous",
    b"apex_public_user",
    b"appqossys",
    b"audsys",
    b"ctxsys",
    b"dasusr1",
    b"db2fenc1",
    b"db2inst1",
    b"dbsfwuser",
    b"dbsnmp",
    b"debian-sys-maint",
    b"dip",
    b"dmsys",
    b"dvf",
    b"dvsys",
    b"exfsys",
    b"flows_files",
    b"ggsys",
    b"gsmadmin_internal",
    b"gsmcatuser",
    b"gsmuser",
    b"guacadmin",
    b"hostmaster",
    b"lbacsys",
    b"mailer-daemon",
    b"mddata",
    b"mdsys",
    b"mgmt_view",
    b"mysql.infoschema",
    b"mysql.session",
    b"mysql.sys",
    b"noc",
    b"ojvmsys",
    b"olapsys",
    b"oracle_ocm",
    b"orddata",
    b"ordplugins",
    b"ordsys",
    b"outln",
    b"owbsys",
    b"postmaster",
    b"rdsadmin",
    b"remote_scheduler_agent",
    b"sa",
    b"si_informtn_schema",
    b"spatial_csw_admin_usr",
    b"spatial_wfs_admin_usr",
    b"sys",
    b"sys$umf",
    b"sysbackup",
    b"sysdg",
    b"syskm",
    b"sysman",
    b"sysrac",
    b"system",
    b"tsmsys",
    b"ubnt",
    b"webmaster",
    b"wmsys",
    b"xdb",
    b"xs$null",
];

/// True if `v` (compared case-insensitively) is an account a product
/// creates for itself ([module docs](self)).
pub(crate) fn builtin_account(v: &[u8]) -> bool {
    let mut buf = [0u8; 24];
    let Some(low) = buf.get_mut(..v.len()) else {
        return false;
    };
    for (d, s) in low.iter_mut().zip(v) {
        *d = s.to_ascii_lowercase();
    }
    ACCOUNTS.binary_search(&&*low).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_and_lower_case() {
        assert!(ACCOUNTS.windows(2).all(|w| w[0] < w[1]));
        assert!(
            ACCOUNTS
                .iter()
                .all(|a| a.len() <= 24 && !a.iter().any(u8::is_ascii_uppercase))
        );
    }

    #[test]
    fn product_accounts_and_people() {
        for a in [
            "DBSNMP",
            "SYSMAN",
            "sys",
            "CTXSYS",
            "XS$NULL",
            "MAILER-DAEMON",
            "Postmaster",
            "ubnt",
            "guacadmin",
            "mysql.session",
            "debian-sys-maint",
            "rdsadmin",
            "db2inst1",
        ] {
            assert!(builtin_account(a.as_bytes()), "{a}");
        }
        for a in [
            "SCOTT",
            "F_BAECKER",
            "k.berg",
            "postmaster.karin",
            "dbsnmp2",
            "sara",
            "a-very-long-account-name-beyond-the-buffer",
        ] {
            assert!(!builtin_account(a.as_bytes()), "{a}");
        }
    }
}
