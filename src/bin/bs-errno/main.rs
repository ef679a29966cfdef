//! `bs-errno`: what a BioStar 2 Device SDK return code means, in the spirit of moreutils' `errno`; and
//! with `--annotate`, a log filter in the spirit of `c++filt`.
//!
//! Every write goes through [`sink::Sink`], so an early-closed pipe (`bs-errno --list | head -1`) ends the
//! output quietly instead of panicking, and an output that cannot be written (even `--help` into
//! `/dev/full`) exits 2. Every message that repeats user input shows it through [`shown`].

mod annotate;
mod entry;
mod filter;
mod json;
mod query;
mod release;
mod shown;
mod sink;
mod startup;

use std::ffi::{OsStr, OsString};
use std::io::{self, Write as _};
use std::process::ExitCode;

use bs_errno::{Category, SdkRelease};
use clap::builder::PossibleValuesParser;
use clap::error::ErrorKind;
use clap::{Arg, ArgAction, ArgGroup, ArgMatches, Command};

use entry::Entry;
use query::Query;
use shown::{shown, shown_os};
use sink::Sink;

/// Everything was found.
const FOUND: u8 = 0;
/// Some lookup, list or search found nothing.
const NOT_FOUND: u8 = 1;
/// The command line was wrong, or the output could not be written.
const USAGE: u8 = 2;

const QUERY: &str = "query";
const QUERY_DISPLAY: &str = "[CODE|NAME]...";

const EXAMPLES: &str = "\
Examples:
  bs-errno -714                         a code as the SDK returns it
  bs-errno 0xFFFFFD36 4294966582        the same code as logs print it (its 32 bits, unsigned)
  bs-errno -0x2CA                       signed hexadecimal works too
  bs-errno cannot_find_user             a name, any case, with or without BS_SDK_ERROR_ / BS_SDK_
  bs-errno BS_SDK_ERROR_SET_FIRE_ALARM  a deprecated alias: since when, its replacement, its old meaning
  bs-errno -714 -102 success            several at once, one line each
  bs-errno --list --category zone       every code of a category, each followed by its aliases
  bs-errno --categories                 the categories and how many codes each holds
  bs-errno --search find user           codes whose name or description has every word
  bs-errno --json -714                  any mode as a JSON array of objects
  bs-errno --sdk 2.7.1.1 -319           what a code meant in the SDK release an application runs
  tail -f app.log | bs-errno -a         a log, each line with the meaning of its codes appended
  bs-errno --annotate --json app.log    one JSON object per line that holds codes

Output: one line per answer, `NAME CODE CATEGORY DESCRIPTION`; only the description contains spaces.
An alias adds its status and replacement in parentheses; an unknown code is `UNKNOWN`, with the
category its numeric range implies.

Annotating (--annotate [FILE]...; standard input when no FILE is given, or for -): every input line
comes out with its bytes unchanged; a line that holds codes gets, before its line ending, one
` [NAME (CODE): DESCRIPTION]` for each meaning, in order of first appearance. With --json, one
JSON object per annotated line instead, with its file, line number and codes (each with its byte
offset in the line, text, code, name, category, description, alias_of). What counts as a code:
  BS_SDK_ERROR_CANNOT_FIND_USER         a name or alias of the table, as a whole identifier
  rc=-102  failed: -714  (-304)         a negative decimal that is a whole token
  4294967194  0xFFFFFF9A  0xffffff9a    the unsigned 32-bit forms of a negative code
and only when the value is a known code. Not codes: numbers inside larger tokens (2026-11-25,
A-714, -0.5, -1000x), positive numbers (the success codes 1..13 are too common), unknown values.

Exit status: 0 when everything was found (or annotated), 1 when any lookup, list or search found
nothing, 2 for a usage error, an input that cannot be read, or an output that cannot be written.";

fn command() -> Command {
    Command::new("bs-errno")
        .version(bs_errno::VERSION)
        .about("Explains the return codes of the Suprema BioStar 2 Device SDK (BS_Errno.h)")
        .long_about(
            "Explains the return codes of the Suprema BioStar 2 Device SDK (BS_Errno.h): name, code, \
             category and description of codes and macro names, every code at once (--list), the \
             categories (--categories) or a word search (--search); or, with --annotate, a log with the \
             meaning of its codes appended to each line.",
        )
        .after_help(EXAMPLES)
        .arg(
            Arg::new(QUERY)
                .value_name("CODE|NAME")
                .num_args(0..)
                .allow_negative_numbers(true)
                .value_parser(clap::value_parser!(OsString))
                .help("Codes (-714, 0xFFFFFD36, 4294966582, -0x2CA) or macro names (BS_SDK_ERROR_CANNOT_FIND_USER, cannot_find_user); with --annotate, the files to read"),
        )
        .arg(
            Arg::new("annotate")
                .short('a')
                .long("annotate")
                .action(ArgAction::SetTrue)
                .conflicts_with_all(["list", "categories", "search", "category"])
                .help("Copy the files (or standard input) to standard output, appending to each line the meaning of the codes in it"),
        )
        .arg(Arg::new("list").short('l').long("list").action(ArgAction::SetTrue).help("List every code, each followed by its aliases"))
        .arg(
            Arg::new("category")
                .short('c')
                .long("category")
                .value_name("NAME")
                .value_parser(PossibleValuesParser::new(Category::ALL.map(Category::name)))
                .ignore_case(true)
                .hide_possible_values(true)
                .help("With --list or --search: only this category (see --categories)"),
        )
        .arg(
            Arg::new("categories")
                .long("categories")
                .action(ArgAction::SetTrue)
                .help("List the categories with the number of codes in each"),
        )
        .arg(
            Arg::new("search")
                .short('s')
                .long("search")
                .value_name("WORD")
                .num_args(1..)
                .help("Codes and aliases whose name or description contains every word (any case)"),
        )
        .arg(
            Arg::new("sdk")
                .long("sdk")
                .value_name("VERSION")
                .help("Answer as SDK VERSION (2.7.1.1, V2.7.1.1, 2.7) named the codes: lookups, --list, --search"),
        )
        .arg(Arg::new("json").short('j').long("json").action(ArgAction::SetTrue).help("Answer in JSON: an array of objects, or with --annotate one object per annotated line"))
        .group(ArgGroup::new("mode").args(["list", "categories", "search"]).multiple(false).conflicts_with(QUERY))
}

/// Takes the arguments that start like a negative number (`-714`, `-0x2CA`, `-0x`, `'-714 -102'`) out of
/// the command line before clap sees them, remembering where each stood: clap would read `-0x2CA` as a
/// bundle of short options and report a misleading "unexpected argument '-0'". Nothing after `--` is
/// touched.
fn take_number_like(args: Vec<OsString>) -> (Vec<OsString>, Vec<usize>, Vec<(usize, OsString)>) {
    let mut kept = Vec::with_capacity(args.len());
    let mut positions = Vec::with_capacity(args.len());
    let mut taken = Vec::new();
    let mut options_end = false;
    for (i, arg) in args.into_iter().enumerate() {
        if i > 0 && !options_end {
            if arg == "--" {
                options_end = true;
            } else if query::is_number_like(arg.as_encoded_bytes()) {
                taken.push((i, arg));
                continue;
            }
        }
        positions.push(i);
        kept.push(arg);
    }
    (kept, positions, taken)
}

/// Prints a clap error (user input in it shown safely) on standard error and exits with status 2.
fn fail(err: clap::Error) -> ! {
    let text = shown::clap_error(err).render().to_string();
    let _ = write!(io::stderr(), "{}{}", text, if text.ends_with('\n') { "" } else { "\n" });
    std::process::exit(i32::from(USAGE))
}

/// A usage error in clap's own format (`error: ...`, the usage line, a pointer to --help), exit status 2.
/// `message` must already show any user input through [`shown`].
fn usage_error(cmd: &mut Command, kind: ErrorKind, message: impl std::fmt::Display) -> ! {
    fail(cmd.error(kind, message))
}

fn main() -> ExitCode {
    let mut cmd = command();
    let (args, positions, number_like) = take_number_like(std::env::args_os().collect());
    let matches = match cmd.try_get_matches_from_mut(args) {
        Ok(matches) => matches,
        // Help and version are answers like any other: written through the sink, so that a failed
        // write is reported and exits 2.
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            let mut sink = Sink::new();
            sink.out(&e.render().to_string());
            return sink.finish(FOUND);
        }
        Err(e) => fail(e),
    };

    // The positional arguments in command-line order, the number-like ones put back where they stood.
    let mut raw: Vec<(usize, OsString)> = number_like;
    if let (Some(values), Some(indices)) = (matches.get_many::<OsString>(QUERY), matches.indices_of(QUERY)) {
        raw.extend(
            indices
                .map(|i| positions.get(i).copied().unwrap_or(usize::MAX))
                .zip(values.cloned()),
        );
    }
    raw.sort_by_key(|(position, _)| *position);
    let raw: Vec<OsString> = raw.into_iter().map(|(_, arg)| arg).collect();
    let json = matches.get_flag("json");
    let release = matches.get_one::<String>("sdk").map(|text| match release::parse(text) {
        Ok(release) => release,
        Err(why) => usage_error(
            &mut cmd,
            ErrorKind::ValueValidation,
            format!("invalid value '{}' for '--sdk <VERSION>': {why}", shown(text)),
        ),
    });

    if matches.get_flag("annotate") {
        let mut sink = Sink::new();
        let status = annotate_inputs(&mut sink, &raw, json, release);
        return sink.finish(status);
    }

    let mut queries = Vec::with_capacity(raw.len());
    for arg in &raw {
        let Some(text) = arg.to_str() else {
            usage_error(
                &mut cmd,
                ErrorKind::InvalidUtf8,
                format!(
                    "invalid UTF-8 in '{}' for '{QUERY_DISPLAY}': {}",
                    shown_os(arg),
                    query::FORMS
                ),
            )
        };
        match query::parse(text) {
            Ok(query) => queries.push(query),
            Err(why) => usage_error(
                &mut cmd,
                ErrorKind::ValueValidation,
                format!("invalid value '{}' for '{QUERY_DISPLAY}': {why}", shown(text)),
            ),
        }
    }

    let mode = ["list", "categories", "search"]
        .into_iter()
        .find(|id| matches.contains_id(id) && matches.value_source(id) == Some(clap::parser::ValueSource::CommandLine));
    if let (Some(mode), false) = (mode, queries.is_empty()) {
        usage_error(
            &mut cmd,
            ErrorKind::ArgumentConflict,
            format!("the argument '--{mode}' cannot be used with '{QUERY_DISPLAY}'"),
        );
    }
    if matches.contains_id("category") && !matches!(mode, Some("list" | "search")) {
        usage_error(
            &mut cmd,
            ErrorKind::MissingRequiredArgument,
            "'--category' only works with '--list' or '--search'",
        );
    }
    let category = matches
        .get_one::<String>("category")
        .and_then(|name| Category::from_name(name));
    if release.is_some() && mode == Some("categories") {
        usage_error(
            &mut cmd,
            ErrorKind::ArgumentConflict,
            "'--sdk' works with lookups, '--list' and '--search' (not '--categories')",
        );
    }

    let mut sink = Sink::new();
    let status = match mode {
        Some("list") => list(&mut sink, category, json, release),
        Some("categories") => categories(&mut sink, json),
        Some("search") => search(&mut cmd, &mut sink, &matches, category, json, release),
        _ if queries.is_empty() => usage_error(
            &mut cmd,
            ErrorKind::MissingRequiredArgument,
            "nothing to do: give a code or a name, or one of --list, --categories, --search, --annotate",
        ),
        _ => look_up(&mut sink, &queries, json, release),
    };
    sink.finish(status)
}

/// `--annotate`: each file in turn (`-` or none: standard input). An input that cannot be read is
/// reported where its output would have been, and the others are still copied.
fn annotate_inputs(sink: &mut Sink, files: &[OsString], json: bool, release: Option<SdkRelease>) -> u8 {
    // The one place that says which table the annotations come from.
    let in_release = |candidate: annotate::Candidate<'_>| annotate::in_release(candidate, release);
    let lookup: annotate::Lookup<'_> = &in_release;
    let mut filter = filter::Filter::new(lookup, json);
    let stdin_only = [OsString::from("-")];
    let inputs = if files.is_empty() { &stdin_only[..] } else { files };
    let mut status = FOUND;
    for file in inputs {
        if sink.is_done() {
            break;
        }
        let (name, result) = if file == "-" {
            ("standard input".to_owned(), annotate_stdin(&mut filter, sink))
        } else {
            (format!("'{}'", shown_os(file)), annotate_file(&mut filter, sink, file))
        };
        if let Err(e) = result {
            sink.note(&format!("cannot read {name}: {e}"));
            status = USAGE;
        }
    }
    status
}

fn annotate_stdin(filter: &mut filter::Filter<'_>, sink: &mut Sink) -> io::Result<()> {
    if startup::stdin_was_closed() {
        return Err(io::Error::other("it is closed"));
    }
    let stdin = io::stdin();
    let streaming = !is_regular_file(&stdin);
    filter.run(sink, &mut stdin.lock(), "-", streaming)
}

fn annotate_file(filter: &mut filter::Filter<'_>, sink: &mut Sink, path: &OsStr) -> io::Result<()> {
    let mut file = std::fs::File::open(path)?;
    let streaming = !file.metadata()?.is_file();
    filter.run(sink, &mut file, &path.to_string_lossy(), streaming)
}

/// True when standard input is a regular file (read at full speed); false for a pipe or a terminal,
/// whose lines are written as they arrive.
fn is_regular_file(stdin: &io::Stdin) -> bool {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd as _;
        stdin
            .as_fd()
            .try_clone_to_owned()
            .map(std::fs::File::from)
            .and_then(|file| file.metadata())
            .is_ok_and(|meta| meta.is_file())
    }
    #[cfg(not(unix))]
    {
        let _ = stdin;
        false
    }
}

/// The entries as lines, or as one JSON array.
fn emit(sink: &mut Sink, entries: &[Entry], json: bool, release: Option<SdkRelease>) {
    if json {
        sink.out(&json::array(
            &entries.iter().map(|e| json::entry(*e, release)).collect::<Vec<_>>(),
        ));
    } else {
        for entry in entries {
            sink.out(&(entry.line() + "\n"));
        }
    }
}

/// Each answer in argument order; in text mode a name that is not found is reported where it stood.
fn look_up(sink: &mut Sink, queries: &[Query], json: bool, release: Option<SdkRelease>) -> u8 {
    let mut entries = Vec::with_capacity(queries.len());
    let mut status = FOUND;
    for query in queries {
        let mut note = None;
        let entry = match (query, release) {
            (Query::Code(code), None) => Some(Entry::of_code(*code)),
            (Query::Name(name), None) => query::find_name(name),
            (Query::Code(code), Some(release)) => {
                let (entry, why) = release::code(*code, release);
                note = why;
                Some(entry)
            }
            (Query::Name(name), Some(release)) => query::find_name(name)
                .and_then(|entry| release::name(entry, release).map_err(|why| note = Some(why)).ok()),
        };
        match entry {
            Some(entry) if json => entries.push(entry),
            Some(entry) => sink.out(&(entry.line() + "\n")),
            None => {}
        }
        if !entry.is_some_and(Entry::is_known) {
            status = NOT_FOUND;
        }
        if let Some(note) = note {
            status = NOT_FOUND;
            sink.note(&note);
        } else if let (None, Query::Name(name)) = (entry, query) {
            let tried: Vec<String> = query::candidates(name).iter().map(|c| shown(c)).collect();
            sink.note(&format!("'{}': no such name (tried {})", shown(name), tried.join(", ")));
        }
    }
    if json {
        emit(sink, &entries, true, release);
    }
    status
}

/// Every name of today's table, or the values of one release under their names there.
fn every_name(release: Option<SdkRelease>) -> Vec<Entry> {
    release.map_or_else(entry::every_name, release::every_name)
}

fn in_category(entry: &Entry, category: Option<Category>) -> bool {
    category.is_none_or(|c| entry.category() == c)
}

fn list(sink: &mut Sink, category: Option<Category>, json: bool, release: Option<SdkRelease>) -> u8 {
    let entries: Vec<Entry> = every_name(release)
        .into_iter()
        .filter(|e| in_category(e, category))
        .collect();
    emit(sink, &entries, json, release);
    if entries.is_empty() {
        sink.note(&format!(
            "no code in category '{}'",
            category.map_or("", Category::name)
        ));
        return NOT_FOUND;
    }
    FOUND
}

fn categories(sink: &mut Sink, json: bool) -> u8 {
    let mut objects = Vec::new();
    for c in Category::ALL {
        let codes = bs_errno::iter().filter(|i| i.category() == c).count();
        let aliases = bs_errno::aliases().filter(|a| a.canonical().category() == c).count();
        if codes == 0 {
            continue;
        }
        if json {
            objects.push(json::category(c, codes, aliases));
        } else {
            sink.out(&format!("{} {codes}\n", c.name()));
        }
    }
    if json {
        sink.out(&json::array(&objects));
    }
    FOUND
}

fn search(
    cmd: &mut Command,
    sink: &mut Sink,
    matches: &ArgMatches,
    category: Option<Category>,
    json: bool,
    release: Option<SdkRelease>,
) -> u8 {
    let words: Vec<String> = matches
        .get_many::<String>("search")
        .into_iter()
        .flatten()
        .flat_map(|value| value.split_whitespace())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        usage_error(
            cmd,
            ErrorKind::InvalidValue,
            "'--search' needs at least one word that is not blank",
        );
    }
    let entries: Vec<Entry> = every_name(release)
        .into_iter()
        .filter(|e| in_category(e, category))
        .filter(|e| {
            let haystack = e.haystack();
            words.iter().all(|w| haystack.contains(w.as_str()))
        })
        .collect();
    emit(sink, &entries, json, release);
    if entries.is_empty() {
        sink.note(&format!("nothing matches every word of '{}'", shown(&words.join(" "))));
        return NOT_FOUND;
    }
    FOUND
}
