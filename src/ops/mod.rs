//! Operators: what happens to a detected or bound value.
