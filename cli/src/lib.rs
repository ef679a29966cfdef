//! `bs-errno`: what a BioStar 2 Device SDK return code means, in the spirit of moreutils' `errno`; and with
//! `--annotate`, a log filter in the spirit of `c++filt`.
//!
//! The data runs one way, as in ripgrep:
//!
//! - [`args`] reads the command line into a typed [`args::Args`] (or a refusal with its message and exit
//!   status), never exiting the process itself;
//! - [`table`] answers codes and names from today's table or from an SDK release's, as [`answer::Answer`]s;
//! - for `--annotate`, [`lines::LineReader`] hands out blocks of whole lines (pieces of a line longer than
//!   its buffer), [`scanner::Scanner`] yields the tokens in them that have the shape of a code, and
//!   [`annotate::Annotator`] looks each up and tells a printer what it found, in input order;
//! - [`printer::Printer`] is the one output interface, with a text and a JSON implementation;
//! - [`output::Output`] writes standard output and standard error in order, so that a reader that goes away
//!   ends the output quietly and a failed write exits 2; [`stdio`] knows whether the process started with
//!   standard input or output closed.
//!
//! Every message that repeats user input shows it through [`escape`].
//!
//! What a fuzz target drives, none of which exits or panics on any input: [`args::parse`] (any argv of
//! `OsString`s), [`scanner::Scanner::new`] (any bytes, any range), [`lines::LineReader`] (any `Read`, any
//! buffer size), and [`annotate::Annotator::annotate`] (any `Read`, into any `Write`, through the text or
//! JSON printer or a [`printer::Printer`] of its own that records what it is told).

pub mod annotate;
pub mod answer;
pub mod args;
pub mod escape;
pub mod lines;
mod modes;
pub mod output;
pub mod printer;
pub mod query;
pub mod scanner;
pub mod status;
pub mod stdio;
pub mod table;

use std::ffi::OsString;
use std::io::{self, Write as _};
use std::process::ExitCode;

/// The whole command, on the process's standard streams: `argv` as `std::env::args_os()` gives it.
pub fn main(argv: impl IntoIterator<Item = OsString>) -> ExitCode {
    let request = match args::parse(argv) {
        Ok(request) => request,
        Err(refusal) => {
            let _ = io::stderr().write_all(refusal.message.as_bytes());
            return ExitCode::from(refusal.status);
        }
    };
    let mut output = output::Output::new(stdio::stdout(), io::stderr());
    let status = match request {
        // Help and version are answers like any other: a failed write is reported and exits 2.
        args::Request::Show(text) => {
            let _ = output.write_all(text.as_bytes());
            status::FOUND
        }
        args::Request::Run(args) => modes::run(&args, &mut output),
    };
    ExitCode::from(output.finish(status))
}
