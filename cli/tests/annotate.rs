//! `bs-errno --annotate`, run as a user runs it: every recognition rule with cases that count and cases
//! that do not, byte-exact pass-through, the JSON form, streaming, several inputs and their errors.
//!
//! Expected meanings come from data/codes.tsv, read by the data crate (bs-errno-data) independently of the library;
//! expected offsets and line numbers from the way each test builds its input.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::util::*;
use serde_json::Value;

/// ` [NAME (CODE): DESCRIPTION]` and the remarks of the one-line form, before the `]`.
fn expected_annotation(rows: &[Row], row: &Row) -> String {
    format!(
        " [{} ({}): {}{}]",
        row.name,
        row.code,
        meaning(rows, row),
        expected_remarks(rows, row)
    )
}

fn canonical(rows: &[Row], code: i32) -> String {
    expected_annotation(rows, canonical_of(rows, code))
}

/// A file in a fresh directory under the target directory, removed with it when the test passes.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("bs-errno-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn file(&self, name: &str, contents: &[u8]) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, contents).unwrap();
        path.to_str().unwrap().to_owned()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// One code found: line, offset in the line, text, code, name.
type Occurrence = (u64, u64, String, i64, String);

/// The NDJSON objects of `--annotate --json`.
fn objects(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

/// Every code found, from `--annotate --json`.
fn occurrences(out: &Output) -> Vec<Occurrence> {
    let mut found = Vec::new();
    for object in objects(out) {
        for code in object["codes"].as_array().unwrap() {
            found.push((
                object["line"].as_u64().unwrap(),
                code["offset"].as_u64().unwrap(),
                code["text"].as_str().unwrap().to_owned(),
                code["code"].as_i64().unwrap(),
                code["name"].as_str().unwrap().to_owned(),
            ));
        }
    }
    found
}

// ---------------------------------------------------------------------------------------------------------
// The output form.

#[test]
fn lines_pass_through_with_their_meanings_appended() {
    let rows = rows();
    let input = "2026-11-25 03:12:44 [INFO] connect rc=-102\n\
                 no code here: 2026-11-25 A-714 -0.5 -1000x rc=1 status 13\n\
                 user lookup failed: -714 (-714) again\n\
                 old name BS_SDK_ERROR_SET_FIRE_ALARM, value -1208\n\
                 unsigned 4294967194, hex 0xFFFFFD36, lower 0xfffffd36\n\
                 \n\
                 last line without a newline: -714";
    let expected = format!(
        "2026-11-25 03:12:44 [INFO] connect rc=-102{}\n\
         no code here: 2026-11-25 A-714 -0.5 -1000x rc=1 status 13\n\
         user lookup failed: -714 (-714) again{}\n\
         old name BS_SDK_ERROR_SET_FIRE_ALARM, value -1208{}{}\n\
         unsigned 4294967194, hex 0xFFFFFD36, lower 0xfffffd36{}{}\n\
         \n\
         last line without a newline: -714{}",
        canonical(&rows, -102),
        canonical(&rows, -714),
        expected_annotation(&rows, row_named(&rows, "BS_SDK_ERROR_SET_FIRE_ALARM")),
        canonical(&rows, -1208),
        canonical(&rows, -102),
        canonical(&rows, -714),
        canonical(&rows, -714),
    );
    for args in [&["--annotate"][..], &["-a"], &["-a", "-"]] {
        let out = run_with_input(args, input.as_bytes());
        assert_status(&out, 0);
        assert_eq!(stderr(&out), "");
        assert_eq!(stdout(&out), expected, "{args:?}");
    }
    // The documented example.
    assert_eq!(
        canonical(&rows, -714),
        " [BS_SDK_ERROR_CANNOT_FIND_USER (-714): Cannot find user.]"
    );
}

#[test]
fn every_code_and_name_of_the_table_in_every_form() {
    let rows = rows();
    let mut input = String::new();
    let mut expected = String::new();
    for row in &rows {
        let line = format!("x {} y", row.name);
        expected += &format!("{line}{}\n", expected_annotation(&rows, row));
        input += &format!("{line}\n");
        if row.is_alias() {
            continue;
        }
        let code = row.code;
        let forms = if code < 0 {
            vec![
                code.to_string(),
                (code as u32).to_string(),
                format!("0x{:08X}", code as u32),
                format!("0x{:08x}", code as u32),
            ]
        } else {
            vec![]
        };
        for form in forms {
            let line = format!("rc={form}");
            expected += &format!("{line}{}\n", canonical(&rows, code));
            input += &format!("{line}\n");
        }
        if code > 0 {
            // A success code as a number is never taken for a code.
            let line = format!("rc={code} ({code}) -> {code}");
            expected += &format!("{line}\n");
            input += &format!("{line}\n");
        }
    }
    let out = run_with_input(&["-a"], input.as_bytes());
    assert_status(&out, 0);
    let got = stdout(&out);
    for (got, want) in got.lines().zip(expected.lines()) {
        assert_eq!(got, want);
    }
    assert_eq!(got, expected);
}

/// A character that could act on a terminal: C0 and C1 controls, DEL, and the Unicode direction controls
/// that reorder displayed text.
fn acts_on_a_terminal(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Splits annotated output into lines (after `\n`), each with its ending (`\n`, `\r\n` or none).
fn split_lines(bytes: &[u8]) -> Vec<(&[u8], &[u8])> {
    let mut out = Vec::new();
    for line in bytes.split_inclusive(|&b| b == b'\n') {
        let ending = if line.ends_with(b"\r\n") {
            2
        } else {
            usize::from(line.ends_with(b"\n"))
        };
        out.push(line.split_at(line.len() - ending));
    }
    out
}

#[test]
fn the_added_text_has_no_control_characters_whatever_the_input() {
    let rows = rows();
    // Hostile bytes next to codes and names: ESC sequences, NUL, C1 controls (as UTF-8 and as raw bytes),
    // bidi overrides and isolates, invalid UTF-8, a lone CR; each placed so that the code beside it still
    // counts (a space between), or right against it.
    let hostile: &[&[u8]] = &[
        b"\x1b[31m",
        b"\x1b]0;title\x07",
        b"\x00",
        b"\x07\x08\x7f",
        "\u{9b}31m".as_bytes(),
        "\u{85}".as_bytes(),
        b"\x9b",
        b"\x85",
        "\u{202e}".as_bytes(),
        "\u{2066}\u{2069}".as_bytes(),
        "\u{61c}\u{200f}".as_bytes(),
        b"\xff\xfe",
        b"\xc3\x28",
        b"\xf0\x9f",
        b"\r",
        b"\t",
    ];
    let mut tokens: Vec<String> = rows.iter().map(|r| r.name.clone()).collect();
    tokens.extend(["-714", "0xFFFFFD36", "4294967194", "-1208", "-1"].map(str::to_owned));
    let mut rng = Lcg(7);
    let mut input = Vec::new();
    for n in 0..2_000 {
        let mut line = Vec::new();
        for _ in 0..1 + rng.below(4) {
            line.extend_from_slice(hostile[rng.below(hostile.len())]);
            line.extend_from_slice(if rng.below(2) == 0 { b" " } else { b"" });
            line.extend_from_slice(tokens[rng.below(tokens.len())].as_bytes());
            line.extend_from_slice(if rng.below(2) == 0 { b" " } else { b"" });
            line.extend_from_slice(hostile[rng.below(hostile.len())]);
        }
        input.extend_from_slice(&line);
        input.extend_from_slice([&b"\n"[..], b"\r\n"][n % 2]);
    }
    for args in [&["-a"][..], &["-a", "--sdk", "2.7.1.1"]] {
        let out = run_with_input(args, &input);
        assert_status(&out, 0);
        let given = split_lines(&input);
        let made = split_lines(&out.stdout);
        assert_eq!(made.len(), given.len());
        let mut annotated = 0;
        for ((line, ending), (result, result_ending)) in given.iter().zip(&made) {
            assert_eq!(ending, result_ending);
            let added = result
                .strip_prefix(*line)
                .unwrap_or_else(|| panic!("{:?} does not start with its line", String::from_utf8_lossy(result)));
            if added.is_empty() {
                continue;
            }
            annotated += 1;
            let added = std::str::from_utf8(added).expect("the added text is UTF-8");
            assert!(!added.chars().any(acts_on_a_terminal), "{added:?}");
            assert!(added.starts_with(" [BS_SDK_") && added.ends_with(']'), "{added:?}");
        }
        // Most lines hold a code that stands as a token (the rest have every code joined to a neighbour).
        assert!(annotated > given.len() / 2, "{args:?}: {annotated} of {}", given.len());
    }
}

// ---------------------------------------------------------------------------------------------------------
// What counts as a code.

/// Each line with the (offset, text, code) expected in it.
type Case = (&'static str, &'static [(u64, &'static str, i64)]);

const CODES: &[Case] = &[
    // Negative decimals that stand as a whole token.
    ("rc=-102", &[(3, "-102", -102)]),
    ("failed: -714", &[(8, "-714", -714)]),
    ("(-304)", &[(1, "-304", -304)]),
    ("-714", &[(0, "-714", -714)]),
    ("error -714.", &[(6, "-714", -714)]),
    ("codes -714,-102;", &[(6, "-714", -714), (11, "-102", -102)]),
    ("tab\t-714\tcr\r", &[(4, "-714", -714)]),
    (
        "'-714' \"-1\" [-1208]",
        &[(1, "-714", -714), (8, "-1", -1), (13, "-1208", -1208)],
    ),
    ("é rc=-714", &[(6, "-714", -714)]),
    // The unsigned 32-bit forms of a negative code.
    ("result 4294967194", &[(7, "4294967194", -102)]),
    ("ret=0xFFFFFF9A", &[(4, "0xFFFFFF9A", -102)]),
    ("ret=0xffffff9a", &[(4, "0xffffff9a", -102)]),
    ("ret=0XFFFFFD36.", &[(4, "0XFFFFFD36", -714)]),
    // Names and aliases.
    (
        "BS_SDK_ERROR_CANNOT_FIND_USER",
        &[(0, "BS_SDK_ERROR_CANNOT_FIND_USER", -714)],
    ),
    (
        "(BS_SDK_ERROR_SET_FIRE_ALARM)",
        &[(1, "BS_SDK_ERROR_SET_FIRE_ALARM", -1208)],
    ),
    (
        "-BS_SDK_ERROR_NO_FINGER_DETECTED:",
        &[(1, "BS_SDK_ERROR_NO_FINGER_DETECTED", -304)],
    ),
    ("ok=BS_SDK_SUCCESS", &[(3, "BS_SDK_SUCCESS", 1)]),
];

const NOT_CODES: &[&str] = &[
    // Numbers inside larger tokens.
    "2026-11-25",
    "A-714",
    "x_-714",
    "-0.5",
    "-714.5",
    "-1000x",
    "-714abc",
    "--714",
    "+-714",
    "-1,000",
    "-12:30",
    "-714-1",
    "é-714",
    "-714é",
    "v1.-714",
    // Not a code's number: leading zeros, zero, unknown values, out of range.
    "-0714",
    "-0",
    "-799",
    "-2147483648",
    "-99999999999",
    // Positive numbers, including the success codes.
    "rc=1",
    "status 13",
    "+714",
    "714",
    "2147483647",
    "0x0000000D",
    "0x7FFFFFFF",
    // Unsigned forms: unknown, padded, too long, inside tokens, signed.
    "4294966497",
    "0xFFFFFCE1",
    "04294967194",
    "42949671940",
    "x4294967194",
    "4294967194x",
    "-4294967194",
    "0xFFFFFF9",
    "0x0FFFFFF9A",
    "0xFFFFFF9AB",
    "A0xFFFFFF9A",
    "-0xFFFFFF9A",
    // Names: other case, inside identifiers, unknown.
    "bs_sdk_error_cannot_find_user",
    "XBS_SDK_ERROR_CANNOT_FIND_USER",
    "BS_SDK_ERROR_CANNOT_FIND_USERS",
    "BS_SDK_ERROR_CANNOT_FIND_USER_2",
    "BS_SDK_ERROR_NO_SUCH_THING",
    "BS_SDK_",
];

#[test]
fn each_rule_with_cases_that_count_and_cases_that_do_not() {
    let rows = rows();
    let mut input = String::new();
    let mut expected = Vec::new();
    for (n, line) in NOT_CODES.iter().enumerate() {
        input += &format!("{line}\n");
        assert!(!line.contains('\n'), "{n}");
    }
    for (i, (line, codes)) in CODES.iter().enumerate() {
        input += &format!("{line}\n");
        let number = (NOT_CODES.len() + i + 1) as u64;
        for (offset, text, code) in codes.iter() {
            let name = if text.starts_with("BS_SDK_") {
                (*text).to_owned()
            } else {
                canonical_of(&rows, *code as i32).name.clone()
            };
            expected.push((number, *offset, (*text).to_owned(), *code, name));
        }
    }
    let out = run_with_input(&["-a", "--json"], input.as_bytes());
    assert_status(&out, 0);
    assert_eq!(occurrences(&out), expected);
    // The same cases in text mode: exactly the lines with codes change.
    let out = run_with_input(&["-a"], input.as_bytes());
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(&lines[..NOT_CODES.len()], NOT_CODES);
    for (line, (case, _)) in lines[NOT_CODES.len()..].iter().zip(CODES) {
        let case = case.trim_end_matches('\r');
        assert!(line.starts_with(case) && line.len() > case.len(), "{line:?}");
    }
}

// ---------------------------------------------------------------------------------------------------------
// JSON.

#[test]
fn json_objects_name_the_file_line_and_each_code() {
    let rows = rows();
    let dir = TempDir::new("json");
    let input = b"first\r\n\xff\xfe invalid UTF-8 then rc=-714\nnothing\n\
                  BS_SDK_ERROR_SET_FIRE_ALARM x -714 y 0xFFFFFD36\n-1";
    let path = dir.file("app.log", input);
    for (args, file) in [
        (vec!["-a", "--json", path.as_str()], path.as_str()),
        (vec!["--json", "-a"], "-"),
    ] {
        let out = run_with_input(&args, input);
        assert_status(&out, 0);
        assert_eq!(stderr(&out), "");
        let objects = objects(&out);
        assert_eq!(objects.len(), 3, "{}", stdout(&out));
        for object in &objects {
            let keys: Vec<&str> = object.as_object().unwrap().keys().map(String::as_str).collect();
            assert_eq!(keys, ["codes", "file", "line"]);
            assert_eq!(object["file"], file);
            for code in object["codes"].as_array().unwrap() {
                let mut keys: Vec<&str> = code.as_object().unwrap().keys().map(String::as_str).collect();
                keys.sort();
                assert_eq!(
                    keys,
                    ["alias_of", "category", "code", "description", "name", "offset", "text"]
                );
                let name = code["name"].as_str().unwrap();
                let row = row_named(&rows, name);
                assert_eq!(code["code"], row.code);
                assert_eq!(code["category"], row.category.as_str());
                assert_eq!(code["description"], meaning(&rows, row).as_str());
                assert_eq!(
                    code["alias_of"],
                    row.alias_of.as_deref().map_or(Value::Null, Value::from)
                );
            }
        }
        assert_eq!(
            occurrences(&out),
            [
                (
                    2,
                    25,
                    "-714".to_owned(),
                    -714,
                    "BS_SDK_ERROR_CANNOT_FIND_USER".to_owned()
                ),
                (
                    4,
                    0,
                    "BS_SDK_ERROR_SET_FIRE_ALARM".to_owned(),
                    -1208,
                    "BS_SDK_ERROR_SET_FIRE_ALARM".to_owned()
                ),
                (
                    4,
                    30,
                    "-714".to_owned(),
                    -714,
                    "BS_SDK_ERROR_CANNOT_FIND_USER".to_owned()
                ),
                (
                    4,
                    37,
                    "0xFFFFFD36".to_owned(),
                    -714,
                    "BS_SDK_ERROR_CANNOT_FIND_USER".to_owned()
                ),
                (5, 0, "-1".to_owned(), -1, "BS_SDK_ERROR_FROM_DEVICE_DRIVER".to_owned()),
            ]
        );
    }
    // Nothing found: no output at all.
    let out = run_with_input(&["-a", "--json"], b"plain\n2026-11-25\n");
    assert_status(&out, 0);
    assert_eq!(out.stdout, b"");
}

// ---------------------------------------------------------------------------------------------------------
// Byte-exact pass-through, whatever the input.

/// A deterministic generator, so that a failure can be reproduced.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// An input of many lines, some of them far longer than any read buffer, made of pieces whose meaning is
/// known; and what `-a` and `-a --json` must make of it.
fn generated_log(seed: u64, lines: usize, long_every: usize) -> (Vec<u8>, Vec<u8>, Vec<Occurrence>) {
    let rows = rows();
    let name_of = |code: i32| canonical_of(&rows, code).name.clone();
    let pieces: &[(&[u8], Option<i32>)] = &[
        (b"-714", Some(-714)),
        (b"0xFFFFFD36", Some(-714)),
        (b"4294967194", Some(-102)),
        (b"(-1208)", Some(-1208)),
        (b"BS_SDK_ERROR_CANNOT_FIND_USER", Some(-714)),
        (b"2026-11-25", None),
        (b"A-714", None),
        (b"-0.5", None),
        (b"rc=1", None),
        (b"\xff\xfe\x00\x1b[31m", None),
        (b"\r", None),
        (b"\xc3\xa9t\xc3\xa9", None),
    ];
    let mut rng = Lcg(seed);
    let (mut input, mut text, mut found) = (Vec::new(), Vec::new(), Vec::new());
    for number in 1..=lines as u64 {
        let mut line: Vec<u8> = Vec::new();
        let mut meanings: Vec<i32> = Vec::new();
        let long = number as usize % long_every == 0;
        let target = if long {
            270_000 + rng.below(400_000)
        } else {
            rng.below(200)
        };
        while line.len() < target {
            // Filler, then a piece, separated by spaces; dense in long lines, so that wherever a line is
            // cut into pieces, some cuts fall inside a token.
            let filler = rng.below(if long { 24 } else { 400 });
            line.extend(std::iter::repeat_n(b'x', filler));
            line.push(b' ');
            let (bytes, code) = pieces[rng.below(pieces.len())];
            if let Some(code) = code {
                let start = if bytes[0] == b'(' { line.len() + 1 } else { line.len() };
                let token = if bytes[0] == b'(' {
                    &bytes[1..bytes.len() - 1]
                } else {
                    bytes
                };
                let token = String::from_utf8(token.to_vec()).unwrap();
                let name = if token.starts_with("BS_SDK_") {
                    token.clone()
                } else {
                    name_of(code)
                };
                found.push((number, start as u64, token, i64::from(code), name));
                if !meanings.contains(&code) {
                    meanings.push(code);
                }
            }
            line.extend_from_slice(bytes);
            line.push(b' ');
        }
        let last = number as usize == lines;
        let ending: &[u8] = match (last, rng.below(3)) {
            (true, _) => b"",
            (false, 0) => b"\r\n",
            (false, _) => b"\n",
        };
        input.extend_from_slice(&line);
        input.extend_from_slice(ending);
        text.extend_from_slice(&line);
        for code in meanings {
            text.extend_from_slice(canonical(&rows, code).as_bytes());
        }
        text.extend_from_slice(ending);
    }
    (input, text, found)
}

#[test]
fn bytes_pass_through_unchanged_around_every_buffer_boundary() {
    let dir = TempDir::new("bytes");
    for seed in 1..=2 {
        let (input, expected_text, expected_codes) = generated_log(seed, 300, 60);
        assert!(input.len() > 1_000_000, "{}", input.len());
        let path = dir.file("log", &input);
        // A regular file (read at full speed) and a pipe (read as it comes) must give the same bytes.
        for out in [run_with_input(&["-a", &path], b""), run_with_input(&["-a"], &input)] {
            assert_status(&out, 0);
            assert_eq!(stderr(&out), "");
            assert!(out.stdout == expected_text, "seed {seed}: text differs");
        }
        for out in [
            run_with_input(&["-a", "--json", &path], b""),
            run_with_input(&["-a", "--json"], &input),
        ] {
            assert_status(&out, 0);
            assert_eq!(occurrences(&out), expected_codes, "seed {seed}");
        }
    }
}

#[test]
fn odd_inputs_pass_through() {
    let rows = rows();
    let cases: &[(&[u8], String)] = &[
        (b"", String::new()),
        (b"\n", "\n".to_owned()),
        (b"\n\n\r\n", "\n\n\r\n".to_owned()),
        (b"no newline", "no newline".to_owned()),
        (b"-714", format!("-714{}", canonical(&rows, -714))),
        (b"-714\r", format!("-714\r{}", canonical(&rows, -714))),
        (b"-714\r\n", format!("-714{}\r\n", canonical(&rows, -714))),
        (b"-714\r\r\n", format!("-714\r{}\r\n", canonical(&rows, -714))),
        (
            b"a\rb -714 c\rd\n",
            format!("a\rb -714 c\rd{}\n", canonical(&rows, -714)),
        ),
        (b"\x00-714\x00\n", format!("\x00-714\x00{}\n", canonical(&rows, -714))),
    ];
    for (input, expected) in cases {
        let out = run_with_input(&["-a"], input);
        assert_status(&out, 0);
        assert_eq!(out.stdout, expected.as_bytes(), "{:?}", String::from_utf8_lossy(input));
    }
    // Invalid UTF-8 stays as it is, codes next to it are still found.
    let out = run_with_input(&["-a"], b"\xff-714 \xc3\x28 rc=-714 \xf0\x9f\n");
    let mut expected = b"\xff-714 \xc3\x28 rc=-714 \xf0\x9f".to_vec();
    expected.extend_from_slice(canonical(&rows, -714).as_bytes());
    expected.push(b'\n');
    assert_eq!(out.stdout, expected);
}

// ---------------------------------------------------------------------------------------------------------
// Streaming, several inputs, errors.

/// The next line from a child's output, or a failure after a timeout (never a hanging test).
fn next_line(lines: &mpsc::Receiver<String>, child: &mut Child) -> String {
    match lines.recv_timeout(Duration::from_secs(20)) {
        Ok(line) => line,
        Err(e) => {
            let _ = child.kill();
            panic!("no line from bs-errno -a within 20 s ({e}): the output is not streamed")
        }
    }
}

#[test]
fn each_line_comes_out_as_soon_as_it_arrives() {
    let rows = rows();
    let mut child = Command::new(BIN)
        .arg("-a")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (send, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if send.send(line).is_err() {
                break;
            }
        }
    });
    stdin.write_all(b"12:00 connect rc=-102\n").unwrap();
    stdin.flush().unwrap();
    assert_eq!(
        next_line(&lines, &mut child),
        format!("12:00 connect rc=-102{}", canonical(&rows, -102))
    );
    stdin.write_all(b"12:01 plain\n12:02 failed: -714\n").unwrap();
    stdin.flush().unwrap();
    assert_eq!(next_line(&lines, &mut child), "12:01 plain");
    assert_eq!(
        next_line(&lines, &mut child),
        format!("12:02 failed: -714{}", canonical(&rows, -714))
    );
    drop(stdin);
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0));
    assert!(
        lines.recv_timeout(Duration::from_secs(20)).is_err(),
        "nothing after the end"
    );
}

#[test]
fn several_inputs_in_order_and_an_unreadable_one_is_reported() {
    let rows = rows();
    let dir = TempDir::new("files");
    let first = dir.file("first.log", b"one -714\nno newline at the end");
    let second = dir.file("second.log", b"two 0xFFFFFF9A\n");
    let missing = dir.0.join("missing.log").to_str().unwrap().to_owned();
    let out = run_with_input(&["-a", &first, "-", &missing, &second], b"from stdin -1\n");
    assert_status(&out, 2);
    assert_eq!(
        stdout(&out),
        format!(
            "one -714{}\nno newline at the endfrom stdin -1{}\ntwo 0xFFFFFF9A{}\n",
            canonical(&rows, -714),
            canonical(&rows, -1),
            canonical(&rows, -102)
        )
    );
    let err = stderr(&out);
    assert!(
        err.starts_with("bs-errno: cannot read '") && err.contains("missing.log'"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    // A directory cannot be read either.
    let dir_path = dir.0.to_str().unwrap().to_owned();
    let out = run_with_input(&["-a", &dir_path], b"");
    assert_status(&out, 2);
    assert!(stderr(&out).contains("cannot read"), "{}", stderr(&out));
    // Line numbers start again with each input.
    let out = run_with_input(&["-a", "--json", &second, "-"], b"x\n-714\n");
    let found: Vec<(String, u64)> = objects(&out)
        .iter()
        .map(|o| (o["file"].as_str().unwrap().to_owned(), o["line"].as_u64().unwrap()))
        .collect();
    assert_eq!(found, [(second.clone(), 1), ("-".to_owned(), 2)]);
}

#[test]
fn a_reader_that_goes_away_ends_the_filter_quietly() {
    let line = b"2026-11-25 rc=-714 and some more text to fill the pipe\n";
    let input: Vec<u8> = line.iter().copied().cycle().take(line.len() * 200_000).collect();
    let dir = TempDir::new("head");
    let path = dir.file("big.log", &input);
    let mut child = Command::new(BIN)
        .args(["-a", &path])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 10];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(&first, b"2026-11-25");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn annotate_works_with_json_only() {
    for args in [
        &["-a", "--list"][..],
        &["-a", "--categories"],
        &["-a", "--search", "user"],
        &["-a", "--category", "zone"],
    ] {
        let out = run_with_input(args, b"");
        assert_status(&out, 2);
        assert_eq!(stdout(&out), "");
        assert!(
            stderr(&out).contains("cannot be used with"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
}
