//! Builds the name gazetteer's lookup table (`data/names.txt` ->
//! `$OUT_DIR/names.slots`) at compile time, so no process spends the
//! 23.5M instructions it took to build at first use. The table's layout
//! and probe are in `src/detect/name/gazetteer.rs`; the hash is shared
//! with it.

use std::path::PathBuf;

#[path = "src/detect/name/table_hash.rs"]
mod table_hash;

const GIVEN: u8 = 1;
const SURNAME: u8 = 2;
const FAMILY_FIRST: u8 = 4;
const COMMON: u8 = 8;

struct Table<'a> {
    data: &'a [u8],
    slots: Vec<u64>,
    mask: usize,
    len: usize,
}

impl Table<'_> {
    fn probe(&self, w: &[u8]) -> (usize, u64) {
        let h = table_hash::word_hash(w);
        let tag = h >> 56;
        let mut i = (h as usize) & self.mask;
        loop {
            let s = self.slots[i];
            if s == 0 {
                return (i, h);
            }
            let len = ((s >> 32) & 0xffff) as usize;
            let at = (s & 0xffff_ffff) as usize;
            if s >> 56 == tag && len == w.len() && &self.data[at..at + len] == w {
                return (i, h);
            }
            i = (i + 1) & self.mask;
        }
    }

    fn or_insert(&mut self, at: usize, w: &[u8], flag: u8) {
        let (i, h) = self.probe(w);
        if self.slots[i] != 0 {
            self.slots[i] |= u64::from(flag) << 48;
            return;
        }
        assert!(
            at <= u32::MAX as usize && !w.is_empty() && w.len() <= 0xffff,
            "gazetteer too large"
        );
        self.slots[i] =
            (h >> 56) << 56 | u64::from(flag) << 48 | (w.len() as u64) << 32 | at as u64;
        self.len += 1;
        if self.len * 8 > self.slots.len() * 5 {
            let size = self.slots.len() * 2;
            let old = std::mem::replace(&mut self.slots, vec![0; size]);
            self.mask = size - 1;
            for s in old.into_iter().filter(|&s| s != 0) {
                let at = (s & 0xffff_ffff) as usize;
                let len = ((s >> 32) & 0xffff) as usize;
                let (i, _) = self.probe(&self.data[at..at + len]);
                self.slots[i] = s;
            }
        }
    }
}

fn main() {
    println!("cargo::rerun-if-changed=data/names.txt");
    println!("cargo::rerun-if-changed=src/detect/name/table_hash.rs");
    let data = std::fs::read("data/names.txt").expect("data/names.txt");
    // About one word per 8 bytes of text; at most 5/8 of the slots taken.
    let size = (data.len() / 8 * 8 / 5).next_power_of_two().max(1024);
    let mut t = Table {
        data: &data,
        slots: vec![0; size],
        mask: size - 1,
        len: 0,
    };
    // The lines as `str::lines` cuts them: a `\r` before the `\n` is not
    // part of the line.
    let mut flag = 0;
    let mut at = 0;
    while at < data.len() {
        let end = data[at..]
            .iter()
            .position(|&c| c == b'\n')
            .map_or(data.len(), |k| at + k);
        let mut line = &data[at..end];
        if end < data.len() {
            line = line.strip_suffix(b"\r").unwrap_or(line);
        }
        match line {
            b"" => {}
            _ if line.starts_with(b"#") => {}
            b"[given]" => flag = GIVEN,
            b"[surname]" => flag = SURNAME,
            b"[family-first]" => flag = FAMILY_FIRST | SURNAME,
            b"[common]" => flag = COMMON,
            w => t.or_insert(at, w, flag),
        }
        at = end + 1;
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    let bytes: Vec<u8> = t.slots.iter().flat_map(|s| s.to_le_bytes()).collect();
    std::fs::write(out.join("names.slots"), bytes).expect("names.slots");
    std::fs::write(
        out.join("names_table.rs"),
        format!(
            "/// Slots of the built table.\nconst SLOTS: usize = {};\n/// Distinct words it holds.\n#[cfg(test)]\nconst WORDS: usize = {};\n",
            t.slots.len(),
            t.len
        ),
    )
    .expect("names_table.rs");
}
