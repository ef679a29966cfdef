//! docs/cli.md names the escapes the command prints for control characters in user input: each one named
//! is the one printed. (The page's `$ bs-errno ...` examples, like every example of the documentation, run
//! in `cargo xtask test`: xtask/src/doc_examples.rs.)
#![cfg(unix)]

use crate::util::*;

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
