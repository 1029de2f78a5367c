//! Per-connection defences that sit below hyper: how many connections one
//! address may hold, and the security headers on the answers hyper writes
//! by itself.
//!
//! hyper answers a request it cannot parse (400), whose URI is too long
//! (414) or whose head is too large (431) without calling the service, so
//! those answers never pass through [`super::http::finish`]. [`Guarded`]
//! wraps the connection's stream and adds the same security headers to any
//! response head that leaves without them. It recognises a head by its
//! shape: `HTTP/1.1 DDD ` and printable header lines up to an empty line.
//! The service's own bodies are JSON (which cannot hold a raw CR or LF) and
//! the embedded page (which holds no `HTTP/1.1`), so none of them can be
//! taken for a head.

use std::collections::HashMap;
use std::io;
use std::net::IpAddr;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, ready};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// Connections open at once, in all and per client address.
pub struct Slots {
    total: usize,
    per_address: usize,
    open: Mutex<(usize, HashMap<IpAddr, usize>)>,
}

/// One admitted connection; its slot is freed on drop.
pub struct Slot {
    slots: Arc<Slots>,
    peer: IpAddr,
}

impl Slots {
    /// At most `total` connections, and `per_address` from one address.
    pub fn new(total: usize, per_address: usize) -> Arc<Slots> {
        Arc::new(Slots {
            total,
            per_address,
            open: Mutex::new((0, HashMap::new())),
        })
    }

    /// A slot for a connection from `peer`, or `None` when it would exceed
    /// either bound (the connection is then closed at once, so that the
    /// accept loop never waits on one address's connections).
    pub fn admit(self: &Arc<Slots>, peer: IpAddr) -> Option<Slot> {
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        let (total, by_peer) = &mut *open;
        let mine = by_peer.entry(peer).or_insert(0);
        if *total >= self.total || *mine >= self.per_address {
            if *mine == 0 {
                by_peer.remove(&peer);
            }
            return None;
        }
        *mine += 1;
        *total += 1;
        Some(Slot {
            slots: self.clone(),
            peer,
        })
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut open = self.slots.open.lock().unwrap_or_else(|p| p.into_inner());
        let (total, by_peer) = &mut *open;
        *total = total.saturating_sub(1);
        if let Some(n) = by_peer.get_mut(&self.peer) {
            *n -= 1;
            if *n == 0 {
                by_peer.remove(&self.peer);
            }
        }
    }
}

/// A connection's stream with security headers added to response heads
/// that lack them (hyper's own error answers).
pub struct Guarded<S> {
    inner: S,
    /// A patched write still being sent.
    pending: Vec<u8>,
    sent: usize,
}

impl<S> Guarded<S> {
    /// Wraps `inner`.
    pub fn new(inner: S) -> Guarded<S> {
        Guarded {
            inner,
            pending: Vec::new(),
            sent: 0,
        }
    }
}

impl<S: AsyncWrite + Unpin> Guarded<S> {
    fn poll_pending(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while self.sent < self.pending.len() {
            let n = ready!(Pin::new(&mut self.inner).poll_write(cx, &self.pending[self.sent..]))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            self.sent += n;
        }
        self.pending.clear();
        self.sent = 0;
        Poll::Ready(Ok(()))
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Guarded<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Guarded<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = &mut *self;
        ready!(this.poll_pending(cx))?;
        match add_headers(buf) {
            None => Pin::new(&mut this.inner).poll_write(cx, buf),
            Some(patched) => {
                // Taken whole; sent from `pending` by this and later calls.
                this.pending = patched;
                this.sent = 0;
                if let Poll::Ready(Err(e)) = this.poll_pending(cx) {
                    return Poll::Ready(Err(e));
                }
                Poll::Ready(Ok(buf.len()))
            }
        }
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.poll_pending(cx))?;
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.poll_pending(cx))?;
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// `buf` with the security headers added to every response head in it that
/// has no `content-security-policy`; `None` if there is none such.
fn add_headers(buf: &[u8]) -> Option<Vec<u8>> {
    let mut out: Option<Vec<u8>> = None;
    let mut copied = 0;
    let starts: Vec<usize> = memchr::memmem::find_iter(buf, b"HTTP/1.1 ").collect();
    for (i, &start) in starts.iter().enumerate() {
        let Some(end) = head_end(&buf[start..]) else {
            continue;
        };
        // A head holds one status line: text before a later one is not.
        if starts.get(i + 1).is_some_and(|&next| next < start + end) {
            continue;
        }
        let head = &buf[start..start + end];
        if memchr::memmem::find(&head.to_ascii_lowercase(), b"\r\ncontent-security-policy:")
            .is_some()
        {
            continue;
        }
        // Insert before the empty line that ends the head.
        let at = start + end - 2;
        let out = out.get_or_insert_with(|| Vec::with_capacity(buf.len() + 512));
        out.extend_from_slice(&buf[copied..at]);
        for (name, value) in super::http::SECURITY_HEADERS {
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(b": ");
            out.extend_from_slice(value.as_bytes());
            out.extend_from_slice(b"\r\n");
        }
        copied = at;
    }
    out.map(|mut out| {
        out.extend_from_slice(&buf[copied..]);
        out
    })
}

/// If `b` starts with a response head (`HTTP/1.1 DDD `, printable lines,
/// an empty line), its length including the final CRLF CRLF.
fn head_end(b: &[u8]) -> Option<usize> {
    let status = b.get(9..13)?;
    if !(status[..3].iter().all(u8::is_ascii_digit) && status[3] == b' ') {
        return None;
    }
    let end = memchr::memmem::find(b, b"\r\n\r\n")? + 4;
    let printable = b[..end]
        .iter()
        .all(|&c| c == b'\r' || c == b'\n' || c == b'\t' || (0x20..0x7f).contains(&c));
    printable.then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hypers_own_heads_get_the_headers_and_the_services_are_left_alone() {
        let hyper_400 = b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\ndate: x\r\n\r\n";
        let patched = String::from_utf8(add_headers(hyper_400).unwrap()).unwrap();
        assert!(
            patched.starts_with("HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\ndate: x\r\n")
        );
        assert!(patched.contains("\r\ncontent-security-policy: default-src 'none'"));
        assert!(patched.contains("\r\nx-content-type-options: nosniff\r\n"));
        assert!(patched.ends_with("\r\n\r\n"));
        let ours = b"HTTP/1.1 200 OK\r\ncontent-security-policy: x\r\ncontent-length: 36\r\n\r\n{\"text\":\"GET / HTTP/1.1 400 oops\"}";
        assert!(add_headers(ours).is_none());
        // A service answer still being sent, then hyper's.
        let mut both = b"\"HTTP/1.1 200 in json\"}".to_vec();
        both.extend_from_slice(b"HTTP/1.1 431 Request Header Fields Too Large\r\n\r\n");
        let patched = String::from_utf8(add_headers(&both).unwrap()).unwrap();
        assert!(patched.starts_with("\"HTTP/1.1 200 in json\"}HTTP/1.1 431"));
        assert_eq!(patched.matches("content-security-policy").count(), 1);
    }

    #[test]
    fn slots_bound_each_address_and_the_total() {
        let slots = Slots::new(3, 2);
        let a: IpAddr = "127.0.0.1".parse().unwrap();
        let b: IpAddr = "127.0.0.2".parse().unwrap();
        let a1 = slots.admit(a).unwrap();
        let _a2 = slots.admit(a).unwrap();
        assert!(slots.admit(a).is_none());
        let _b1 = slots.admit(b).unwrap();
        assert!(slots.admit(b).is_none(), "total reached");
        drop(a1);
        assert!(slots.admit(b).is_some());
    }
}
