//! Validation: a [`PackSpec`] becomes a [`Pack`], or every problem in it is
//! reported at once with file, line and rule.
//!
//! One concern to a file: `validate` ([`compile`], the pack as a whole),
//! `category` (one category's policy), `schedule` (the keys the packs need),
//! `collect` (every problem at once), `template` (test placeholders), `pack`
//! (what a pack compiles to) and `error`.

mod category;
mod collect;
mod error;
mod pack;
mod schedule;
mod template;
#[cfg(test)]
mod tests;
mod validate;

pub use category::{kinds_of, parse_retention};
pub(crate) use collect::{line_of, suggest};
pub use error::{RuleError, RuleErrors};
pub use pack::{
    Binding, CatId, Category, Encoding, Expect, Follow, Headers, KeepIf, KeepWhen, OperatorSpec,
    Pack, TestCase,
};
pub use schedule::{check_schedule, key_use, schedule};
pub use template::{is_placeholder_name, placeholders};
pub use validate::compile;
pub(crate) use validate::compile_with;
pub(crate) use validate::keep_pattern;

#[cfg(doc)]
use crate::rules::spec::PackSpec;

/// The token prefix a built-in kind gets by default (the operator's own).
pub use crate::ops::default_prefix;
