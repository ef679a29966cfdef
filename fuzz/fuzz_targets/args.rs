//! The command-line reader of `bs-errno-cli` over any argument vector (arguments are the input's pieces
//! between NUL bytes, any bytes at all): it never panics, and a refusal exits 2 with a message in which
//! user input is escaped (no control character but the line breaks of clap's layout, no Unicode direction
//! control) and shortened (no argument longer than 64 characters repeated whole).
#![no_main]

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;

use bs_errno_cli::args::{self, Mode, Request};
use libfuzzer_sys::fuzz_target;

/// Characters that could act on a terminal or reorder displayed text.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fuzz_target!(|bytes: &[u8]| {
    let mut argv = vec![OsString::from("bs-errno")];
    if !bytes.is_empty() {
        argv.extend(bytes.split(|&b| b == 0).map(|arg| OsString::from_vec(arg.to_vec())));
    }
    match args::parse(argv.clone()) {
        Err(refusal) => {
            assert_eq!(refusal.status, 2, "a refusal exits 2: {refusal:?}");
            let message = &refusal.message;
            assert!(message.ends_with('\n'), "{message:?}");
            if let Some(c) = message.chars().find(|&c| is_unsafe(c)) {
                panic!("unescaped {c:?} in the refusal {message:?} of {argv:?}");
            }
            for arg in &argv[1..] {
                let text = arg.to_string_lossy();
                if text.chars().count() > 64 {
                    assert!(
                        !message.contains(text.as_ref()),
                        "a long argument repeated whole: {message:?}"
                    );
                }
            }
        }
        Ok(Request::Show(text)) => assert!(!text.is_empty()),
        Ok(Request::Run(args)) => {
            if let Mode::Annotate { inputs } = &args.mode {
                assert!(!inputs.is_empty(), "annotate has at least one input");
            }
        }
    }
});
