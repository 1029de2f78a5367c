//! Framing: cuts a byte stream into records, holding at most one record's
//! limit of any of them in memory.
//!
//! A record is one line, or for CSV packs one record as RFC 4180 frames it:
//! a quoted cell may hold line breaks, so a record ends at the first line
//! break outside quotes. Splitting there instead would make a record's tail
//! look like a row of its own whose cells have slid sideways, putting
//! personal values in columns that are kept as they are.
//!
//! Two things are never handed on as records:
//! - a record longer than the limit (`--max-record-bytes`): reading stops
//!   keeping its bytes at the limit and skips to the record's end (the next
//!   line break, outside quotes for CSV), so a 1 GiB line costs no more
//!   memory than a 1 MiB one. Only its line number and length are kept, for
//!   the quarantine: a prefix could not be replayed into anything but a
//!   truncated record, and sealing part of a record that can never be used
//!   again only keeps personal data longer;
//! - a CSV record whose quoted cell does not close within
//!   [`MAX_RECORD_LINES`] lines or the byte limit (a writer that crashed
//!   mid-row, or hostile input): every line of it is a fragment of no
//!   record, quarantined line by line, and framing starts afresh after it.
//!   The cap keeps one stray quote from swallowing the rest of the input.

use std::io::{self, BufRead};

use memchr::memchr;

/// Lines one CSV record may span (its quoted cells holding line breaks).
pub const MAX_RECORD_LINES: u64 = 32;

/// What [`Framer::next`] found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frame {
    /// A record, appended to the buffer with its terminator.
    Record {
        /// Its first line, from 1.
        line: u64,
        /// Lines it spans (more than one only for CSV).
        lines: u64,
    },
    /// A record over the limit: nothing was appended; `len` bytes were
    /// skipped, terminator included (for CSV, to where its quotes close, or
    /// as far as an unclosed record would have gone).
    TooLarge {
        /// Its first line, from 1.
        line: u64,
        /// Its length in bytes.
        len: u64,
    },
    /// CSV lines inside a quoted cell that never closed: appended to the
    /// buffer, each with its terminator; each is a fragment to quarantine.
    Unclosed {
        /// The first line, from 1.
        line: u64,
        /// How many lines were appended.
        lines: u64,
    },
    /// The input is exhausted.
    End,
}

/// Where a CSV line leaves its record: at a line break outside quotes, or
/// inside a quoted cell that goes on on the next line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum QuoteState {
    /// At the start of a cell.
    CellStart,
    /// In an unquoted cell (a quote there is an ordinary byte, as the
    /// decoder takes it).
    Bare,
    /// Inside a quoted cell.
    Inside,
    /// Just after a quote inside a quoted cell: `""` or the closing quote.
    AfterQuote,
}

/// Runs the quote states over `bytes` (a line without its `\n`).
fn quote_state(bytes: &[u8], mut q: QuoteState) -> QuoteState {
    let mut i = 0;
    while i < bytes.len() {
        match q {
            // Outside quotes only a quote that opens a cell matters, so
            // one search for the next quote passes any number of bare
            // cells (a CUCM row has a hundred): that quote opens a cell if
            // it starts the line's rest in a cell's start or follows a
            // comma; otherwise it is an ordinary byte of a bare cell. With
            // no quote left, the line ends in a cell's start if its last
            // byte is a comma, else in a bare cell.
            QuoteState::CellStart if bytes[i] == b'"' => {
                q = QuoteState::Inside;
                i += 1;
            }
            QuoteState::CellStart | QuoteState::Bare => match memchr(b'"', &bytes[i..]) {
                Some(k) => {
                    let p = i + k;
                    let opens = if p == i {
                        q == QuoteState::CellStart
                    } else {
                        bytes[p - 1] == b','
                    };
                    q = if opens {
                        QuoteState::Inside
                    } else {
                        QuoteState::Bare
                    };
                    i = p + 1;
                }
                None if bytes[bytes.len() - 1] == b',' => return QuoteState::CellStart,
                None => return QuoteState::Bare,
            },
            QuoteState::Inside => match memchr(b'"', &bytes[i..]) {
                Some(k) => {
                    q = QuoteState::AfterQuote;
                    i += k + 1;
                }
                None => return QuoteState::Inside,
            },
            QuoteState::AfterQuote => {
                q = match bytes[i] {
                    b'"' => QuoteState::Inside,
                    b',' => QuoteState::CellStart,
                    // Text after a closing quote: the decoder refuses the
                    // record; framing goes on as if the cell were bare.
                    _ => QuoteState::Bare,
                };
                i += 1;
            }
        }
    }
    q
}

/// Cuts records from a reader: see the module documentation.
pub struct Framer<R> {
    reader: R,
    csv: bool,
    /// The record limit, terminator excluded.
    max: usize,
    /// Lines consumed so far.
    line: u64,
    /// Bytes consumed so far.
    bytes: u64,
}

impl<R: BufRead> Framer<R> {
    /// Frames lines, or CSV records when `csv`, of at most `max` bytes each
    /// (terminator excluded).
    pub fn new(reader: R, csv: bool, max: usize) -> Framer<R> {
        Framer {
            reader,
            csv,
            max,
            line: 0,
            bytes: 0,
        }
    }

    /// Bytes read so far.
    pub fn bytes_read(&self) -> u64 {
        self.bytes
    }

    /// Whether input is buffered, so the next read will not block.
    pub fn has_buffered(&self) -> bool
    where
        R: BufferedLen,
    {
        self.reader.buffered_len() > 0
    }

    /// Appends the next record to `buf` and says what it is.
    pub fn next(&mut self, buf: &mut Vec<u8>) -> io::Result<Frame> {
        let start = buf.len();
        let first = self.line + 1;
        // The bytes may hold the limit and a `\r\n`.
        let room = self.max.saturating_add(2);
        let mut q = self.csv.then_some(QuoteState::CellStart);
        let (mut total, mut lines, mut kept) = (0u64, 0u64, true);
        let mut unclosed = false;
        loop {
            let kept_so_far = buf.len() - start;
            let line_room = if kept {
                room - kept_so_far.min(room)
            } else {
                0
            };
            let (len, line_kept, newline) = self.read_line(buf, line_room, q.as_mut())?;
            if len == 0 {
                if lines == 0 {
                    return Ok(Frame::End);
                }
                // The input ended inside quotes.
                unclosed = true;
                break;
            }
            self.line += 1;
            lines += 1;
            total += len;
            if kept && (!line_kept || record_len(&buf[start..]) > self.max) {
                kept = false;
                buf.truncate(start);
            }
            if q != Some(QuoteState::Inside) {
                break;
            }
            if !newline || lines == MAX_RECORD_LINES {
                unclosed = true;
                break;
            }
        }
        Ok(if !kept {
            // Over the limit, framed to where its quotes close (or could
            // not): its line breaks inside quotes are skipped with it, so
            // its tail never starts a record of its own.
            Frame::TooLarge {
                line: first,
                len: total,
            }
        } else if unclosed {
            Frame::Unclosed { line: first, lines }
        } else {
            Frame::Record { line: first, lines }
        })
    }

    /// Reads one line (through its `\n`, or to the end of the input),
    /// appending it to `buf` only while it fits in `room` bytes, and runs
    /// the CSV quote states over it. Returns its length, whether it was kept
    /// and whether it ended in a `\n`; a line that does not fit is read to
    /// its end and dropped, never held whole.
    fn read_line(
        &mut self,
        buf: &mut Vec<u8>,
        room: usize,
        mut q: Option<&mut QuoteState>,
    ) -> io::Result<(u64, bool, bool)> {
        let start = buf.len();
        let mut len = 0u64;
        let mut kept = true;
        loop {
            let avail = match self.reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if avail.is_empty() {
                return Ok((len, kept, false));
            }
            let (take, done) = match memchr(b'\n', avail) {
                Some(i) => (i + 1, true),
                None => (avail.len(), false),
            };
            if let Some(q) = q.as_deref_mut() {
                *q = quote_state(&avail[..take - usize::from(done)], *q);
            }
            if kept {
                if buf.len() - start + take <= room {
                    buf.extend_from_slice(&avail[..take]);
                } else {
                    kept = false;
                    buf.truncate(start);
                }
            }
            self.reader.consume(take);
            len += take as u64;
            self.bytes += take as u64;
            if done {
                return Ok((len, kept, true));
            }
        }
    }
}

/// Readers that can say how much they have buffered.
pub trait BufferedLen {
    /// Bytes buffered and not yet consumed.
    fn buffered_len(&self) -> usize;
}

impl<R: io::Read> BufferedLen for io::BufReader<R> {
    fn buffered_len(&self) -> usize {
        self.buffer().len()
    }
}

impl BufferedLen for &[u8] {
    fn buffered_len(&self) -> usize {
        self.len()
    }
}

/// A record's length without its terminator.
fn record_len(rec: &[u8]) -> usize {
    super::file::split_terminator(rec).0.len()
}

/// Splits `lines` (as [`Frame::Unclosed`] appended them) into its lines,
/// each with its terminator.
pub fn lines(buf: &[u8]) -> impl Iterator<Item = &[u8]> {
    buf.split_inclusive(|&b| b == b'\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quote states a byte at a time, as the framer ran them before
    /// it searched for quotes: what `quote_state` must answer.
    fn quote_state_bytewise(bytes: &[u8], mut q: QuoteState) -> QuoteState {
        for &c in bytes {
            q = match (q, c) {
                (QuoteState::CellStart, b'"') => QuoteState::Inside,
                (QuoteState::CellStart, b',') => QuoteState::CellStart,
                (QuoteState::CellStart, _) => QuoteState::Bare,
                (QuoteState::Bare, b',') => QuoteState::CellStart,
                (QuoteState::Bare, _) => QuoteState::Bare,
                (QuoteState::Inside, b'"') => QuoteState::AfterQuote,
                (QuoteState::Inside, _) => QuoteState::Inside,
                (QuoteState::AfterQuote, b'"') => QuoteState::Inside,
                (QuoteState::AfterQuote, b',') => QuoteState::CellStart,
                (QuoteState::AfterQuote, _) => QuoteState::Bare,
            };
        }
        q
    }

    proptest::proptest! {
        #[test]
        fn quote_state_is_the_bytewise_states(line in "[a,\"]{0,40}", start in 0..4usize) {
            let q = [
                QuoteState::CellStart,
                QuoteState::Bare,
                QuoteState::Inside,
                QuoteState::AfterQuote,
            ][start];
            proptest::prop_assert_eq!(
                quote_state(line.as_bytes(), q),
                quote_state_bytewise(line.as_bytes(), q)
            );
        }
    }

    fn frames(input: &[u8], csv: bool, max: usize) -> Vec<(Frame, Vec<u8>)> {
        let mut f = Framer::new(input, csv, max);
        let mut out = Vec::new();
        loop {
            let mut buf = Vec::new();
            let frame = f.next(&mut buf).unwrap();
            if frame == Frame::End {
                break;
            }
            out.push((frame, buf));
        }
        assert_eq!(f.bytes_read(), input.len() as u64);
        out
    }

    #[test]
    fn lines_keep_their_terminators() {
        let got = frames(b"a\r\nb\n\nc", false, 10);
        let bufs: Vec<&[u8]> = got.iter().map(|(_, b)| &b[..]).collect();
        assert_eq!(bufs, [&b"a\r\n"[..], b"b\n", b"\n", b"c"]);
        assert_eq!(got[3].0, Frame::Record { line: 4, lines: 1 });
    }

    #[test]
    fn a_quoted_cell_may_hold_line_breaks() {
        let input = b"\"a\",\"+4670\n1740683\",x\r\n\"b\"\"\n\",\"\"\"\"\nlast,\"\r\n\"";
        let got = frames(input, true, 100);
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].0, Frame::Record { line: 1, lines: 2 });
        assert_eq!(got[0].1, b"\"a\",\"+4670\n1740683\",x\r\n");
        assert_eq!(got[1].0, Frame::Record { line: 3, lines: 2 });
        assert_eq!(got[1].1, b"\"b\"\"\n\",\"\"\"\"\n");
        assert_eq!(got[2].0, Frame::Record { line: 5, lines: 2 });
        // As plain lines, the same input is six records.
        assert_eq!(frames(input, false, 100).len(), 6);
    }

    #[test]
    fn quotes_inside_bare_cells_are_ordinary_bytes() {
        let got = frames(b"a\"b,c\nd,\"e\"x\"\nf\n", true, 100);
        assert_eq!(got.len(), 3, "{got:?}");
    }

    #[test]
    fn an_unclosed_quote_is_capped_and_framing_starts_afresh() {
        let mut input = b"ok,1\n\"never closed\n".to_vec();
        for i in 0..MAX_RECORD_LINES + 3 {
            input.extend_from_slice(format!("row{i},x\n").as_bytes());
        }
        let got = frames(&input, true, 1 << 20);
        assert_eq!(got[0].0, Frame::Record { line: 1, lines: 1 });
        assert_eq!(
            got[1].0,
            Frame::Unclosed {
                line: 2,
                lines: MAX_RECORD_LINES
            }
        );
        assert_eq!(lines(&got[1].1).count() as u64, MAX_RECORD_LINES);
        // The lines after the cap are records again.
        assert_eq!(got.len(), 2 + 4);
        assert_eq!(
            got[2].0,
            Frame::Record {
                line: 2 + MAX_RECORD_LINES,
                lines: 1
            }
        );
        // At the end of the input, an open quote leaves fragments too.
        let got = frames(b"x,\"open\nmore", true, 100);
        assert_eq!(got[0].0, Frame::Unclosed { line: 1, lines: 2 });
    }

    /// Issue 15, item 5: the limit was checked after the whole line was
    /// read (a 1 GiB line took 3.5 GB). Reading keeps at most the limit and
    /// skips the rest.
    #[test]
    fn an_over_long_line_is_skipped_without_being_held() {
        struct Endless {
            left: u64,
            chunk: Vec<u8>,
        }
        impl io::Read for Endless {
            fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
                let n = out.len().min(self.chunk.len()).min(self.left as usize);
                out[..n].copy_from_slice(&self.chunk[..n]);
                self.left -= n as u64;
                Ok(n)
            }
        }
        // 64 MiB of one line, then a short one, through a small buffer.
        let long = 64u64 << 20;
        let reader = io::Read::chain(
            Endless {
                left: long,
                chunk: vec![b'x'; 8192],
            },
            &b"\nnext\n"[..],
        );
        let mut f = Framer::new(io::BufReader::with_capacity(8192, reader), false, 4096);
        let mut buf = Vec::new();
        assert_eq!(
            f.next(&mut buf).unwrap(),
            Frame::TooLarge {
                line: 1,
                len: long + 1
            }
        );
        assert!(buf.capacity() <= 4096 + 8192, "held {}", buf.capacity());
        assert_eq!(
            f.next(&mut buf).unwrap(),
            Frame::Record { line: 2, lines: 1 }
        );
        assert_eq!(buf, b"next\n");
    }

    #[test]
    fn the_limit_excludes_the_terminator() {
        let got = frames(b"abcd\r\nabcde\nabcd", false, 4);
        assert_eq!(got[0].0, Frame::Record { line: 1, lines: 1 });
        assert_eq!(got[1].0, Frame::TooLarge { line: 2, len: 6 });
        assert!(got[1].1.is_empty());
        assert_eq!(got[2].0, Frame::Record { line: 3, lines: 1 });
        // A CSV record over the limit across lines is skipped whole, to
        // where its quotes close: its tail does not become a record.
        let got = frames(b"\"ab\ncd\nefghij\",x\nok\n", true, 8);
        assert_eq!(got[0].0, Frame::TooLarge { line: 1, len: 17 });
        assert!(got[0].1.is_empty());
        assert_eq!(got[1].0, Frame::Record { line: 4, lines: 1 });
        assert_eq!(got[1].1, b"ok\n");
        // So is one whose first line alone is over the limit.
        let got = frames(b"a,\"0123456789\nx\",y\nok\n", true, 8);
        assert_eq!(got[0].0, Frame::TooLarge { line: 1, len: 19 });
        assert_eq!(got[1].1, b"ok\n");
    }
}
