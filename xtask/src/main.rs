//! The project's tasks:
//! - `cargo xtask build`: build everything (Rust, the C libraries, tests and examples, the Python wheel);
//! - `cargo xtask test`: run every test (Rust, C, Python);
//! - `cargo xtask dist`: every target's release archive and wheel, and SHA256SUMS, in build/dist/;
//! - `cargo xtask generate`: rewrite every generated file from data/;
//! - `cargo xtask check`: exit non-zero, naming each stale file, when a checked-in copy differs;
//! - `cargo xtask doc-examples [PAGE]...`: run the documentation's examples again (`test` runs them too);
//! - `cargo xtask measure [--runs N] [--smoke] [FIGURE]...`: the figures of docs/performance.md, with their
//!   spread (a benchmark, not a test).

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = xtask::project_root();
    match args.first().map(String::as_str) {
        Some("generate") => match xtask::generate::generate_all(&root) {
            Ok(written) => {
                for path in written {
                    println!("wrote {}", path.display());
                }
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("xtask generate: {e}");
                ExitCode::FAILURE
            }
        },
        Some("check") => match xtask::generate::stale_files(&root) {
            Ok(stale) if stale.is_empty() => {
                println!("all generated files are current");
                ExitCode::SUCCESS
            }
            Ok(stale) => {
                for path in stale {
                    eprintln!("stale: {} (run `cargo xtask generate`)", path.display());
                }
                ExitCode::FAILURE
            }
            Err(e) => {
                eprintln!("xtask check: {e}");
                ExitCode::FAILURE
            }
        },
        Some("dist") => match xtask::dist::dist(&root) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("xtask dist: {e}");
                ExitCode::FAILURE
            }
        },
        Some("measure") => match xtask::measure::Options::parse(&args[1..])
            .and_then(|options| xtask::measure::measure(&root, &options))
        {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("xtask measure: {e}");
                ExitCode::FAILURE
            }
        },
        Some("doc-examples") => match xtask::workflow::doc_examples(&root, &args[1..]) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("xtask doc-examples: {e}");
                ExitCode::FAILURE
            }
        },
        Some(task @ ("build" | "test")) => {
            let outcome = if task == "build" {
                xtask::workflow::build(&root)
            } else {
                xtask::workflow::test(&root)
            };
            match outcome {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("xtask {task}: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        _ => {
            eprintln!(
                "usage: cargo xtask build | test | dist | generate | check | doc-examples [PAGE]... | measure [--runs N] [--smoke] [FIGURE]..."
            );
            ExitCode::from(2)
        }
    }
}
