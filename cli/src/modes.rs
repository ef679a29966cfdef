//! What each mode does with its arguments: look up, list, list the categories, search, or annotate. Each
//! tells one printer what it found and returns the exit status of its answer.

use std::ffi::OsString;
use std::io::Write;

use bs_errno::Category;

use crate::annotate::{Annotator, Failure};
use crate::answer::Answer;
use crate::args::{Args, Mode};
use crate::escape;
use crate::output::Output;
use crate::printer::{self, Printer};
use crate::query::Query;
use crate::status::{FAILURE, FOUND, NOT_FOUND};
use crate::table::{self, Table};

pub fn run<W: Write, E: Write>(args: &Args, output: &mut Output<W, E>) -> u8 {
    let mut printer = printer::for_format(args.format, args.table);
    let printer = printer.as_mut();
    match &args.mode {
        Mode::LookUp(queries) => look_up(queries, args.table, printer, output),
        Mode::List { category } => {
            let answers = in_category(args.table.every_name(), *category);
            let status = print_answers(&answers, printer, output);
            if status == NOT_FOUND {
                output.note(&format!(
                    "no code in category '{}'",
                    category.map_or("", Category::name)
                ));
            }
            status
        }
        Mode::Categories => {
            for count in table::categories() {
                let _ = printer.category(output, count);
            }
            let _ = printer.end_answers(output);
            FOUND
        }
        Mode::Search { words, category } => {
            let answers: Vec<Answer> = in_category(args.table.every_name(), *category)
                .into_iter()
                .filter(|answer| {
                    let haystack = format!("{} {}", answer.name(), answer.description()).to_lowercase();
                    words.iter().all(|word| haystack.contains(word.as_str()))
                })
                .collect();
            let status = print_answers(&answers, printer, output);
            if status == NOT_FOUND {
                output.note(&format!(
                    "nothing matches every word of '{}'",
                    escape::text(&words.join(" "))
                ));
            }
            status
        }
        Mode::Annotate { inputs } => annotate(inputs, args.table, printer, output),
    }
}

fn in_category(answers: Vec<Answer>, category: Option<Category>) -> Vec<Answer> {
    answers
        .into_iter()
        .filter(|answer| category.is_none_or(|c| answer.category() == c))
        .collect()
}

/// The answers, then the end of the answers; `NOT_FOUND` when there are none.
fn print_answers<W: Write, E: Write>(answers: &[Answer], printer: &mut dyn Printer, output: &mut Output<W, E>) -> u8 {
    for answer in answers {
        let _ = printer.answer(output, *answer);
    }
    let _ = printer.end_answers(output);
    if answers.is_empty() { NOT_FOUND } else { FOUND }
}

/// Each answer in argument order; a note for what is not found stands where it was asked.
fn look_up<W: Write, E: Write>(
    queries: &[Query],
    table: Table,
    printer: &mut dyn Printer,
    output: &mut Output<W, E>,
) -> u8 {
    let mut status = FOUND;
    for query in queries {
        let (answer, note) = match query {
            Query::Code(code) => {
                let (answer, note) = table.code(*code);
                (Some(answer), note)
            }
            Query::Name(name) => match table.name(name) {
                Ok(answer) => (Some(answer), None),
                Err(note) => (None, Some(note)),
            },
        };
        if let Some(answer) = answer {
            let _ = printer.answer(output, answer);
        }
        if note.is_some() || !answer.is_some_and(Answer::is_known) {
            status = NOT_FOUND;
        }
        if let Some(note) = note {
            output.note(&note);
        }
    }
    let _ = printer.end_answers(output);
    status
}

/// Each input in turn (`-`: standard input). An input that cannot be read is reported where its output
/// would have been, and the others are still copied.
fn annotate<W: Write, E: Write>(
    inputs: &[OsString],
    table: Table,
    printer: &mut dyn Printer,
    output: &mut Output<W, E>,
) -> u8 {
    let mut status = FOUND;
    for input in inputs {
        if !output.is_open() {
            break;
        }
        let (name, result) = if input == "-" {
            ("standard input".to_owned(), annotate_stdin(table, printer, output))
        } else {
            (
                format!("'{}'", escape::os_text(input)),
                annotate_file(input, table, printer, output),
            )
        };
        match result {
            Ok(()) | Err(Failure::Write(_)) => {}
            Err(Failure::Read(e)) => {
                output.note(&format!("cannot read {name}: {e}"));
                status = FAILURE;
            }
        }
    }
    status
}

fn annotate_stdin<W: Write, E: Write>(
    table: Table,
    printer: &mut dyn Printer,
    output: &mut Output<W, E>,
) -> Result<(), Failure> {
    if crate::stdio::stdin_was_closed() {
        return Err(Failure::Read(std::io::Error::other("it is closed")));
    }
    printer.begin_input("-");
    let streaming = !crate::stdio::stdin_is_regular_file();
    let stdin = std::io::stdin();
    Annotator::new(table)
        .flush_every_block(streaming)
        .annotate(stdin.lock(), printer, output)
}

fn annotate_file<W: Write, E: Write>(
    path: &OsString,
    table: Table,
    printer: &mut dyn Printer,
    output: &mut Output<W, E>,
) -> Result<(), Failure> {
    let file = std::fs::File::open(path).map_err(Failure::Read)?;
    let streaming = !file.metadata().map_err(Failure::Read)?.is_file();
    printer.begin_input(&path.to_string_lossy());
    Annotator::new(table)
        .flush_every_block(streaming)
        .annotate(file, printer, output)
}
