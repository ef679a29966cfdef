//! `--annotate`: copies an input through a printer, telling it where each code of the table starts and
//! where each line that held codes ends.
//!
//! The data runs one way: [`LineReader`] hands out blocks of whole lines, [`Scanner`] yields the tokens in
//! them that have the shape of a code, the [`Table`] says what each means (if anything), and the
//! [`Printer`] hears about it, in input order. Memory is the reader's one fixed buffer whatever the input:
//! a line longer than it passes through in pieces. When the input is not a regular file (a pipe, a
//! terminal) the output is flushed after every block, so each line appears as soon as it has arrived; how
//! the input arrives never changes the output.

use std::fmt;
use std::io::{self, Read, Write};

use crate::lines::{self, Block, LineReader};
use crate::printer::{Found, Printer};
use crate::scanner::Scanner;
use crate::table::Table;

/// Why an input was not annotated to its end.
#[derive(Debug)]
pub enum Failure {
    /// The input could not be read (everything before the error was annotated).
    Read(io::Error),
    /// The output could not be written.
    Write(io::Error),
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Read(e) => write!(f, "cannot read the input: {e}"),
            Failure::Write(e) => write!(f, "cannot write the output: {e}"),
        }
    }
}

/// Annotates inputs with the answers of one table.
#[derive(Clone, Copy, Debug)]
pub struct Annotator {
    table: Table,
    capacity: usize,
    flush_every_block: bool,
}

/// Where the annotation of one input stands between blocks.
#[derive(Default)]
struct LineState {
    /// A line that held codes is open: its end has not been passed on yet.
    open: bool,
    /// The index of the open line's `\n` in the current block's window, once seen.
    end: Option<usize>,
}

fn find_newline(window: &[u8], from: usize, to: usize) -> Option<usize> {
    window[from..to].iter().position(|&b| b == b'\n').map(|k| from + k)
}

impl Annotator {
    pub fn new(table: Table) -> Annotator {
        Annotator {
            table,
            capacity: lines::DEFAULT_CAPACITY,
            flush_every_block: false,
        }
    }

    /// Reads with a buffer of `bytes` (at least [`lines::MIN_CAPACITY`]): lines longer than that pass
    /// through in pieces.
    pub fn buffer_capacity(mut self, bytes: usize) -> Annotator {
        self.capacity = bytes;
        self
    }

    /// Flushes the output after every block read (for an input that is a pipe or a terminal).
    pub fn flush_every_block(mut self, yes: bool) -> Annotator {
        self.flush_every_block = yes;
        self
    }

    /// Copies `input` through `printer` to `out`: every byte, with the codes of the table and the ends of
    /// the lines that held them. Call [`Printer::begin_input`] first. A read error ends the input after
    /// everything read before it went through, and is returned.
    pub fn annotate<P: Printer + ?Sized>(
        &self,
        input: impl Read,
        printer: &mut P,
        out: &mut dyn Write,
    ) -> Result<(), Failure> {
        let mut reader = LineReader::new(input, self.capacity);
        let mut line = LineState::default();
        while let Some(block) = reader.next_block() {
            self.block(block, &mut line, printer, out).map_err(Failure::Write)?;
            if self.flush_every_block {
                out.flush().map_err(Failure::Write)?;
            }
        }
        // A last line without a line ending ends with the input.
        if line.open {
            printer.end_line(out).map_err(Failure::Write)?;
        }
        reader.finish().map_err(Failure::Read)
    }

    fn block<P: Printer + ?Sized>(
        &self,
        block: Block<'_>,
        line: &mut LineState,
        printer: &mut P,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let Block { window, range } = block;
        // Everything before `written` was passed to the printer.
        let mut written = range.start;
        if line.open {
            line.end = find_newline(window, range.start, range.end);
        }
        for found in Scanner::new(window, range.start, range.end) {
            let Some(answer) = self.table.annotation(found.candidate) else {
                continue;
            };
            if let Some(end) = line.end.filter(|&end| found.start > end) {
                written = end_line(window, written, end, line, printer, out)?;
            }
            if !line.open {
                line.open = true;
                line.end = find_newline(window, found.start, range.end);
            }
            input(window, written, found.start, printer, out)?;
            written = found.start;
            let text = &window[found.start..found.end];
            printer.code(out, Found { text, answer })?;
        }
        if let Some(end) = line.end {
            written = end_line(window, written, end, line, printer, out)?;
        }
        input(window, written, range.end, printer, out)
    }
}

fn input<P: Printer + ?Sized>(
    window: &[u8],
    from: usize,
    to: usize,
    printer: &mut P,
    out: &mut dyn Write,
) -> io::Result<()> {
    if from < to {
        printer.input(out, &window[from..to])?;
    }
    Ok(())
}

/// Ends the open line whose `\n` is at `newline`: its content (up to a `\r` before the `\n`), then the
/// line's end. Returns how far the input was passed on.
fn end_line<P: Printer + ?Sized>(
    window: &[u8],
    written: usize,
    newline: usize,
    line: &mut LineState,
    printer: &mut P,
    out: &mut dyn Write,
) -> io::Result<usize> {
    let content_end = if newline > written && window[newline - 1] == b'\r' {
        newline - 1
    } else {
        newline
    };
    input(window, written, content_end, printer, out)?;
    printer.end_line(out)?;
    *line = LineState::default();
    Ok(content_end.max(written))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Answer;
    use crate::printer::json::Json;
    use crate::printer::text::{Text, annotation};

    /// Gives its bytes in reads of `size` bytes.
    struct Trickle<'a>(&'a [u8], usize);

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.1.min(buf.len()).min(self.0.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    fn annotated(input: &[u8], printer: &mut dyn Printer, read_size: usize, capacity: usize) -> Vec<u8> {
        let mut out = Vec::new();
        printer.begin_input("-");
        Annotator::new(Table::TODAY)
            .buffer_capacity(capacity)
            .annotate(Trickle(input, read_size), printer, &mut out)
            .unwrap();
        out
    }

    fn text(input: &[u8]) -> String {
        String::from_utf8(annotated(input, &mut Text::new(), usize::MAX, 0)).unwrap()
    }

    #[test]
    fn annotations_go_before_the_line_ending() {
        let a = annotation(Answer::of_code(-714));
        assert_eq!(text(b"rc=-714\n"), format!("rc=-714{a}\n"));
        assert_eq!(text(b"rc=-714\r\n"), format!("rc=-714{a}\r\n"));
        assert_eq!(text(b"rc=-714\r"), format!("rc=-714\r{a}"));
        assert_eq!(text(b"rc=-714"), format!("rc=-714{a}"));
        assert_eq!(text(b"-714\r\r\n"), format!("-714\r{a}\r\n"));
        assert_eq!(text(b"\n-714 -714\nx\n"), format!("\n-714 -714{a}\nx\n"));
        assert_eq!(text(b"plain\n"), "plain\n");
        assert_eq!(text(b""), "");
    }

    #[test]
    fn the_output_does_not_depend_on_the_reads_or_the_buffer() {
        let mut input = Vec::new();
        for i in 0..300 {
            input.extend_from_slice(format!("{i} rc=-714 \r\n").as_bytes());
            input.extend(std::iter::repeat_n(b'x', i * 7));
            input.extend_from_slice(b" BS_SDK_ERROR_SET_FIRE_ALARM 0xFFFFFF9A\n\xff -1");
        }
        let printers: [fn() -> Box<dyn Printer>; 2] = [|| Box::new(Text::new()), || Box::new(Json::new(None))];
        for printer in printers {
            let whole = annotated(&input, &mut *printer(), usize::MAX, 1 << 20);
            for (read_size, capacity) in [(1, 0), (7, 300), (4096, 1000), (100_000, 0)] {
                let got = annotated(&input, &mut *printer(), read_size, capacity);
                assert!(got == whole, "reads of {read_size}, buffer {capacity}");
            }
        }
    }

    /// Records what a printer is told (a printer is all a caller needs to see what was found where).
    #[derive(Default)]
    struct Recorder {
        input: Vec<u8>,
        codes: Vec<(usize, Vec<u8>, i32)>,
        line_ends: Vec<usize>,
    }

    impl Printer for Recorder {
        fn answer(&mut self, _: &mut dyn Write, _: Answer) -> io::Result<()> {
            unreachable!()
        }
        fn category(&mut self, _: &mut dyn Write, _: crate::table::CategoryCount) -> io::Result<()> {
            unreachable!()
        }
        fn end_answers(&mut self, _: &mut dyn Write) -> io::Result<()> {
            unreachable!()
        }
        fn begin_input(&mut self, _: &str) {}
        fn input(&mut self, _: &mut dyn Write, bytes: &[u8]) -> io::Result<()> {
            self.input.extend_from_slice(bytes);
            Ok(())
        }
        fn code(&mut self, _: &mut dyn Write, found: Found<'_>) -> io::Result<()> {
            self.codes
                .push((self.input.len(), found.text.to_vec(), found.answer.code()));
            Ok(())
        }
        fn end_line(&mut self, _: &mut dyn Write) -> io::Result<()> {
            self.line_ends.push(self.input.len());
            Ok(())
        }
    }

    /// The invariants the fuzz target checks, over pseudo-random inputs: every byte passes, each code is
    /// where its text is and the table answers it, each line that held codes ends before its line ending,
    /// and how the input is read changes nothing.
    #[test]
    fn invariants_over_random_inputs() {
        let pieces: &[&[u8]] = &[
            b"-714",
            b"0xFFFFFD36",
            b"4294967194",
            b"BS_SDK_ERROR_SET_FIRE_ALARM",
            b"-1",
            b" ",
            b" ",
            b"\n",
            b"\r\n",
            b"\r",
            b"x",
            b"7",
            b"-",
            b"_",
            b".",
            b"\xff",
            b"\x00",
            b"\xc3\xa9",
            b"BS_SDK_",
            b"0x",
        ];
        let mut seed = 1u64;
        let mut next = |n: usize| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((seed >> 33) % n as u64) as usize
        };
        for _ in 0..300 {
            let mut input = Vec::new();
            for _ in 0..next(400) {
                input.extend_from_slice(pieces[next(pieces.len())]);
            }
            let (read_size, capacity) = (1 + next(300), next(2000));
            let mut whole = Recorder::default();
            Annotator::new(Table::TODAY)
                .annotate(&input[..], &mut whole, &mut io::sink())
                .unwrap();
            assert_eq!(whole.input, input);
            for (at, text, code) in &whole.codes {
                assert!(input[*at..].starts_with(text));
                assert_eq!(
                    Some(*code),
                    crate::table::Table::TODAY
                        .annotation(Scanner::whole(text).next().unwrap().candidate)
                        .map(|a| a.code())
                );
            }
            for end in &whole.line_ends {
                let rest = &input[*end..];
                assert!(
                    rest.is_empty() || rest.starts_with(b"\n") || rest.starts_with(b"\r\n"),
                    "{rest:?}"
                );
            }
            let mut split = Recorder::default();
            Annotator::new(Table::TODAY)
                .buffer_capacity(capacity)
                .annotate(Trickle(&input, read_size), &mut split, &mut io::sink())
                .unwrap();
            assert_eq!((split.codes, split.line_ends), (whole.codes, whole.line_ends));
        }
    }

    #[test]
    fn a_write_error_stops_the_input() {
        struct Full;
        impl Write for Full {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::Error::from(io::ErrorKind::StorageFull))
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let result = Annotator::new(Table::TODAY).annotate(&b"rc=-714\n"[..], &mut Text::new(), &mut Full);
        assert!(matches!(result, Err(Failure::Write(_))), "{result:?}");
    }
}
