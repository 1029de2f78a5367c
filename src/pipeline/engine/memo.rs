//! A worker's memo of what the text detectors found in a short field
//! value: [`crate::detect::DetectorSet::detect`] is a pure function of the
//! text (the detector set is fixed for the worker's life), and the scanned
//! cells of a call record repeat (a CUCM row's device names, its `0` and
//! empty URI columns: twelve detector runs a row, nearly all on a value an
//! earlier row held). Only the detectors' spans are kept; what depends on
//! the record (names taken elsewhere, memory, echoes) is still worked out
//! per record by the caller.
//!
//! The memo holds values as the pseudonym cache does: in this worker's
//! memory only, never logged. It is a direct-mapped table of [`SLOTS`]
//! slots, each holding one value and its spans in buffers that are reused
//! (a value that never repeats costs a hash and a copy, no allocation once
//! the slots have grown): a value takes the slot its hash names, and the
//! value there before is forgotten.

use std::hash::BuildHasher;

use crate::detect::{DetectorSet, Span};

/// Longest value kept: a cell, not a message.
pub(super) const MAX_LEN: usize = 64;
/// Slots in the table (a power of two).
const SLOTS: usize = 4096;

#[derive(Clone, Default)]
struct Slot {
    /// Whether `text` holds a value (the empty one too).
    full: bool,
    text: String,
    spans: Vec<Span>,
}

#[derive(Clone, Default)]
pub(super) struct DetectMemo {
    slots: Vec<Slot>,
    hasher: foldhash::fast::RandomState,
    #[cfg(test)]
    hits: u64,
}

impl DetectMemo {
    /// Appends to `out` what `detectors.detect(text, out)` appends.
    pub(super) fn detect(&mut self, detectors: &DetectorSet, text: &str, out: &mut Vec<Span>) {
        if text.len() > MAX_LEN {
            detectors.detect(text, out);
            return;
        }
        if self.slots.is_empty() {
            self.slots.resize_with(SLOTS, Slot::default);
        }
        let at = self.hasher.hash_one(text) as usize & (SLOTS - 1);
        let slot = &mut self.slots[at];
        if slot.full && slot.text == text {
            #[cfg(test)]
            {
                self.hits += 1;
            }
            out.extend_from_slice(&slot.spans);
            return;
        }
        let base = out.len();
        detectors.detect(text, out);
        slot.full = true;
        slot.text.clear();
        slot.text.push_str(text);
        slot.spans.clear();
        slot.spans.extend_from_slice(&out[base..]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn direct(d: &DetectorSet, text: &str) -> Vec<Span> {
        let mut out = vec![Span {
            start: 0,
            end: 1,
            kind: crate::detect::Kind::Phone,
        }];
        d.detect(text, &mut out);
        out
    }

    fn memoised(m: &mut DetectMemo, d: &DetectorSet, text: &str) -> Vec<Span> {
        let mut out = vec![Span {
            start: 0,
            end: 1,
            kind: crate::detect::Kind::Phone,
        }];
        m.detect(d, text, &mut out);
        out
    }

    const CELLS: &[&str] = &[
        "",
        "0",
        "SEP000000009AAB",
        "SIPTrunk-PSTN",
        "PJSIP/0727458378-c6fcc2ab",
        "ida.larsson@example.se",
        "0046731234567",
        "192.0.2.7",
        "user=kek from 10.0.0.1",
        "Ida Larsson",
        "login ok, callback 0727458378",
    ];

    #[test]
    fn repeated_cells_find_what_the_detectors_find() {
        let d = DetectorSet::all_builtins();
        let mut m = DetectMemo::default();
        for _ in 0..3 {
            for c in CELLS {
                assert_eq!(memoised(&mut m, &d, c), direct(&d, c), "{c:?}");
            }
        }
        assert!(m.hits >= CELLS.len() as u64);
    }

    proptest! {
        #[test]
        fn memo_is_the_detectors(
            texts in proptest::collection::vec(
                prop_oneof![
                    proptest::sample::select(CELLS).prop_map(str::to_string),
                    "[ -~]{0,80}",
                    "[0-9+ -]{0,20}",
                    "[a-z.]{1,12}@[a-z]{1,8}\\.se",
                ],
                1..40,
            ),
        ) {
            let d = DetectorSet::all_builtins();
            let mut m = DetectMemo::default();
            for _ in 0..2 {
                for t in &texts {
                    prop_assert_eq!(memoised(&mut m, &d, t), direct(&d, t));
                }
            }
        }
    }
}
