//! The `bs-errno` binary under hostile conditions: an output that is closed or full, arguments full of
//! control characters or far too long, and arguments that look like options but are meant as codes.

use std::process::Output;
#[cfg(target_os = "linux")]
use std::process::{Command, Stdio};

use crate::util::*;

/// Every way of asking for output.
#[cfg(target_os = "linux")]
const ANSWERS: &[&[&str]] = &[
    &["-714"],
    &["--help"],
    &["-h"],
    &["--version"],
    &["-V"],
    &["--list"],
    &["--categories"],
    &["--search", "user"],
    &["--json", "-714"],
];

// ---------------------------------------------------------------------------------------------------------
// An output that cannot be written exits 2, whatever was asked.

/// Runs `bs-errno ARGS` with standard output closed (`>&-`), through sh as a user would.
#[cfg(target_os = "linux")]
fn with_stdout_closed(args: &[&str], input: &str) -> Output {
    let mut child = Command::new("sh")
        .arg("-c")
        .arg("exec \"$0\" \"$@\" >&-")
        .arg(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write as _;
    // A command that does not read its input may have exited already.
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    child.wait_with_output().unwrap()
}

#[cfg(target_os = "linux")]
#[test]
fn a_closed_stdout_is_an_error_not_silence() {
    for args in ANSWERS.iter().copied().chain([&["-a"][..]]) {
        let out = with_stdout_closed(args, "rc=-714\n");
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert_eq!(out.stdout, b"");
        assert!(
            stderr(&out).contains("cannot write the output: standard output is closed"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    // With nothing to write, nothing is lost: the answer's own status.
    let out = with_stdout_closed(&["NO_SUCH_NAME"], "");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    // The same commands with standard output open succeed (the failure above is the closed output's).
    for args in ANSWERS {
        assert_status(&run(args), 0);
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_closed_stdin_is_reported_when_annotating() {
    let out = Command::new("sh")
        .arg("-c")
        .arg("exec \"$0\" -a <&-")
        .arg(BIN)
        .output()
        .unwrap();
    assert_status(&out, 2);
    assert!(
        stderr(&out).contains("cannot read standard input: it is closed"),
        "{}",
        stderr(&out)
    );
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_device_is_an_error() {
    let log = std::env::temp_dir().join(format!("bs-errno-full-{}.log", std::process::id()));
    std::fs::write(&log, "rc=-714\n").unwrap();
    let annotate: &[&str] = &["-a", log.to_str().unwrap()];
    for args in ANSWERS.iter().copied().chain([annotate]) {
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
        let out = Command::new(BIN).args(args).stdout(full).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("cannot write the output"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    let _ = std::fs::remove_file(&log);
}

// ---------------------------------------------------------------------------------------------------------
// Messages never echo control characters, and shorten what is long.

/// Standard error holds no control character but the line breaks of the message itself.
#[track_caller]
fn assert_clean(out: &Output) -> String {
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!err.is_empty());
    assert!(
        !err.chars().any(|c| c.is_control() && c != '\n'),
        "control character in {err:?}"
    );
    err
}

#[test]
fn control_characters_in_arguments_are_escaped() {
    let cases: &[(&[&str], i32, &str)] = &[
        (&["\u{1b}[31mRED"], 2, "'\\e[31mRED'"),
        (&["-714", "bad\u{7}bell"], 2, "'bad\\x07bell'"),
        (&["--\u{1b}[31m"], 2, "'--\\e[31m'"),
        (&["-\u{1b}"], 2, "\\e"),
        (&["--list", "--category", "\u{1b}[1mzone"], 2, "'\\e[1mzone'"),
        (&["--search", "\u{1b}[2Jqqqq"], 1, "'\\e[2jqqqq'"),
        (&["line\nbreak"], 2, "'line\\nbreak'"),
        (&["\u{9b}31m"], 2, "\\u{009B}31m"),
        (&["abc\u{202e}fed"], 2, "abc\\u{202E}fed"),
        (
            &["-a", "/nonexistent/\u{1b}]0;title\u{7}.log"],
            2,
            "'/nonexistent/\\e]0;title\\x07.log'",
        ),
    ];
    for (args, status, shown) in cases {
        let out = run(args);
        assert_status(&out, *status);
        let err = assert_clean(&out);
        assert!(err.contains(shown), "{args:?}: expected {shown} in\n{err}");
    }
}

#[cfg(unix)]
#[test]
fn invalid_utf8_in_arguments_is_shown_as_bytes() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let out = run(&[OsStr::from_bytes(b"\xff\x1b[31m")]);
    assert_status(&out, 2);
    let err = assert_clean(&out);
    assert!(err.contains("'\\xFF\\e[31m'") && err.contains("UTF-8"), "{err}");
    let out = run(&[OsStr::new("-a"), OsStr::from_bytes(b"/nonexistent/\xfe.log")]);
    assert_status(&out, 2);
    assert!(assert_clean(&out).contains("'/nonexistent/\\xFE.log'"));
}

#[test]
fn long_arguments_are_shortened_with_their_length() {
    let long = |prefix: &str, fill: char| format!("{prefix}{}", fill.to_string().repeat(100_000 - prefix.len()));
    let cases: Vec<(Vec<String>, i32)> = vec![
        (vec![long("", 'a')], 1),
        (vec![long("", '1')], 2),
        (vec![long("--", 'a')], 2),
        (vec![long("-", '7')], 2),
        (vec!["--search".into(), long("", 'q')], 1),
        (vec!["--list".into(), "--category".into(), long("", 'z')], 2),
        (vec!["-a".into(), long("/nonexistent/", 'f')], 2),
    ];
    for (args, status) in cases {
        let out = run(&args);
        assert_status(&out, status);
        let err = assert_clean(&out);
        assert!(
            err.len() < 1_000,
            "{} bytes of message for {}",
            err.len(),
            &args[0][..10]
        );
        assert!(err.contains("..."), "{err}");
        assert!(err.contains(" (100000 bytes)"), "{err}");
    }
}

// ---------------------------------------------------------------------------------------------------------
// Arguments that start like a negative number are codes, never options.

#[test]
fn number_like_arguments_get_a_message_about_the_number() {
    let cases: &[(&str, &str)] = &[
        (
            "-0x",
            "invalid value '-0x' for '[CODE|NAME]...': not a hexadecimal number",
        ),
        (
            "-714 -102",
            "invalid value '-714 -102' for '[CODE|NAME]...': neither a code nor a name, but several words",
        ),
        (
            "-1.5",
            "invalid value '-1.5' for '[CODE|NAME]...': not a decimal number",
        ),
        ("-0xZZ", "not a hexadecimal number"),
        ("-12abc", "not a decimal number"),
        ("-99999999999", "out of range"),
    ];
    for (arg, message) in cases {
        for args in [&[*arg][..], &["-714", arg], &[arg, "--json"]] {
            let out = run(args);
            assert_status(&out, 2);
            assert_eq!(stdout(&out), "");
            let err = stderr(&out);
            assert!(err.starts_with("error: "), "{args:?}: {err}");
            assert!(err.contains(message), "{args:?}: expected {message:?} in\n{err}");
            assert!(!err.contains("unexpected argument"), "{args:?}: {err}");
        }
    }
    // Real options still work next to them, and a dash followed by a letter is still an option.
    let rows = rows();
    let out = run(&["-0x2CA", "-j"]);
    assert_status(&out, 0);
    assert!(stdout(&out).contains(&format!("\"name\":\"{}\"", canonical_of(&rows, -714).name)));
    assert!(stderr(&run(&["-x714"])).contains("unexpected argument '-x'"));
}
