//! Which offsets may be committed: per partition, the records produced but
//! not yet delivered.
//!
//! A partition's committable offset is the first offset still in flight, or
//! one past the last record handed in when nothing is in flight. Records of
//! a partition are added in offset order, so every offset below that is
//! delivered: committing it never skips a record.

use std::collections::{BTreeSet, HashMap};

/// A topic-partition: (input topic index, partition).
pub type Tp = (usize, i32);

#[derive(Debug, Default)]
struct Part {
    in_flight: BTreeSet<i64>,
    /// One past the highest offset added.
    next: i64,
    /// The offset last returned by [`Tracker::take_committable`].
    stored: i64,
}

/// In-flight offsets per partition.
#[derive(Debug, Default)]
pub struct Tracker {
    parts: HashMap<Tp, Part>,
    in_flight: usize,
}

impl Tracker {
    /// Marks `offset` of `tp` as produced, not yet delivered.
    pub fn add(&mut self, tp: Tp, offset: i64) {
        let p = self.parts.entry(tp).or_insert_with(|| Part {
            stored: offset,
            ..Part::default()
        });
        if p.in_flight.insert(offset) {
            self.in_flight += 1;
        }
        p.next = p.next.max(offset + 1);
    }

    /// Marks `offset` of `tp` as delivered.
    pub fn done(&mut self, tp: Tp, offset: i64) {
        if let Some(p) = self.parts.get_mut(&tp) {
            if p.in_flight.remove(&offset) {
                self.in_flight -= 1;
            }
        }
    }

    /// Records produced and not yet delivered, over all partitions.
    pub fn in_flight(&self) -> usize {
        self.in_flight
    }

    /// Records in flight for one partition.
    pub fn in_flight_of(&self, tp: Tp) -> usize {
        self.parts.get(&tp).map_or(0, |p| p.in_flight.len())
    }

    /// The offset to commit for `tp` (the next one to consume), if it moved
    /// since the last call.
    pub fn committable(&self, tp: Tp) -> Option<i64> {
        let p = self.parts.get(&tp)?;
        let at = p.in_flight.first().copied().unwrap_or(p.next);
        (at > p.stored).then_some(at)
    }

    /// Every partition whose committable offset moved, marking it stored.
    pub fn take_committable(&mut self) -> Vec<(Tp, i64)> {
        let mut out = Vec::new();
        for (tp, p) in &mut self.parts {
            let at = p.in_flight.first().copied().unwrap_or(p.next);
            if at > p.stored {
                p.stored = at;
                out.push((*tp, at));
            }
        }
        out
    }

    /// Forgets a partition (after it was revoked and committed).
    pub fn remove(&mut self, tp: Tp) {
        if let Some(p) = self.parts.remove(&tp) {
            self.in_flight -= p.in_flight.len();
        }
    }

    /// Forgets everything (exactly-once: after an aborted transaction).
    pub fn clear(&mut self) {
        self.parts.clear();
        self.in_flight = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_delivered_prefix_is_committable() {
        let mut t = Tracker::default();
        let tp = (0, 3);
        for o in 10..15 {
            t.add(tp, o);
        }
        assert_eq!(t.committable(tp), None);
        // Out-of-order deliveries past a gap do not move the offset.
        t.done(tp, 12);
        t.done(tp, 14);
        assert_eq!(t.committable(tp), None);
        t.done(tp, 10);
        assert_eq!(t.take_committable(), vec![(tp, 11)]);
        t.done(tp, 11);
        assert_eq!(t.take_committable(), vec![(tp, 13)]);
        t.done(tp, 13);
        assert_eq!(t.take_committable(), vec![(tp, 15)]);
        assert_eq!(t.take_committable(), vec![]);
        assert_eq!(t.in_flight(), 0);
    }

    #[test]
    fn partitions_are_independent() {
        let mut t = Tracker::default();
        t.add((0, 0), 0);
        t.add((0, 1), 7);
        t.add((1, 0), 3);
        t.done((0, 1), 7);
        assert_eq!(t.take_committable(), vec![((0, 1), 8)]);
        assert_eq!(t.in_flight(), 2);
        assert_eq!(t.in_flight_of((0, 0)), 1);
        t.remove((0, 0));
        assert_eq!(t.in_flight(), 1);
        t.done((1, 0), 3);
        assert_eq!(t.take_committable(), vec![((1, 0), 4)]);
    }

    #[test]
    fn a_late_duplicate_delivery_is_harmless() {
        let mut t = Tracker::default();
        t.add((0, 0), 5);
        t.done((0, 0), 5);
        t.done((0, 0), 5);
        t.done((0, 9), 1);
        assert_eq!(t.in_flight(), 0);
        assert_eq!(t.take_committable(), vec![((0, 0), 6)]);
    }
}
