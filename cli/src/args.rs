//! The command line, read into a typed [`Args`]: what to do, in which form, with which table. Reading never
//! exits the process: a command line that cannot run is a [`Refusal`] with its message and exit status.

use std::ffi::OsString;

use bs_errno::Category;
use clap::builder::PossibleValuesParser;
use clap::error::ErrorKind;
use clap::{Arg, ArgAction, ArgGroup, ArgMatches, Command};

use crate::escape;
use crate::query::{self, Query};
use crate::status::FAILURE;
use crate::table::Table;

/// What to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Codes and names, each answered in order.
    LookUp(Vec<Query>),
    /// Every name (`--list`), or those of one category.
    List { category: Option<Category> },
    /// The categories with their counts.
    Categories,
    /// Names and descriptions that hold every word (lower-cased).
    Search {
        words: Vec<String>,
        category: Option<Category>,
    },
    /// The inputs to annotate in order, `-` for standard input (at least one).
    Annotate { inputs: Vec<OsString> },
}

/// The form of every answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Args {
    pub mode: Mode,
    pub format: Format,
    pub table: Table,
}

/// What the command line asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Request {
    Run(Args),
    /// `--help` or `--version`: this text on standard output, exit status 0.
    Show(String),
}

/// A command line that cannot run: `message` for standard error (in clap's layout, every piece of user
/// input escaped, ending with a line break), and the exit status (2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub message: String,
    pub status: u8,
}

const QUERY: &str = "query";
const QUERY_DISPLAY: &str = "[CODE|NAME]...";
const MODES: [&str; 3] = ["list", "categories", "search"];

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
        .version(env!("CARGO_PKG_VERSION"))
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
        .group(ArgGroup::new("mode").args(MODES).multiple(false).conflicts_with(QUERY))
}

/// Reads a command line (`argv[0]` first, as `std::env::args_os()` gives it). Any `argv` is accepted:
/// what cannot run comes back as a [`Refusal`].
pub fn parse<I, T>(argv: I) -> Result<Request, Refusal>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString>,
{
    let mut cmd = command();
    let argv: Vec<OsString> = argv.into_iter().map(Into::into).collect();
    let (kept, positions, number_like) = take_number_like(argv);
    let matches = match cmd.try_get_matches_from_mut(kept) {
        Ok(matches) => matches,
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            return Ok(Request::Show(e.render().to_string()));
        }
        Err(e) => return Err(refusal(e)),
    };
    let refuse = |cmd: &mut Command, kind: ErrorKind, message: String| refusal(cmd.error(kind, message));

    let positional = in_command_line_order(&matches, &positions, number_like);
    let format = if matches.get_flag("json") {
        Format::Json
    } else {
        Format::Text
    };
    let table = match matches.get_one::<String>("sdk") {
        None => Table::TODAY,
        Some(text) => Table::for_sdk_version(text).map_err(|why| {
            refuse(
                &mut cmd,
                ErrorKind::ValueValidation,
                format!("invalid value '{}' for '--sdk <VERSION>': {why}", escape::text(text)),
            )
        })?,
    };
    let run = |mode| -> Result<Request, Refusal> { Ok(Request::Run(Args { mode, format, table })) };

    if matches.get_flag("annotate") {
        let inputs = if positional.is_empty() {
            vec![OsString::from("-")]
        } else {
            positional
        };
        return run(Mode::Annotate { inputs });
    }

    let mut queries = Vec::with_capacity(positional.len());
    for arg in &positional {
        let Some(text) = arg.to_str() else {
            return Err(refuse(
                &mut cmd,
                ErrorKind::InvalidUtf8,
                format!(
                    "invalid UTF-8 in '{}' for '{QUERY_DISPLAY}': {}",
                    escape::os_text(arg),
                    query::FORMS
                ),
            ));
        };
        match query::parse(text) {
            Ok(query) => queries.push(query),
            Err(why) => {
                return Err(refuse(
                    &mut cmd,
                    ErrorKind::ValueValidation,
                    format!("invalid value '{}' for '{QUERY_DISPLAY}': {why}", escape::text(text)),
                ));
            }
        }
    }

    // The mode given on the command line (the group lets at most one through).
    let mode = MODES
        .into_iter()
        .find(|id| matches.value_source(id) == Some(clap::parser::ValueSource::CommandLine));
    if let (Some(mode), false) = (mode, queries.is_empty()) {
        return Err(refuse(
            &mut cmd,
            ErrorKind::ArgumentConflict,
            format!("the argument '--{mode}' cannot be used with '{QUERY_DISPLAY}'"),
        ));
    }
    if matches.contains_id("category") && !matches!(mode, Some("list" | "search")) {
        return Err(refuse(
            &mut cmd,
            ErrorKind::MissingRequiredArgument,
            "'--category' only works with '--list' or '--search'".to_owned(),
        ));
    }
    let category = matches
        .get_one::<String>("category")
        .and_then(|name| Category::from_name(name));
    if table.sdk_release().is_some() && mode == Some("categories") {
        return Err(refuse(
            &mut cmd,
            ErrorKind::ArgumentConflict,
            "'--sdk' works with lookups, '--list' and '--search' (not '--categories')".to_owned(),
        ));
    }
    match mode {
        Some("list") => run(Mode::List { category }),
        Some("categories") => run(Mode::Categories),
        Some(_) => {
            let words: Vec<String> = matches
                .get_many::<String>("search")
                .into_iter()
                .flatten()
                .flat_map(|value| value.split_whitespace())
                .map(str::to_lowercase)
                .collect();
            if words.is_empty() {
                return Err(refuse(
                    &mut cmd,
                    ErrorKind::InvalidValue,
                    "'--search' needs at least one word that is not blank".to_owned(),
                ));
            }
            run(Mode::Search { words, category })
        }
        None if queries.is_empty() => Err(refuse(
            &mut cmd,
            ErrorKind::MissingRequiredArgument,
            "nothing to do: give a code or a name, or one of --list, --categories, --search, --annotate".to_owned(),
        )),
        None => run(Mode::LookUp(queries)),
    }
}

/// A clap error as a refusal, with user input in it escaped.
fn refusal(err: clap::Error) -> Refusal {
    let mut message = escape::clap_error(err).render().to_string();
    if !message.ends_with('\n') {
        message.push('\n');
    }
    Refusal {
        message,
        status: FAILURE,
    }
}

/// Takes the arguments that start like a negative number (`-714`, `-0x2CA`, `-0x`, `'-714 -102'`) out of
/// the command line before clap sees them, remembering where each stood: clap would read `-0x2CA` as a
/// bundle of short options and report a misleading "unexpected argument '-0'". Nothing after `--` is
/// touched. Returns the rest, the original position of each argument of the rest, and the ones taken.
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

/// The positional arguments in command-line order, the number-like ones put back where they stood.
fn in_command_line_order(
    matches: &ArgMatches,
    positions: &[usize],
    number_like: Vec<(usize, OsString)>,
) -> Vec<OsString> {
    let mut all = number_like;
    if let (Some(values), Some(indices)) = (matches.get_many::<OsString>(QUERY), matches.indices_of(QUERY)) {
        all.extend(
            indices
                .map(|i| positions.get(i).copied().unwrap_or(usize::MAX))
                .zip(values.cloned()),
        );
    }
    all.sort_by_key(|(position, _)| *position);
    all.into_iter().map(|(_, arg)| arg).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(argv: &[&str]) -> Args {
        match parse(std::iter::once("bs-errno").chain(argv.iter().copied())) {
            Ok(Request::Run(args)) => args,
            other => panic!("{argv:?}: {other:?}"),
        }
    }

    fn refused(argv: &[&str]) -> String {
        match parse(std::iter::once("bs-errno").chain(argv.iter().copied())) {
            Err(refusal) => {
                assert_eq!(refusal.status, FAILURE);
                refusal.message
            }
            other => panic!("{argv:?}: {other:?}"),
        }
    }

    #[test]
    fn typed_arguments() {
        let got = args(&["-0x2CA", "--json", "cannot_find_user", "--", "-714"]);
        assert_eq!(
            got.mode,
            Mode::LookUp(vec![
                Query::Code(-714),
                Query::Name("cannot_find_user".into()),
                Query::Code(-714)
            ])
        );
        assert_eq!(got.format, Format::Json);
        assert_eq!(got.table, Table::TODAY);
        assert_eq!(
            args(&["-l", "-c", "ZONE"]).mode,
            Mode::List {
                category: Some(Category::from_name("zone").unwrap())
            }
        );
        assert_eq!(
            args(&["--search", "Find User", "x"]).mode,
            Mode::Search {
                words: vec!["find".into(), "user".into(), "x".into()],
                category: None
            }
        );
        assert_eq!(
            args(&["-a"]).mode,
            Mode::Annotate {
                inputs: vec!["-".into()]
            }
        );
        assert!(args(&["--sdk", "2.7", "-a", "x.log"]).table.sdk_release().is_some());
    }

    #[test]
    fn help_and_version_are_shown_not_refused() {
        for flag in ["--help", "-V"] {
            assert!(matches!(parse(["bs-errno", flag]), Ok(Request::Show(_))), "{flag}");
        }
    }

    /// Any command line gets an answer or a refusal whose message holds no control character but line
    /// breaks (the property the fuzz target checks), over pseudo-random command lines.
    #[test]
    fn any_command_line_is_read_or_refused_cleanly() {
        let words: &[&str] = &[
            "-714",
            "-0x2CA",
            "-0x",
            "0xFFFFFFFF",
            "4294967296",
            "--json",
            "-j",
            "--list",
            "-l",
            "--category",
            "-c",
            "zone",
            "ZoNe",
            "--categories",
            "--search",
            "-s",
            "--sdk",
            "2.7.1.1",
            "2.x",
            "-a",
            "--annotate",
            "-",
            "--",
            "--help",
            "-V",
            "\u{1b}[31m",
            "\u{9b}",
            "\u{202e}",
            "",
            " ",
            "a b",
            "success",
            "-x",
            "--bogus",
            "=",
            "--sdk=",
            "-c=zone",
            "-lj",
            "-ajl",
        ];
        let mut seed = 3u64;
        let mut next = |n: usize| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((seed >> 33) % n as u64) as usize
        };
        for _ in 0..2_000 {
            let mut argv: Vec<OsString> = vec!["bs-errno".into()];
            for _ in 0..next(6) {
                argv.push(words[next(words.len())].into());
            }
            #[cfg(unix)]
            if next(10) == 0 {
                use std::os::unix::ffi::OsStringExt as _;
                argv.push(OsString::from_vec(vec![0xff, 0x1b, b'x']));
            }
            if let Err(refusal) = parse(argv.clone()) {
                assert_eq!(refusal.status, FAILURE);
                assert!(refusal.message.starts_with("error: "), "{argv:?}: {}", refusal.message);
                assert!(
                    !refusal.message.chars().any(|c| c.is_control() && c != '\n'),
                    "{argv:?}: {:?}",
                    refusal.message
                );
            }
        }
    }

    #[test]
    fn refusals_escape_what_they_repeat() {
        let message = refused(&["\u{1b}[31m", "--sdk", "x"]);
        assert!(message.starts_with("error: ") && message.ends_with('\n'), "{message}");
        assert!(!message.contains('\u{1b}'), "{message:?}");
        assert!(refused(&["--bogus\u{9b}"]).contains("\\u{009B}"));
        assert!(refused(&[]).contains("nothing to do"));
    }
}
