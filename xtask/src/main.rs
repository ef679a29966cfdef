//! The project's tasks:
//! - `cargo xtask build`: build everything (Rust, the C libraries, tests and examples, the Python wheel);
//! - `cargo xtask test`: run every test (Rust, C, Python);
//! - `cargo xtask dist`: every target's release archive and wheel, and SHA256SUMS, in build/dist/;
//! - `cargo xtask generate`: rewrite every generated file from data/;
//! - `cargo xtask check`: exit non-zero, naming each stale file, when a checked-in copy differs.

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
            eprintln!("usage: cargo xtask build | test | dist | generate | check");
            ExitCode::from(2)
        }
    }
}
