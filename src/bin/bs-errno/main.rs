//! `bs-errno`: what a BioStar 2 Device SDK return code means, in the spirit of moreutils' `errno`.
//!
//! Every write goes through [`sink::Sink`], so an early-closed pipe (`bs-errno --list | head -1`) ends the
//! output quietly instead of panicking.

mod entry;
mod json;
mod query;
mod release;
mod sink;

use std::ffi::OsString;
use std::process::ExitCode;

use bs_errno::{Category, SdkRelease};
use clap::builder::PossibleValuesParser;
use clap::error::ErrorKind;
use clap::{Arg, ArgAction, ArgGroup, ArgMatches, Command};

use entry::Entry;
use query::Query;
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

Output: one line per answer, `NAME CODE CATEGORY DESCRIPTION`; only the description contains spaces.
An alias adds its status and replacement in parentheses; an unknown code is `UNKNOWN`, with the
category its numeric range implies.

Exit status: 0 when everything was found, 1 when any lookup, list or search found nothing,
2 for a usage error (or when the output cannot be written).";

fn command() -> Command {
    Command::new("bs-errno")
        .version(bs_errno::VERSION)
        .about("Explains the return codes of the Suprema BioStar 2 Device SDK (BS_Errno.h)")
        .long_about(
            "Explains the return codes of the Suprema BioStar 2 Device SDK (BS_Errno.h): name, code, \
             category and description of codes and macro names, every code at once (--list), the \
             categories (--categories) or a word search (--search).",
        )
        .after_help(EXAMPLES)
        .arg(
            Arg::new(QUERY)
                .value_name("CODE|NAME")
                .num_args(0..)
                .allow_negative_numbers(true)
                .help("Codes (-714, 0xFFFFFD36, 4294966582, -0x2CA) or macro names (BS_SDK_ERROR_CANNOT_FIND_USER, cannot_find_user)"),
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
        .arg(Arg::new("json").short('j').long("json").action(ArgAction::SetTrue).help("Answer with a JSON array (every mode)"))
        .group(ArgGroup::new("mode").args(["list", "categories", "search"]).multiple(false).conflicts_with(QUERY))
}

/// Takes negative hexadecimal arguments (`-0x2CA`) out of the command line before clap sees them (it
/// would read them as short options), remembering where each stood. Nothing after `--` is touched.
fn take_signed_hex(args: Vec<OsString>) -> (Vec<OsString>, Vec<usize>, Vec<(usize, String)>) {
    let mut kept = Vec::with_capacity(args.len());
    let mut positions = Vec::with_capacity(args.len());
    let mut taken = Vec::new();
    let mut options_end = false;
    for (i, arg) in args.into_iter().enumerate() {
        if i > 0 && !options_end {
            if arg == "--" {
                options_end = true;
            } else if let Some(text) = arg.to_str().filter(|text| query::is_signed_hex(text)) {
                taken.push((i, text.to_owned()));
                continue;
            }
        }
        positions.push(i);
        kept.push(arg);
    }
    (kept, positions, taken)
}

/// A usage error in clap's own format (`error: ...`, the usage line, a pointer to --help), exit status 2.
fn usage_error(cmd: &mut Command, kind: ErrorKind, message: impl std::fmt::Display) -> ! {
    cmd.error(kind, message).exit()
}

fn main() -> ExitCode {
    let mut cmd = command();
    let (args, positions, signed_hex) = take_signed_hex(std::env::args_os().collect());
    let matches = cmd.clone().get_matches_from(args);

    // The queries in command-line order, the signed hexadecimal ones put back where they stood.
    let mut raw: Vec<(usize, String)> = signed_hex;
    if let (Some(values), Some(indices)) = (matches.get_many::<String>(QUERY), matches.indices_of(QUERY)) {
        raw.extend(
            indices
                .map(|i| positions.get(i).copied().unwrap_or(usize::MAX))
                .zip(values.cloned()),
        );
    }
    raw.sort_by_key(|(position, _)| *position);
    let mut queries = Vec::with_capacity(raw.len());
    for (_, text) in &raw {
        match query::parse(text) {
            Ok(query) => queries.push(query),
            Err(why) => usage_error(
                &mut cmd,
                ErrorKind::ValueValidation,
                format!("invalid value '{text}' for '{QUERY_DISPLAY}': {why}"),
            ),
        }
    }

    let json = matches.get_flag("json");
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
    let release = matches.get_one::<String>("sdk").map(|text| match release::parse(text) {
        Ok(release) => release,
        Err(why) => usage_error(
            &mut cmd,
            ErrorKind::ValueValidation,
            format!("invalid value '{}' for '--sdk <VERSION>': {why}", text.escape_debug()),
        ),
    });
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
            "nothing to do: give a code or a name, or one of --list, --categories, --search",
        ),
        _ => look_up(&mut sink, &queries, json, release),
    };
    sink.finish(status)
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
            sink.note(&format!(
                "'{name}': no such name (tried {})",
                query::candidates(name).join(", ")
            ));
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
        sink.note(&format!("nothing matches every word of '{}'", words.join(" ")));
        return NOT_FOUND;
    }
    FOUND
}
