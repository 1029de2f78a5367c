//! Accounts that a product creates for itself, named in its own
//! documentation: no person holds them, so a key or a word that names an
//! account does not make them personal data.
//!
//! - Oracle Database's predefined administrative and internal accounts
//!   (Database Security Guide, "Predefined User Accounts": `SYS`,
//!   `SYSTEM`, `SYSMAN`, `DBSNMP`, and one schema per feature such as
//!   `CTXSYS`, `MDSYS`, `XDB`, `AUDSYS`), which audit trails write as
//!   `DBUSER`, `CURUSER` or `DATABASE USER`;
//! - the replication roles that PostgreSQL's high-availability managers
//!   create and connect as: Patroni's `replicator` (its sample
//!   configurations' `replication` user, also the name MySQL replication
//!   guides give the replica's login) and repmgr's `repmgr`;
//! - the built-in logins of the other databases (SQL Server's `sa`,
//!   MySQL's `mysql.sys` and `mysql.session`, Debian's
//!   `debian-sys-maint`, Amazon RDS's `rdsadmin`, Db2's instance owners);
//! - the mail system's own senders and the role mailboxes of RFC 5321
//!   (`postmaster`) and RFC 2142 (`abuse`, `hostmaster`, `webmaster`,
//!   `noc`, `security`), and the bounce sender `MAILER-DAEMON`, which mail
//!   servers, directories and SSO logs also write as a bare account;
//! - the factory accounts of appliances and gateways, set by their vendor
//!   and named in its setup guides: Ubiquiti's `ubnt` (airOS, EdgeOS,
//!   UniFi devices before adoption) and Apache Guacamole's `guacadmin`;
//! - the accounts an identity provider creates for itself: django-guardian's
//!   `AnonymousUser` (the object that Django applications such as authentik
//!   and NetBox give every unauthenticated request, written as the event's
//!   user on a failed login) and authentik's bootstrap administrator
//!   `akadmin`.
//!
//! Sample schemas that some databases install (`SCOTT`, `HR`) are not
//! listed: their names are also people's.

/// The accounts, lower case, sorted for a binary search.
const ACCOUNTS: &[&[u8]] = &[
    b"abuse",
    b"akadmin",
    b"anonymous",
    b"anonymoususer",
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
    b"replicator",
    b"repmgr",
    b"sa",
    b"security",
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

static SHAPE: super::util::ShapeGate = super::util::ShapeGate::new(ACCOUNTS);

/// True if `v` (compared case-insensitively) is an account a product
/// creates for itself ([module docs](self)).
pub(crate) fn builtin_account(v: &[u8]) -> bool {
    SHAPE.may_hold(v) && listed(v)
}

/// The binary search of [`builtin_account`].
fn listed(v: &[u8]) -> bool {
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

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 50_000,
            ..proptest::prelude::ProptestConfig::default()
        })]

        /// The shape lookup before the search turns away only values the
        /// search would: accounts with a byte changed, in mixed case, and
        /// random values.
        #[test]
        fn shape_then_search_as_the_search(
            k in 0..ACCOUNTS.len(),
            pos in 0usize..26,
            c in proptest::prelude::any::<u8>(),
            upper in proptest::prelude::any::<u32>(),
            w in "[a-zA-Z0-9_.$-]{0,26}",
        ) {
            let mut v = ACCOUNTS[k].to_vec();
            if pos < v.len() {
                v[pos] = c;
            }
            for (n, x) in v.iter_mut().enumerate() {
                if upper & (1 << n) != 0 {
                    *x = x.to_ascii_uppercase();
                }
            }
            for t in [&v[..], w.as_bytes(), ACCOUNTS[k], &[]] {
                proptest::prop_assert_eq!(builtin_account(t), listed(t));
            }
        }
    }

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
            "AnonymousUser",
            "akadmin",
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
            "AnonymousUser2",
            "akadmin.karin",
            "a-very-long-account-name-beyond-the-buffer",
        ] {
            assert!(!builtin_account(a.as_bytes()), "{a}");
        }
    }
}
