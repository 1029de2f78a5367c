//! Rule packs: the TOML [`spec`], its validation into a [`Pack`]
//! ([`compile`]), and the pack test runner ([`check`]).
//!
//! The shipped packs in `rules/` are embedded in the binary, so `veil run
//! --pack syslog` works with nothing else on disk; `--rules DIR` loads a
//! directory instead.

pub mod check;
pub mod compile;
mod shape;
pub mod spec;

use std::path::{Path, PathBuf};

pub(crate) use compile::keep_pattern;
pub use compile::{
    Binding, CatId, Category, Encoding, Expect, Follow, Headers, KeepIf, KeepWhen, OperatorSpec,
    Pack, RuleError, RuleErrors, TestCase, check_schedule, key_use, schedule,
};
pub use shape::Shape;

/// The packs shipped in `rules/`, embedded at build time: (file name, source).
pub const EMBEDDED: &[(&str, &str)] = &[
    ("syslog.toml", include_str!("../../rules/syslog.toml")),
    (
        "asterisk-cdr.toml",
        include_str!("../../rules/asterisk-cdr.toml"),
    ),
    (
        "freeswitch-cdr.toml",
        include_str!("../../rules/freeswitch-cdr.toml"),
    ),
    (
        "cisco-cucm-cdr.toml",
        include_str!("../../rules/cisco-cucm-cdr.toml"),
    ),
    ("json.toml", include_str!("../../rules/json.toml")),
    ("kv-cef.toml", include_str!("../../rules/kv-cef.toml")),
];

/// Where packs come from.
#[derive(Clone, Debug)]
pub enum Source {
    /// The packs embedded in the binary.
    Embedded,
    /// `*.toml` files in a directory.
    Dir(PathBuf),
}

impl Source {
    /// `--rules DIR` if given, else the embedded packs.
    pub fn from_flag(dir: Option<&Path>) -> Source {
        dir.map_or(Source::Embedded, |d| Source::Dir(d.to_path_buf()))
    }

    /// Reads every pack's (file name, source text).
    pub fn read_all(&self) -> Result<Vec<(String, String)>, RuleErrors> {
        match self {
            Source::Embedded => Ok(EMBEDDED
                .iter()
                .map(|(f, s)| (format!("rules/{f}"), (*s).to_string()))
                .collect()),
            Source::Dir(dir) => {
                let io_err = |e: std::io::Error| {
                    RuleErrors(vec![RuleError {
                        file: dir.display().to_string(),
                        line: None,
                        rule: String::new(),
                        message: e.to_string(),
                    }])
                };
                let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
                    .map_err(io_err)?
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                    .collect();
                files.sort();
                if files.is_empty() {
                    return Err(io_err(std::io::Error::new(
                        std::io::ErrorKind::NotFound,
                        "no *.toml rule packs in this directory",
                    )));
                }
                files
                    .into_iter()
                    .map(|p| {
                        let src = std::fs::read_to_string(&p).map_err(|e| {
                            RuleErrors(vec![RuleError {
                                file: p.display().to_string(),
                                line: None,
                                rule: String::new(),
                                message: e.to_string(),
                            }])
                        })?;
                        Ok((p.display().to_string(), src))
                    })
                    .collect()
            }
        }
    }

    /// Compiles every pack, collecting every error of every file.
    pub fn compile_all(&self) -> Result<Vec<Pack>, RuleErrors> {
        self.compile_all_with(true, &[])
    }

    /// [`Source::compile_all`] for what the packs say beside their
    /// detection (categories, keys, epochs), as `veil run` needs of the
    /// packs it does not run: the packs built into veil, which its tests
    /// compile in full, are not checked again by building their regular
    /// expressions (5-7 ms of every run's start; the other packs' keep_when
    /// patterns were three fifths of a syslog run's start-up instructions).
    pub fn compile_all_for_keys(&self) -> Result<Vec<Pack>, RuleErrors> {
        self.compile_all_with(!matches!(self, Source::Embedded), &[])
    }

    /// [`Source::compile_all_for_keys`] beside the packs a run already
    /// compiled from this source (`running`): a pack built into veil that
    /// `running` holds is taken from there instead of being parsed again
    /// (the same text compiles to the same pack). Packs from a directory
    /// are all read again: a file may have changed since.
    pub fn compile_all_for_keys_beside(&self, running: &[Pack]) -> Result<Vec<Pack>, RuleErrors> {
        let reuse = if matches!(self, Source::Embedded) {
            running
        } else {
            &[]
        };
        self.compile_all_with(!matches!(self, Source::Embedded), reuse)
    }

    fn compile_all_with(&self, patterns: bool, reuse: &[Pack]) -> Result<Vec<Pack>, RuleErrors> {
        let mut packs = Vec::new();
        let mut errors = Vec::new();
        for (file, src) in self.read_all()? {
            let stem = Path::new(&file).file_stem().and_then(|s| s.to_str());
            if let Some(p) = reuse.iter().find(|p| Some(p.name.as_str()) == stem) {
                packs.push(p.clone());
                continue;
            }
            match compile::compile_with(&file, &src, patterns) {
                Ok(p) => {
                    let stem = Path::new(&file)
                        .file_stem()
                        .and_then(|s| s.to_str())
                        .unwrap_or("");
                    if p.name != stem {
                        errors.push(RuleError {
                            file: file.clone(),
                            line: None,
                            rule: "pack.name".into(),
                            message: format!(
                                "pack name {:?} does not match its file name {stem:?}",
                                p.name
                            ),
                        });
                    }
                    packs.push(p)
                }
                Err(mut e) => errors.append(&mut e),
            }
        }
        errors.extend(check_schedule(&packs));
        if errors.is_empty() {
            Ok(packs)
        } else {
            Err(RuleErrors(errors))
        }
    }

    /// Compiles the pack called `name` (and only that file). A pack built
    /// into veil, which its tests compile in full, is not checked again by
    /// building its regular expressions (as [`Source::compile_all_for_keys`]
    /// does not): the engine builds the ones it runs right after. That check
    /// cost the CUCM pack's start about 18M instructions (its custom
    /// detectors and keep_when patterns each built twice).
    pub fn load(&self, name: &str) -> Result<Pack, RuleErrors> {
        let all = self.read_all()?;
        let found = all
            .iter()
            .find(|(file, _)| Path::new(file).file_stem().and_then(|s| s.to_str()) == Some(name));
        match found {
            Some((file, src)) => {
                compile::compile_with(file, src, !matches!(self, Source::Embedded))
                    .map_err(RuleErrors)
            }
            None => {
                let names: Vec<&str> = all
                    .iter()
                    .filter_map(|(f, _)| Path::new(f).file_stem().and_then(|s| s.to_str()))
                    .collect();
                Err(RuleErrors(vec![RuleError {
                    file: match self {
                        Source::Embedded => "embedded rules".into(),
                        Source::Dir(d) => d.display().to_string(),
                    },
                    line: None,
                    rule: String::new(),
                    message: format!("no pack named {name:?} (available: {})", names.join(", ")),
                }]))
            }
        }
    }
}

#[cfg(test)]
mod keys_tests {
    use super::{Source, schedule};

    /// Without their regular expressions built, the packs built into veil
    /// compile to the same packs, so `veil run` keeps the same epochs.
    #[test]
    fn the_embedded_packs_say_the_same_without_building_their_patterns() {
        let full = Source::Embedded.compile_all().unwrap();
        let keys = Source::Embedded.compile_all_for_keys().unwrap();
        let names = |p: &[super::Pack]| p.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&full), names(&keys));
        assert_eq!(schedule(&full), schedule(&keys));
        assert!(!schedule(&full).is_empty());
    }

    /// A run's own pack, loaded without building its patterns, stands in
    /// for its file among the others: the same packs, the same epochs.
    #[test]
    fn the_running_pack_stands_in_for_its_own_file() {
        let keys = Source::Embedded.compile_all_for_keys().unwrap();
        let names = |p: &[super::Pack]| p.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
        for name in ["syslog", "cisco-cucm-cdr"] {
            let running = Source::Embedded.load(name).unwrap();
            let full = super::compile::compile(
                &format!("rules/{name}.toml"),
                super::EMBEDDED
                    .iter()
                    .find(|(f, _)| *f == format!("{name}.toml"))
                    .unwrap()
                    .1,
            )
            .unwrap();
            assert_eq!(format!("{running:?}"), format!("{full:?}"));
            let beside = Source::Embedded
                .compile_all_for_keys_beside(std::slice::from_ref(&running))
                .unwrap();
            assert_eq!(names(&beside), names(&keys));
            assert_eq!(schedule(&beside), schedule(&keys));
        }
    }
}
