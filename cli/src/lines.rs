//! Reads an input in blocks of whole lines, in one fixed buffer whatever the input.
//!
//! Each read is followed by handing out everything up to the last line ending read so far, so that a
//! reader waiting on a pipe gets each line as soon as it has arrived. A line longer than the buffer is
//! handed out in pieces; each piece keeps, after it, the [`LOOKAHEAD`] bytes a
//! scanner may need to decide a token that starts in it, and before it the byte that ends the piece before.
//! Where the reads split the input changes how it is cut into blocks, never what a scanner finds in them.

use std::io::{self, Read};
use std::ops::Range;

use crate::scanner::LOOKAHEAD;

/// The buffer the command reads with.
pub const DEFAULT_CAPACITY: usize = 256 * 1024;
/// Bytes held back after a piece of a long line: enough to decide a token that starts in the piece.
const HOLD: usize = LOOKAHEAD + 2;
/// The smallest buffer: room for the byte before a piece, a piece, and what is held back after it.
pub const MIN_CAPACITY: usize = 4 * HOLD;

pub struct LineReader<R> {
    input: R,
    buf: Box<[u8]>,
    /// Bytes read into `buf`.
    len: usize,
    /// Bytes before this were handed out.
    handed: usize,
    /// The input has ended (or failed).
    ended: bool,
    error: Option<io::Error>,
}

/// Part of the input: `window[range]` is new (whole lines, or a piece of a long line); `window` around it
/// is context: the byte before it (when it continues a line) and the bytes read after it.
#[derive(Clone, Debug)]
pub struct Block<'a> {
    pub window: &'a [u8],
    pub range: Range<usize>,
}

impl<'a> Block<'a> {
    /// The bytes handed out.
    pub fn bytes(&self) -> &'a [u8] {
        &self.window[self.range.clone()]
    }
}

impl<R: Read> LineReader<R> {
    /// A reader with a buffer of `capacity` bytes (at least [`MIN_CAPACITY`]).
    pub fn new(input: R, capacity: usize) -> LineReader<R> {
        LineReader {
            input,
            buf: vec![0; capacity.max(MIN_CAPACITY)].into_boxed_slice(),
            len: 0,
            handed: 0,
            ended: false,
            error: None,
        }
    }

    /// The next block, or `None` at the end of the input. A read error ends the input: everything read
    /// before it is handed out, then [`finish`](LineReader::finish) returns the error.
    pub fn next_block(&mut self) -> Option<Block<'_>> {
        self.make_room();
        loop {
            if self.ended {
                return self.hand_out(self.len);
            }
            if self.len == self.buf.len() {
                // A line longer than the buffer: a piece of it.
                return self.hand_out(self.len - HOLD);
            }
            let before = self.len;
            match self.input.read(&mut self.buf[before..]) {
                Ok(0) => self.ended = true,
                Ok(n) => self.len += n.min(self.buf.len() - before),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.error = Some(e);
                    self.ended = true;
                }
            }
            if self.ended {
                continue;
            }
            // Only the bytes just read can hold a line ending: the rest was handed out up to its last one.
            if let Some(k) = self.buf[before..self.len].iter().rposition(|&b| b == b'\n') {
                return self.hand_out(before + k + 1);
            }
        }
    }

    /// Hands out `handed..end`; `None` when there is nothing to hand out at the end of the input.
    fn hand_out(&mut self, end: usize) -> Option<Block<'_>> {
        let start = self.handed;
        if start == end && self.ended {
            return None;
        }
        self.handed = end;
        Some(Block {
            window: &self.buf[..self.len],
            range: start..end,
        })
    }

    /// Moves what was not handed out to the front of the buffer, with the byte before it (a token's left
    /// boundary depends on it).
    fn make_room(&mut self) {
        let keep_from = self.handed.saturating_sub(1);
        if keep_from == 0 {
            return;
        }
        self.buf.copy_within(keep_from..self.len, 0);
        self.len -= keep_from;
        self.handed -= keep_from;
    }

    /// After the last block: the read error that ended the input, if one did.
    pub fn finish(self) -> io::Result<()> {
        self.error.map_or(Ok(()), Err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Gives its bytes in reads of the sizes in `sizes` (cycled), then fails with `error` if set.
    struct Reads<'a> {
        bytes: &'a [u8],
        sizes: &'a [usize],
        next: usize,
        error: Option<io::ErrorKind>,
    }

    impl Read for Reads<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.bytes.is_empty() {
                return self.error.take().map_or(Ok(0), |kind| Err(io::Error::from(kind)));
            }
            let size = self.sizes[self.next % self.sizes.len()];
            self.next += 1;
            if size == 0 {
                return Err(io::Error::from(io::ErrorKind::Interrupted));
            }
            let n = size.min(buf.len()).min(self.bytes.len());
            buf[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = &self.bytes[n..];
            Ok(n)
        }
    }

    fn blocks(bytes: &[u8], sizes: &[usize], capacity: usize) -> Vec<(Vec<u8>, u8, usize)> {
        let mut reader = LineReader::new(
            Reads {
                bytes,
                sizes,
                next: 0,
                error: None,
            },
            capacity,
        );
        let mut out = Vec::new();
        while let Some(block) = reader.next_block() {
            let before = if block.range.start == 0 {
                b'\n'
            } else {
                block.window[block.range.start - 1]
            };
            out.push((block.bytes().to_vec(), before, block.window.len() - block.range.end));
        }
        reader.finish().unwrap();
        out
    }

    #[test]
    fn whole_lines_as_they_arrive() {
        let got = blocks(b"one\ntwo\nthr", &[5, 100], 1024);
        let pieces: Vec<&[u8]> = got.iter().map(|(b, _, _)| b.as_slice()).collect();
        assert_eq!(pieces, [&b"one\n"[..], b"two\n", b"thr"]);
    }

    #[test]
    fn every_byte_once_in_order_whatever_the_reads() {
        let mut input = Vec::new();
        for i in 0..400u32 {
            input.extend(std::iter::repeat_n(b'a' + (i % 26) as u8, (i as usize * 37) % 900));
            input.push(b'\n');
        }
        input.extend_from_slice(b"no ending");
        for sizes in [&[1][..], &[7, 1, 300], &[0, 4096], &[MIN_CAPACITY]] {
            for capacity in [MIN_CAPACITY, 1000, DEFAULT_CAPACITY] {
                let got = blocks(&input, sizes, capacity);
                let joined: Vec<u8> = got.iter().flat_map(|(b, _, _)| b.iter().copied()).collect();
                assert_eq!(joined, input, "{sizes:?} {capacity}");
                let mut last = b'\n';
                for (bytes, before, after) in &got {
                    assert_eq!(*before, last, "the byte before each block is the one handed out last");
                    let ends_line = bytes.last() == Some(&b'\n');
                    // A piece of a long line has the bytes a scanner needs after it.
                    assert!(ends_line || *after >= LOOKAHEAD || bytes.ends_with(b"no ending"));
                    assert!(!bytes.is_empty());
                    last = *bytes.last().unwrap();
                }
            }
        }
    }

    #[test]
    fn a_read_error_ends_the_input_after_what_was_read() {
        let mut reader = LineReader::new(
            Reads {
                bytes: b"one\ntw",
                sizes: &[100],
                next: 0,
                error: Some(io::ErrorKind::InvalidData),
            },
            0,
        );
        assert_eq!(reader.next_block().unwrap().bytes(), b"one\n");
        assert_eq!(reader.next_block().unwrap().bytes(), b"tw");
        assert!(reader.next_block().is_none());
        assert_eq!(reader.finish().unwrap_err().kind(), io::ErrorKind::InvalidData);
    }

    #[test]
    fn a_full_buffer_after_a_short_line_gives_a_piece() {
        // The first read fills the buffer: one line ending at its start, then a line longer than the buffer.
        let mut input = b"\n".to_vec();
        input.extend(std::iter::repeat_n(b'x', 3 * MIN_CAPACITY));
        let got = blocks(&input, &[MIN_CAPACITY], MIN_CAPACITY);
        assert_eq!(got[0].0, b"\n");
        assert!(got.len() > 3, "{}", got.len());
        let joined: Vec<u8> = got.iter().flat_map(|(b, _, _)| b.iter().copied()).collect();
        assert_eq!(joined, input);
    }

    #[test]
    fn an_empty_input_has_no_block() {
        assert!(blocks(b"", &[10], 0).is_empty());
    }
}
