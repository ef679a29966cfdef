//! The documentation's command-line examples are real: each `$ command` of a ```console block in README.md
//! and docs/*.md that runs `bs-errno` is run by sh, with the built `bs-errno` first on PATH and standard
//! error into the same pipe as standard output (as a terminal shows both), and prints exactly the lines
//! shown under it.
#![cfg(unix)]

use std::path::Path;
use std::process::Command;

use crate::util::*;

/// The `$ command` lines of every ```console block of `text`, each with the lines shown under it. A block
/// may be indented (inside a list item); its lines lose that indentation.
fn console_examples(text: &str) -> Vec<(String, Vec<String>)> {
    let mut examples: Vec<(String, Vec<String>)> = Vec::new();
    let mut indent: Option<String> = None;
    for line in text.lines() {
        match &indent {
            None => {
                if let Some(prefix) = line.strip_suffix("```console") {
                    if prefix.trim().is_empty() {
                        indent = Some(prefix.to_owned());
                    }
                }
            }
            Some(prefix) => {
                let line = line.strip_prefix(prefix.as_str()).unwrap_or(line);
                if line.starts_with("```") {
                    indent = None;
                } else if let Some(command) = line.strip_prefix("$ ") {
                    examples.push((command.to_owned(), Vec::new()));
                } else {
                    examples
                        .last_mut()
                        .expect("output before any command")
                        .1
                        .push(line.to_owned());
                }
            }
        }
    }
    examples
}

/// The examples of one file that run the command.
fn examples_in(file: &Path) -> Vec<(String, Vec<String>)> {
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    console_examples(&text)
        .into_iter()
        .filter(|(command, _)| command.contains("bs-errno "))
        .collect()
}

/// Runs each example with sh, the binary first on PATH, and compares what it prints.
fn assert_examples_are_real(what: &str, examples: &[(String, Vec<String>)]) {
    let bin_dir = Path::new(BIN).parent().unwrap();
    let path = format!("{}:{}", bin_dir.display(), std::env::var("PATH").unwrap_or_default());
    for (command, expected) in examples {
        let out = Command::new("sh")
            .arg("-c")
            .arg(format!("exec 2>&1\n{command}"))
            .env("PATH", &path)
            .output()
            .unwrap();
        assert_eq!(&lines(&out), expected, "{what} example `{command}`");
    }
}

#[test]
fn readme_examples_are_real_output() {
    let examples = examples_in(&root().join("README.md"));
    assert!(examples.len() >= 3, "only {} examples found", examples.len());
    assert_examples_are_real("README.md", &examples);
}

#[test]
fn docs_examples_are_real_output() {
    let cli = examples_in(&root().join("docs/cli.md"));
    assert!(cli.len() >= 9, "only {} examples found in docs/cli.md", cli.len());
    assert!(cli.iter().any(|(command, _)| command.contains("bs-errno -a --json")));
    let mut files = 0;
    for entry in std::fs::read_dir(root().join("docs")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            let examples = examples_in(&path);
            files += usize::from(!examples.is_empty());
            assert_examples_are_real(&path.display().to_string(), &examples);
        }
    }
    assert!(files >= 2, "examples in {files} files of docs/");
}

/// The character an escape of docs/cli.md stands for: `\e`, `\n`, `\t`, `\xHH`, `\u{HHHH}`.
fn unescape(escape: &str) -> char {
    match escape {
        "\\e" => '\u{1b}',
        "\\n" => '\n',
        "\\t" => '\t',
        _ => {
            let hex = escape
                .strip_prefix("\\x")
                .or_else(|| escape.strip_prefix("\\u{").and_then(|rest| rest.strip_suffix('}')))
                .unwrap_or_else(|| panic!("not an escape: {escape}"));
            char::from_u32(u32::from_str_radix(hex, 16).unwrap()).unwrap()
        }
    }
}

#[test]
fn the_escapes_docs_cli_names_are_the_ones_printed() {
    use std::os::unix::ffi::OsStrExt as _;
    let doc = std::fs::read_to_string(root().join("docs/cli.md")).unwrap();
    let start = doc
        .find("control characters are escaped (")
        .expect("docs/cli.md names the escapes");
    let sentence = &doc[start..start + doc[start..].find("),").unwrap()];
    let escapes: Vec<&str> = sentence.split('`').skip(1).step_by(2).collect();
    assert!(escapes.len() >= 6, "{escapes:?}");
    for escape in escapes {
        let out = run(&[format!("x{}y", unescape(escape))]);
        assert_status(&out, 2);
        assert!(
            stderr(&out).contains(&format!("x{escape}y")),
            "{escape}: {}",
            stderr(&out)
        );
    }
    // Bytes that are not UTF-8.
    assert!(doc.contains("bytes that are not UTF-8 as `\\xFF`"));
    let out = run(&[std::ffi::OsStr::from_bytes(b"x\xffy")]);
    assert!(stderr(&out).contains("x\\xFFy"), "{}", stderr(&out));
}
