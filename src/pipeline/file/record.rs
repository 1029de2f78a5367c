//! One frame through the worker: its output with the input's terminator
//! back, or each failed record on its way to the quarantine.

use crate::pipeline::engine::{RecordError, Worker};
use crate::pipeline::frame::{self, Frame};

/// A record that failed, on its way to the quarantine.
pub(super) struct Failure<'r> {
    /// The record, without its terminator (empty for one not kept).
    pub(super) raw: &'r [u8],
    pub(super) reason: &'static str,
    pub(super) detail: String,
    pub(super) line: u64,
}

/// Runs one frame (its bytes in `bytes`) through the worker into `out`,
/// handing each record that fails to `fail`.
pub(super) fn handle_frame<E>(
    worker: &mut Worker,
    frame: Frame,
    bytes: &[u8],
    out: &mut Vec<u8>,
    fail: &mut impl FnMut(Failure<'_>) -> Result<(), E>,
) -> Result<(), E> {
    let failure = |raw, e: RecordError, line| Failure {
        raw,
        reason: e.reason(),
        detail: e.to_string(),
        line,
    };
    match frame {
        Frame::End => Ok(()),
        Frame::Record { line, .. } => match process_line(worker, bytes, out) {
            Ok(()) => Ok(()),
            Err((rec, e)) => fail(failure(rec, e, line)),
        },
        Frame::TooLarge { line, len } => {
            worker.count_unprocessed(len);
            let e = RecordError::TooLarge {
                len: usize::try_from(len).unwrap_or(usize::MAX),
                limit: worker.engine().max_record(),
            };
            // Not kept: see `frame`. The entry says where it was and how
            // long, and holds no bytes of it.
            let mut f = failure(&[], e, line);
            f.detail.push_str("; not kept");
            fail(f)
        }
        Frame::Unclosed { line, lines } => {
            let e = RecordError::CsvUnclosed {
                first_line: line,
                lines,
            };
            for (i, fragment) in frame::lines(bytes).enumerate() {
                worker.count_unprocessed(fragment.len() as u64);
                let (raw, _) = split_terminator(fragment);
                fail(failure(raw, e, line + i as u64))?;
            }
            Ok(())
        }
    }
}

/// Processes one record with its terminator into `out`, terminator
/// included. On failure `out` is as it was, and the record (without
/// terminator) comes back with the error, for the quarantine.
fn process_line<'l>(
    worker: &mut Worker,
    line: &'l [u8],
    out: &mut Vec<u8>,
) -> Result<(), (&'l [u8], RecordError)> {
    let (rec, term) = split_terminator(line);
    let mark = out.len();
    match worker.process(rec, out) {
        Ok(_) => {
            out.extend_from_slice(term);
            Ok(())
        }
        Err(e) => {
            out.truncate(mark);
            Err((rec, e))
        }
    }
}

/// Splits a line into the record and its terminator (`\n`, `\r\n` or none).
pub fn split_terminator(line: &[u8]) -> (&[u8], &[u8]) {
    let mut end = line.len();
    if end > 0 && line[end - 1] == b'\n' {
        end -= 1;
        if end > 0 && line[end - 1] == b'\r' {
            end -= 1;
        }
    }
    line.split_at(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminators_are_split_off_and_kept() {
        assert_eq!(split_terminator(b"abc\n"), (&b"abc"[..], &b"\n"[..]));
        assert_eq!(split_terminator(b"abc\r\n"), (&b"abc"[..], &b"\r\n"[..]));
        assert_eq!(split_terminator(b"abc"), (&b"abc"[..], &b""[..]));
        assert_eq!(split_terminator(b"\n"), (&b""[..], &b"\n"[..]));
        assert_eq!(split_terminator(b"a\rb\n"), (&b"a\rb"[..], &b"\n"[..]));
    }
}
