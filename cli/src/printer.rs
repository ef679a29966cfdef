//! The one output interface, [`Printer`], with a text ([`text::Text`]) and a JSON ([`json::Json`])
//! implementation. Whoever produces answers (a lookup, a list, the annotator) tells the printer what it
//! found, in order; the printer alone decides what that looks like.

pub mod json;
pub mod text;

use std::io::{self, Write};

use crate::answer::Answer;
use crate::args::Format;
use crate::table::{CategoryCount, Table};

/// A code found in a log by the annotator: the token as written, and what it means.
#[derive(Clone, Copy, Debug)]
pub struct Found<'a> {
    pub text: &'a [u8],
    pub answer: Answer,
}

/// Receives answers and annotation events in order and writes them to `out`.
///
/// Lookups, lists and searches call [`answer`](Printer::answer) (or [`category`](Printer::category)) for
/// each result, then [`end_answers`](Printer::end_answers) once.
///
/// The annotator calls [`begin_input`](Printer::begin_input) for each input, then passes every byte of the
/// input, in order, to [`input`](Printer::input); at the place where a code starts it calls
/// [`code`](Printer::code) (the code's own bytes follow in `input`), and for a line that held codes it calls
/// [`end_line`](Printer::end_line) where the line's content ends: before its `\n` or `\r\n`, or at the end
/// of the input for a last line without one. How the input bytes are cut into `input` calls carries no
/// meaning.
pub trait Printer {
    /// One answer of a lookup, a list or a search.
    fn answer(&mut self, out: &mut dyn Write, answer: Answer) -> io::Result<()>;
    /// One category with its counts (`--categories`).
    fn category(&mut self, out: &mut dyn Write, count: CategoryCount) -> io::Result<()>;
    /// After the last answer or category (also when there was none).
    fn end_answers(&mut self, out: &mut dyn Write) -> io::Result<()>;

    /// An input to annotate begins; `name` is how it was given (`-` for standard input).
    fn begin_input(&mut self, name: &str);
    /// Bytes of the input, in order.
    fn input(&mut self, out: &mut dyn Write, bytes: &[u8]) -> io::Result<()>;
    /// A code starts here.
    fn code(&mut self, out: &mut dyn Write, found: Found<'_>) -> io::Result<()>;
    /// The content of a line that held codes ends here.
    fn end_line(&mut self, out: &mut dyn Write) -> io::Result<()>;
}

/// The printer for `format`; `table` says which table answered (JSON names an SDK release).
pub fn for_format(format: Format, table: Table) -> Box<dyn Printer> {
    match format {
        Format::Text => Box::new(text::Text::new()),
        Format::Json => Box::new(json::Json::new(table.sdk_release())),
    }
}
