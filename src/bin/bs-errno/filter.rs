//! The `--annotate` filter: copies an input to standard output, every byte unchanged and in order, and
//! appends the meaning of the codes a line holds just before that line's ending (`\n` or `\r\n`; a last
//! line without one gets none). With `--json` it writes instead one JSON object per annotated line.
//!
//! Memory is one fixed buffer whatever the input: a line longer than the buffer passes through in
//! pieces, only its annotations (at most one per name of the table) wait for its end. Lines go out in
//! large writes; when the input is not a regular file (a pipe, a terminal) the output is flushed after
//! every read, so each line appears as soon as it has arrived.

use std::io::{self, Read};

use crate::annotate::{self, Lookup};
use crate::entry::Entry;
use crate::json;
use crate::sink::Sink;

/// Input is read in blocks of this size.
const BUFFER: usize = 256 * 1024;
/// Bytes held back at the end of a block that ends inside a line: enough to decide a token that starts
/// before them, and to keep a `\r` unwritten until it is known whether the annotation goes before it.
const HOLD: usize = annotate::LOOKAHEAD + 2;

pub struct Filter<'a> {
    lookup: Lookup<'a>,
    json: bool,
    buf: Vec<u8>,
}

/// Where one input stands. Indices are into the buffer, whose first byte is at `base` in the input.
struct State {
    len: usize,
    /// Everything before this was scanned.
    scanned: usize,
    /// Text: everything before this was written.
    emitted: usize,
    base: u64,
    /// JSON: `\n` bytes before index `counted`.
    newlines: u64,
    counted: usize,
    /// JSON: where the line that began before the buffer starts (in the input).
    line_start: u64,
    /// The line being scanned, once a code was found in it.
    open: Option<OpenLine>,
}

struct OpenLine {
    /// Index of its `\n`, once read.
    end: Option<usize>,
    /// Text: its meanings so far, each once, in order of appearance.
    entries: Vec<Entry>,
    /// JSON: where it starts in the input.
    start: u64,
    /// JSON: how many codes were written for it.
    written: usize,
}

fn find_newline(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'\n')
}

fn find_last_newline(bytes: &[u8]) -> Option<usize> {
    bytes.iter().rposition(|&b| b == b'\n')
}

fn count_newlines(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| b == b'\n').count() as u64
}

impl<'a> Filter<'a> {
    pub fn new(lookup: Lookup<'a>, json: bool) -> Filter<'a> {
        Filter {
            lookup,
            json,
            buf: vec![0; BUFFER],
        }
    }

    /// Copies `input` (named `name` in JSON objects) to the sink. A read error ends the input after
    /// everything read so far was written, and is returned.
    pub fn run(&mut self, sink: &mut Sink, input: &mut dyn Read, name: &str, streaming: bool) -> io::Result<()> {
        let file = json::string(name);
        let mut st = State {
            len: 0,
            scanned: 0,
            emitted: 0,
            base: 0,
            newlines: 0,
            counted: 0,
            line_start: 0,
            open: None,
        };
        let mut error = None;
        loop {
            let eof = match input.read(&mut self.buf[st.len..]) {
                Ok(0) => true,
                Ok(n) => {
                    st.len += n;
                    false
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    error = Some(e);
                    true
                }
            };
            let pending = &self.buf[st.scanned..st.len];
            let limit = if eof {
                st.len
            } else if let Some(k) = find_last_newline(pending) {
                st.scanned + k + 1
            } else if st.len == self.buf.len() {
                st.len - HOLD
            } else {
                st.scanned
            };
            self.process(sink, &mut st, limit, &file);
            if eof {
                if st.open.is_some() {
                    let end = st.len;
                    self.finish_line(sink, &mut st, end, false);
                }
                if !self.json {
                    sink.out_bytes(&self.buf[st.emitted..st.len]);
                }
                break;
            }
            if streaming {
                sink.flush();
            }
            if sink.is_done() {
                break;
            }
            self.compact(&mut st);
        }
        error.map_or(Ok(()), Err)
    }

    /// Scans `scanned..limit` (which ends at a line end, at the end of the input, or `HOLD` bytes before
    /// the end of a full buffer), writing what it can.
    fn process(&self, sink: &mut Sink, st: &mut State, limit: usize, file: &str) {
        let bytes = &self.buf[..st.len];
        if let Some(open) = st.open.as_mut().filter(|open| open.end.is_none()) {
            open.end = find_newline(&bytes[st.scanned..limit]).map(|k| st.scanned + k);
        }
        let scanned = st.scanned;
        annotate::scan(bytes, scanned, limit, self.lookup, |start, end, entry| {
            // A code past the end of the open line: that line is complete.
            if let Some(end) = st.open.as_ref().and_then(|open| open.end).filter(|&end| start > end) {
                self.finish_line(sink, st, end, true);
            }
            if st.open.is_none() {
                let mut line_start = 0;
                if self.json {
                    st.newlines += count_newlines(&bytes[st.counted..start]);
                    st.counted = start;
                    line_start = find_last_newline(&bytes[..start]).map_or(st.line_start, |k| st.base + k as u64 + 1);
                    sink.out(&format!("{{\"file\":{file},\"line\":{},\"codes\":[", st.newlines + 1));
                }
                st.open = Some(OpenLine {
                    end: find_newline(&bytes[start..limit]).map(|k| start + k),
                    entries: Vec::new(),
                    start: line_start,
                    written: 0,
                });
            }
            let Some(open) = st.open.as_mut() else { return };
            if self.json {
                let separator = if open.written == 0 { "" } else { "," };
                let offset = st.base + start as u64 - open.start;
                let text = String::from_utf8_lossy(&bytes[start..end]);
                sink.out(&format!("{separator}{}", code_object(offset, &text, entry)));
                open.written += 1;
            } else if !open
                .entries
                .iter()
                .any(|e| e.name() == entry.name() && e.code() == entry.code())
            {
                open.entries.push(entry);
            }
        });
        if let Some(end) = st.open.as_ref().and_then(|open| open.end) {
            self.finish_line(sink, st, end, true);
        }
        st.scanned = limit;
        if !self.json {
            sink.out_bytes(&self.buf[st.emitted..limit]);
            st.emitted = limit;
        }
    }

    /// Ends the open line at `end` (its `\n` when `terminated`, else the end of the input).
    fn finish_line(&self, sink: &mut Sink, st: &mut State, end: usize, terminated: bool) {
        let Some(open) = st.open.take() else { return };
        if self.json {
            sink.out("]}\n");
            return;
        }
        let content_end = if terminated && end > st.emitted && self.buf[end - 1] == b'\r' {
            end - 1
        } else {
            end
        };
        sink.out_bytes(&self.buf[st.emitted..content_end]);
        let mut text = String::new();
        for entry in open.entries {
            text.push_str(&annotate::annotation(entry));
        }
        sink.out(&text);
        st.emitted = content_end;
    }

    /// Moves the unscanned rest to the front of the buffer, keeping the byte before it (a token's left
    /// boundary depends on it).
    fn compact(&mut self, st: &mut State) {
        let keep = st.scanned.saturating_sub(1);
        if keep == 0 {
            return;
        }
        if self.json {
            st.newlines += count_newlines(&self.buf[st.counted..keep]);
            st.counted = keep;
            if let Some(k) = find_last_newline(&self.buf[..keep]) {
                st.line_start = st.base + k as u64 + 1;
            }
        }
        self.buf.copy_within(keep..st.len, 0);
        st.len -= keep;
        st.scanned -= keep;
        st.emitted = st.emitted.saturating_sub(keep);
        st.counted = st.counted.saturating_sub(keep);
        st.base += keep as u64;
    }
}

/// One code found: `offset` (bytes from the start of its line), `text` (as written), `code`, `name`,
/// `category`, `description`, and `alias_of` (the canonical name when the text is an alias, else null).
fn code_object(offset: u64, text: &str, entry: Entry) -> String {
    let alias_of = match entry {
        Entry::Alias(alias) => json::string(alias.canonical().name()),
        _ => "null".to_owned(),
    };
    format!(
        "{{\"offset\":{offset},\"text\":{},\"code\":{},\"name\":{},\"category\":{},\"description\":{},\"alias_of\":{alias_of}}}",
        json::string(text),
        entry.code(),
        json::string(entry.name()),
        json::string(entry.category().name()),
        json::string(entry.description()),
    )
}
