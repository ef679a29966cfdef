//! The documentation's command-line examples are real: each `$ command` of a ```console block (the README's
//! "Reading a log" section, docs/cli.md), run by sh with the built `bs-errno` first on PATH, prints exactly
//! the lines shown under it.
#![cfg(all(feature = "cli", unix))]

mod common;

use std::path::Path;
use std::process::Command;

use common::*;

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

/// Runs each example with sh, the binary first on PATH, and compares its standard output.
fn assert_examples_are_real(what: &str, examples: &[(String, Vec<String>)]) {
    let bin_dir = Path::new(BIN).parent().unwrap();
    let path = format!("{}:{}", bin_dir.display(), std::env::var("PATH").unwrap_or_default());
    for (command, expected) in examples {
        assert!(command.contains("bs-errno "), "{what}: {command}");
        let out = Command::new("sh")
            .arg("-c")
            .arg(command)
            .env("PATH", &path)
            .output()
            .unwrap();
        assert_eq!(&lines(&out), expected, "{what} example `{command}`");
    }
}

#[test]
fn readme_examples_are_real_output() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let start = readme
        .find("## Reading a log")
        .expect("README has no \"Reading a log\" section");
    let section = &readme[start..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |end| end + 3)];
    let examples = console_examples(section);
    assert!(examples.iter().all(|(command, _)| command.starts_with("bs-errno ")));
    assert!(examples.len() >= 3, "only {} examples found", examples.len());
    assert_examples_are_real("README", &examples);
}

#[test]
fn docs_cli_examples_are_real_output() {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/cli.md")).unwrap();
    let examples = console_examples(&doc);
    assert!(examples.len() >= 9, "only {} examples found", examples.len());
    assert!(
        examples
            .iter()
            .any(|(command, _)| command.contains("bs-errno -a --json"))
    );
    assert_examples_are_real("docs/cli.md", &examples);
}
