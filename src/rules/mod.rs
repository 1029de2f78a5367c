//! Rule packs: spec, compile, check.
