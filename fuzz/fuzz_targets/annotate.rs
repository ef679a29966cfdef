//! `--annotate` over arbitrary bytes: the line reader, the scanner, the annotator and both printers of the
//! `bs-errno-cli` library, checked against the invariants of docs/cli.md:
//!
//! - removing the appended annotations gives back the input byte for byte (each output line is its input
//!   line, then annotations ` [NAME (CODE): ...]`, then the input line's ending);
//! - every annotation names a code the table answers (a name of data/codes.tsv or data/history.tsv with that
//!   value), with that name's meaning, and holds no control character;
//! - the output does not depend on how the input arrives: one read, a byte per read, reads split at points
//!   drawn from the input, and the smallest read buffer (long lines in pieces) all give the same bytes;
//! - the JSON mode writes one JSON object per line, each describing a line the text mode annotated: its
//!   number, every occurrence at its offset with its text, and the same meanings in the same order.
//!
//! Input: byte 0 picks the table (below 0x80 today's, else the release at its value modulo the count),
//! byte 1 seeds the read splits, the rest is the log.
#![no_main]

use std::collections::HashSet;
use std::io::{self, Read};

use bs_errno::SdkRelease;
use bs_errno_cli::annotate::Annotator;
use bs_errno_cli::args::Format;
use bs_errno_cli::lines::MIN_CAPACITY;
use bs_errno_cli::printer;
use bs_errno_cli::table::Table;
use bs_errno_fuzz::reference;
use libfuzzer_sys::fuzz_target;

/// Gives its bytes in reads of the sizes `sizes` yields (cycling), whatever the caller asks for.
struct Chunked<'a> {
    data: &'a [u8],
    sizes: Vec<usize>,
    next: usize,
}

impl Read for Chunked<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let want = self.sizes[self.next % self.sizes.len()].max(1);
        self.next += 1;
        let n = want.min(buf.len()).min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

fn annotate(table: Table, format: Format, log: &[u8], sizes: Vec<usize>, capacity: Option<usize>) -> Vec<u8> {
    let mut annotator = Annotator::new(table);
    if let Some(capacity) = capacity {
        annotator = annotator.buffer_capacity(capacity);
    }
    let mut printer = printer::for_format(format, table);
    printer.begin_input("-");
    let mut out = Vec::new();
    let input = Chunked {
        data: log,
        sizes,
        next: 0,
    };
    annotator
        .annotate(input, printer.as_mut(), &mut out)
        .expect("a Vec never fails to take bytes, and the reader never fails");
    out
}

/// The lines of `bytes` as (content, ending): the ending is `\r\n`, `\n` or, for a last line without one,
/// empty.
fn lines(bytes: &[u8]) -> Vec<(&[u8], &[u8])> {
    let mut lines = Vec::new();
    let mut rest = bytes;
    while !rest.is_empty() {
        match rest.iter().position(|&b| b == b'\n') {
            Some(end) => {
                let cut = if end > 0 && rest[end - 1] == b'\r' {
                    end - 1
                } else {
                    end
                };
                lines.push((&rest[..cut], &rest[cut..=end]));
                rest = &rest[end + 1..];
            }
            None => {
                lines.push((rest, &rest[rest.len()..]));
                rest = &[];
            }
        }
    }
    lines
}

/// One appended annotation, parsed: ` [NAME (CODE): DESCRIPTION...]`.
#[derive(Debug, PartialEq, Eq)]
struct Annotation {
    name: String,
    code: i32,
    text: String,
}

/// The annotations that make up `added` (what follows an input line's content in the output), in order.
fn parse_annotations(added: &[u8]) -> Vec<Annotation> {
    let added = std::str::from_utf8(added).expect("annotations are ASCII table text");
    assert!(
        !added.chars().any(char::is_control),
        "a control character in annotations {added:?}"
    );
    let mut found = Vec::new();
    let mut rest = added;
    while !rest.is_empty() {
        let body = rest
            .strip_prefix(" [")
            .unwrap_or_else(|| panic!("not an annotation: {rest:?}"));
        let end = body
            .find(']')
            .unwrap_or_else(|| panic!("unterminated annotation: {rest:?}"));
        let text = &body[..end];
        let (name, after) = text.split_once(" (").expect("NAME (CODE)");
        let (code, _) = after.split_once("): ").expect("(CODE): ");
        found.push(Annotation {
            name: name.to_string(),
            code: code.parse().expect("CODE is an int"),
            text: text.to_string(),
        });
        rest = &body[end + 1..];
    }
    found
}

/// Whether `name` stands for `code` in some table: today's rows or any release's.
fn table_answers(name: &str, code: i32) -> bool {
    let reference = reference();
    reference
        .data
        .rows
        .iter()
        .any(|row| row.name == name && row.code == code)
        || reference
            .history
            .rows
            .iter()
            .any(|row| row.name == name && row.value == code)
}

/// Checks the text output against the input; returns the annotations of each input line (by index).
fn check_text(log: &[u8], out: &[u8]) -> Vec<Vec<Annotation>> {
    let input_lines = lines(log);
    let output_lines = lines(out);
    assert_eq!(
        input_lines.len(),
        output_lines.len(),
        "the output has another number of lines"
    );
    let mut annotated = Vec::new();
    for ((content, ending), (written, written_ending)) in input_lines.iter().zip(&output_lines) {
        // An annotation holds no line break, so an output line is its input line, then annotations.
        let written_all = [*written, *written_ending].concat();
        assert!(
            written_all.starts_with(content) && written_all.ends_with(ending),
            "an input line did not come out as it was: {:?} -> {:?}",
            String::from_utf8_lossy(content),
            String::from_utf8_lossy(&written_all)
        );
        let added = &written_all[content.len()..written_all.len() - ending.len()];
        let annotations = parse_annotations(added);
        let mut seen = HashSet::new();
        for annotation in &annotations {
            assert!(
                table_answers(&annotation.name, annotation.code),
                "{annotation:?}: no such code"
            );
            // The name's own meaning comes first (remarks may follow it).
            let meaning = reference().history.description_of(&annotation.name);
            let head = format!("{} ({}): {meaning}", annotation.name, annotation.code);
            assert!(
                annotation.text.starts_with(&head),
                "{annotation:?} does not start {head:?}"
            );
            assert!(
                seen.insert(annotation.text.clone()),
                "a meaning annotated twice in a line: {annotation:?}"
            );
        }
        annotated.push(annotations);
    }
    annotated
}

/// Checks the JSON output: JSON Lines, one object per line the text mode annotated, agreeing with it.
fn check_json(log: &[u8], out: &[u8], annotated: &[Vec<Annotation>]) {
    let input_lines = lines(log);
    let text = std::str::from_utf8(out).expect("JSON is UTF-8");
    let mut objects = Vec::new();
    for line in text.lines() {
        let object: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
        objects.push(object);
    }
    let with_codes: Vec<usize> = (0..annotated.len()).filter(|&i| !annotated[i].is_empty()).collect();
    assert_eq!(
        objects.len(),
        with_codes.len(),
        "JSON objects and annotated lines differ in number"
    );
    for (object, &index) in objects.iter().zip(&with_codes) {
        assert_eq!(object["file"], "-");
        assert_eq!(object["line"], index + 1, "{object}");
        let content = input_lines[index].0;
        let mut meanings: Vec<(String, i64)> = Vec::new();
        for code in object["codes"].as_array().expect("codes is an array") {
            let offset = code["offset"].as_u64().expect("offset") as usize;
            let token = code["text"].as_str().expect("text");
            assert_eq!(
                content.get(offset..offset + token.len()),
                Some(token.as_bytes()),
                "{code}"
            );
            let name = code["name"].as_str().expect("name").to_string();
            let value = code["code"].as_i64().expect("code");
            if !meanings.contains(&(name.clone(), value)) {
                meanings.push((name, value));
            }
        }
        let text_meanings: Vec<(String, i64)> = annotated[index]
            .iter()
            .map(|a| (a.name.clone(), i64::from(a.code)))
            .collect();
        assert_eq!(
            meanings,
            text_meanings,
            "JSON and text name other meanings for line {}",
            index + 1
        );
    }
}

fuzz_target!(init: { reference(); }, |bytes: &[u8]| {
    let [selector, seed, log @ ..] = bytes else {
        return;
    };
    let table = if *selector < 0x80 {
        Table::TODAY
    } else {
        let release = SdkRelease::ALL[usize::from(*selector) % SdkRelease::COUNT];
        Table::for_sdk_version(release.as_str()).expect("a release's version reads")
    };
    // Read sizes drawn from the seed byte: 1 to 64 bytes.
    let mut state = u32::from(*seed) | 0x100;
    let random_sizes: Vec<usize> = (0..16)
        .map(|_| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            1 + (state >> 16) as usize % 64
        })
        .collect();

    let whole = annotate(table, Format::Text, log, vec![usize::MAX], None);
    let annotated = check_text(log, &whole);
    for (sizes, capacity) in [
        (vec![1], None),
        (random_sizes.clone(), None),
        (vec![usize::MAX], Some(MIN_CAPACITY)),
        (random_sizes.clone(), Some(MIN_CAPACITY)),
    ] {
        let split = annotate(table, Format::Text, log, sizes.clone(), capacity);
        assert!(split == whole, "reads of {sizes:?} with buffer {capacity:?} changed the output");
    }

    let json = annotate(table, Format::Json, log, vec![usize::MAX], None);
    check_json(log, &json, &annotated);
    let json_split = annotate(table, Format::Json, log, random_sizes, Some(MIN_CAPACITY));
    assert!(json_split == json, "split reads changed the JSON output");
});
