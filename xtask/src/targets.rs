//! Every platform the vendor's SDK runs on, and more: the targets of the release, and their cross builds and
//! tests, which `cargo xtask build` and `test` run and `cargo xtask dist` packages.
//!
//! A cross target is configured with its toolchain file of `cmake/toolchains/` (the C cross compiler, and
//! the emulator ctest runs the target's programs under: wine or qemu-user) and a Rust toolchain that can
//! build for it: one with the target's standard library installed (`rustup target add`), or one with the
//! standard library's source, which then builds it (`-Zbuild-std`; Debian's `rustc-web`, `cargo-web` and
//! `rust-web-src`, see docs/decisions.md). A target whose tools are missing is skipped, and the summary
//! says what it needs; under `CI=true` (CI installs them) a skipped target fails.
//!
//! Layout: `build/targets/<triple>/` (each target's CMake build), `build/targets/cargo/` (cargo's target
//! directory, shared by the cross builds), `build/dist/` (archives, wheels, `SHA256SUMS`, and
//! `runtimes/<rid>/native/` with each target's shared library for the .NET package).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::process::{Failure, Paths, output, run, tool};

/// A target of the release.
pub struct Target {
    /// Rust's name of the target, also the name of its toolchain file and build directory.
    pub triple: &'static str,
    /// The .NET runtime identifier (`runtimes/<rid>/native/` of a NuGet package).
    pub rid: &'static str,
    /// Python's name of the platform (`sysconfig.get_platform()` there), which tags its wheel.
    pub python_platform: &'static str,
    /// The architecture of a manylinux wheel (auditwheel's name), None for a Windows one.
    pub manylinux: Option<&'static str>,
    /// Flags rustc needs for the target, beyond the toolchain's defaults.
    pub rustflags: &'static [&'static str],
    /// Whether the target links rustc's startup objects (rsbegin.o, rsend.o), which a toolchain with only
    /// the standard library's source lacks and which are built from that source.
    pub rtstartup: bool,
}

impl Target {
    pub fn windows(&self) -> bool {
        self.triple.contains("-windows-")
    }
}

/// The build machine's own target first (built by `cargo xtask build` itself), then the cross targets.
pub const TARGETS: [Target; 6] = [
    Target {
        triple: "x86_64-unknown-linux-gnu",
        rid: "linux-x64",
        python_platform: "linux-x86_64",
        manylinux: Some("x86_64"),
        rustflags: &[],
        rtstartup: false,
    },
    Target {
        triple: "x86_64-pc-windows-gnu",
        rid: "win-x64",
        python_platform: "win-amd64",
        manylinux: None,
        rustflags: &[],
        rtstartup: false,
    },
    Target {
        triple: "i686-pc-windows-gnu",
        rid: "win-x86",
        python_platform: "win32",
        manylinux: None,
        rustflags: &[],
        rtstartup: true,
    },
    Target {
        triple: "i686-unknown-linux-gnu",
        rid: "linux-x86",
        python_platform: "linux-i686",
        manylinux: Some("i686"),
        rustflags: &[],
        rtstartup: false,
    },
    Target {
        triple: "aarch64-unknown-linux-gnu",
        rid: "linux-arm64",
        python_platform: "linux-aarch64",
        manylinux: Some("aarch64"),
        rustflags: &[],
        rtstartup: false,
    },
    Target {
        triple: "armv7-unknown-linux-gnueabihf",
        rid: "linux-arm",
        python_platform: "linux-armv7l",
        manylinux: Some("armv7l"),
        // Without unwind tables: otherwise the ARM exception index refers to __aeabi_unwind_cpp_pr0, which a
        // std-free library linked without libgcc does not have.
        rustflags: &["-Cforce-unwind-tables=no"],
        rtstartup: false,
    },
];

/// What a target needs that is not there, as the summary tells it.
const RUST_NEEDED: &str = "a Rust toolchain that can build for it: `rustup target add {triple}`, or \
     Debian's rustc-web, cargo-web and rust-web-src (the standard library's source)";
/// The marker the toolchain files of cmake/toolchains/ start their message with when a tool is missing.
const MISSING_TOOLS: &str = "bs-errno: missing cross tools:";

/// The Rust toolchain that builds a target.
pub struct Rust {
    pub cargo: PathBuf,
    pub rustc: PathBuf,
    /// Builds the standard library from its source (the toolchain has none built for the target).
    pub build_std: bool,
}

/// The cargo and rustc to try, in order: the ones running this task, then a distribution's (Debian's
/// rustc-web and cargo-web install /usr/bin/cargo and /usr/bin/rustc).
fn rust_candidates() -> Vec<(PathBuf, PathBuf)> {
    let mut candidates = Vec::new();
    if let Some(cargo) = std::env::var_os("CARGO").map(PathBuf::from) {
        let rustc = cargo.with_file_name(format!("rustc{}", std::env::consts::EXE_SUFFIX));
        if rustc.exists() {
            candidates.push((cargo, rustc));
        }
    }
    candidates.push(("cargo".into(), "rustc".into()));
    candidates.push(("/usr/bin/cargo".into(), "/usr/bin/rustc".into()));
    candidates
}

fn rustc_print(rustc: &Path, what: &str, triple: &str) -> Option<PathBuf> {
    let mut command = Command::new(rustc);
    command.args(["--print", what, "--target", triple]);
    output(&mut command).ok().map(|text| PathBuf::from(text.trim()))
}

/// Whether a directory holds a built `core` (`libcore-<hash>.rlib`).
fn has_core(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries
            .filter_map(Result::ok)
            .any(|e| e.file_name().to_string_lossy().starts_with("libcore-"))
    })
}

/// The first toolchain with the target's standard library built, else the first with its source.
pub fn rust_for(triple: &str) -> Result<Rust, String> {
    let candidates = rust_candidates();
    for (cargo, rustc) in &candidates {
        if rustc_print(rustc, "target-libdir", triple).is_some_and(|dir| has_core(&dir)) {
            return Ok(Rust {
                cargo: cargo.clone(),
                rustc: rustc.clone(),
                build_std: false,
            });
        }
    }
    for (cargo, rustc) in &candidates {
        let source = rustc_print(rustc, "sysroot", triple).map(|s| s.join("lib/rustlib/src/rust/library"));
        if source.is_some_and(|s| s.join("core/Cargo.toml").exists()) && Command::new(cargo).arg("-V").output().is_ok()
        {
            return Ok(Rust {
                cargo: cargo.clone(),
                rustc: rustc.clone(),
                build_std: true,
            });
        }
    }
    Err(RUST_NEEDED.replace("{triple}", triple))
}

/// rsbegin.o and rsend.o for a target that links them, built from the standard library's source into
/// `dir`, which rustc is then told to search (`-L native=`).
fn rtstartup_objects(rust: &Rust, triple: &str, dir: &Path) -> Result<(), Failure> {
    let sysroot = rustc_print(&rust.rustc, "sysroot", triple).ok_or("rustc --print sysroot failed")?;
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for object in ["rsbegin", "rsend"] {
        let source = sysroot.join(format!("lib/rustlib/src/rust/library/rtstartup/{object}.rs"));
        run(Command::new(&rust.rustc)
            .env("RUSTC_BOOTSTRAP", "1")
            .args(["--target", triple, "--emit=obj", "-Cpanic=abort", "-Copt-level=2", "-o"])
            .arg(dir.join(format!("{object}.o")))
            .arg(source))?;
    }
    Ok(())
}

/// The build machine's own target, as rustc names it.
pub fn host_triple() -> Result<String, Failure> {
    let text = output(Command::new("rustc").arg("-vV"))?;
    text.lines()
        .find_map(|line| line.strip_prefix("host: "))
        .map(str::to_string)
        .ok_or_else(|| "rustc -vV names no host".into())
}

/// The targets built by cross compilation here: every one but the build machine's.
pub fn cross_targets() -> Result<Vec<&'static Target>, Failure> {
    let host = host_triple()?;
    Ok(TARGETS.iter().filter(|t| t.triple != host).collect())
}

pub(crate) fn target_dir(paths: &Paths, target: &Target) -> PathBuf {
    paths.build.join("targets").join(target.triple)
}

/// A cross target's state after configuring: ready to build, or skipped for what it needs.
pub enum Configured {
    Ready,
    Skipped(String),
}

/// Configures a cross target's CMake build (cheap when it already is), or says what it needs.
fn configure(paths: &Paths, target: &Target) -> Result<Configured, Failure> {
    // Without a Rust toolchain for the target, the configure still tells what the C side lacks.
    let (rust, rust_needed) = match rust_for(target.triple) {
        Ok(rust) => (rust, None),
        Err(needed) => (
            Rust {
                cargo: "cargo".into(),
                rustc: "rustc".into(),
                build_std: false,
            },
            Some(needed),
        ),
    };
    let dir = target_dir(paths, target);
    let mut rustflags: Vec<String> = target.rustflags.iter().map(|f| f.to_string()).collect();
    if target.rtstartup && rust.build_std && rust_needed.is_none() {
        let objects = dir.join("rtstartup");
        rtstartup_objects(&rust, target.triple, &objects)?;
        rustflags.push("-L".into());
        rustflags.push(format!("native={}", objects.display()));
    }
    let mut cmake = tool(paths, "cmake")?;
    cmake
        .args(["-S", ".", "-B"])
        .arg(&dir)
        .args(["-G", "Ninja"])
        .arg(format!(
            "-DCMAKE_TOOLCHAIN_FILE={}",
            paths
                .root
                .join("cmake/toolchains")
                .join(format!("{}.cmake", target.triple))
                .display()
        ))
        .arg(format!("-DCARGO_EXECUTABLE={}", rust.cargo.display()))
        .arg(format!("-DRUSTC_EXECUTABLE={}", rust.rustc.display()))
        .arg(format!(
            "-DBS_ERRNO_CARGO_BUILD_STD={}",
            if rust.build_std { "std,panic_abort" } else { "" }
        ))
        .arg(format!(
            "-DBS_ERRNO_CARGO_TARGET_DIR={}",
            paths.build.join("targets/cargo").display()
        ))
        // CARGO_ENCODED_RUSTFLAGS: flags separated by 0x1f, so a path may hold spaces.
        .arg(format!(
            "-DBS_ERRNO_CARGO_ENV=CARGO_ENCODED_RUSTFLAGS={}",
            rustflags.join("\u{1f}")
        ))
        .arg(format!(
            "-DBS_ERRNO_REFERENCE_ANSWERS={}",
            paths.cmake_dir().join("bin").join("bs_errno_answers_shared").display()
        ))
        .arg(format!(
            "-DBS_ERRNO_REFERENCE_COMMAND={}",
            paths.root.join("target/release/bs-errno").display()
        ));
    println!("\n==> {} (configure)", target.triple);
    let out = cmake.output().map_err(|e| format!("cannot run cmake: {e}"))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let mut needs: Vec<String> = rust_needed.into_iter().collect();
    if !out.status.success() {
        match text.find(MISSING_TOOLS) {
            // The toolchain file's message, up to what CMake prints after it, unwrapped.
            Some(at) => {
                let rest = &text[at + MISSING_TOOLS.len()..];
                let end = ["\n\n", "\nCall Stack"].iter().filter_map(|e| rest.find(e)).min();
                let message = &rest[..end.unwrap_or(rest.len())];
                needs.push(message.split_whitespace().collect::<Vec<_>>().join(" "));
            }
            None if needs.is_empty() => return Err(format!("configuring {} failed:\n{text}", target.triple)),
            None => {}
        }
    }
    if needs.is_empty() {
        Ok(Configured::Ready)
    } else {
        Ok(Configured::Skipped(needs.join("; ")))
    }
}

/// What became of one cross target.
pub struct Outcome {
    pub target: &'static Target,
    pub result: Result<Configured, Failure>,
}

fn in_ci() -> bool {
    matches!(std::env::var("CI").as_deref(), Ok("true" | "1"))
}

/// Configures and builds every cross target whose tools are here.
pub(crate) fn build_targets(paths: &Paths) -> Result<Vec<Outcome>, Failure> {
    let mut outcomes = Vec::new();
    for target in cross_targets()? {
        let result = configure(paths, target).and_then(|configured| match configured {
            Configured::Ready => {
                run(tool(paths, "cmake")?.arg("--build").arg(target_dir(paths, target))).map(|()| Configured::Ready)
            }
            skipped => Ok(skipped),
        });
        outcomes.push(Outcome { target, result });
    }
    Ok(outcomes)
}

/// Summary lines of the cross targets; an error when one failed, or was skipped under `CI=true`.
pub fn summarize(outcomes: &[Outcome], verb: &str, summary: &mut String) -> Result<(), Failure> {
    use std::fmt::Write as _;
    let mut failed = 0;
    for outcome in outcomes {
        let _ = match &outcome.result {
            Ok(Configured::Ready) => writeln!(summary, "{verb:<8} {}", outcome.target.triple),
            Ok(Configured::Skipped(needs)) if in_ci() => {
                failed += 1;
                writeln!(
                    summary,
                    "FAILED   {}: skipped under CI=true; it needs {needs}",
                    outcome.target.triple
                )
            }
            Ok(Configured::Skipped(needs)) => {
                writeln!(summary, "skipped  {}: it needs {needs}", outcome.target.triple)
            }
            Err(e) => {
                failed += 1;
                writeln!(summary, "FAILED   {}: {e}", outcome.target.triple)
            }
        };
    }
    if failed == 0 {
        Ok(())
    } else {
        Err(format!("{failed} target(s) failed"))
    }
}

/// Builds (what is stale) and runs ctest for every cross target whose tools are here: the C tests under the
/// target's emulator, and the equivalence with the build machine's library and command.
pub(crate) fn test_targets(paths: &Paths) -> Result<Vec<Outcome>, Failure> {
    let mut outcomes = build_targets(paths)?;
    for outcome in &mut outcomes {
        if let Ok(Configured::Ready) = outcome.result {
            let dir = target_dir(paths, outcome.target);
            outcome.result = tool(paths, "ctest")
                .and_then(|mut ctest| {
                    run(ctest
                        .arg("--test-dir")
                        .arg(&dir)
                        .args(["--output-on-failure", "--no-tests=error", "-j2"]))
                })
                .map(|()| Configured::Ready);
        }
    }
    Ok(outcomes)
}

/// Whether a wheel's file name is for the build machine's platform (`cargo xtask test` installs that one).
pub fn is_host_wheel(file_name: &str) -> bool {
    let arch = match std::env::consts::ARCH {
        "x86" => "i686",
        "arm" => "armv7l",
        other => other,
    };
    wheel_platforms(file_name).iter().any(|platform| {
        (platform.starts_with("linux_") || platform.starts_with("manylinux")) && platform.ends_with(&format!("_{arch}"))
            || cfg!(windows) && *platform == if arch == "x86_64" { "win_amd64" } else { "win32" }
    })
}

/// The platform tags of a wheel's file name: the last part, '.'-separated (auditwheel lists several).
pub(crate) fn wheel_platforms(file_name: &str) -> Vec<&str> {
    let stem = file_name.strip_suffix(".whl").unwrap_or(file_name);
    stem.rsplit('-').next().unwrap_or_default().split('.').collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_wheels() {
        let repaired = "bs_errno-0.1.0-py3-none-manylinux1_x86_64.manylinux2014_x86_64.manylinux_2_17_x86_64.whl";
        assert!(wheel_platforms(repaired).contains(&"manylinux_2_17_x86_64"));
        assert_eq!(wheel_platforms("bs_errno-0.1.0-py3-none-win32.whl"), ["win32"]);
        if std::env::consts::ARCH == "x86_64" && cfg!(target_os = "linux") {
            assert!(is_host_wheel(repaired));
            assert!(is_host_wheel("bs_errno-0.1.0-py3-none-linux_x86_64.whl"));
            assert!(!is_host_wheel("bs_errno-0.1.0-py3-none-manylinux_2_17_aarch64.whl"));
            assert!(!is_host_wheel("bs_errno-0.1.0-py3-none-win_amd64.whl"));
        }
    }

    #[test]
    fn every_cross_target_has_its_toolchain_file() {
        let root = crate::project_root();
        for target in &TARGETS[1..] {
            let file = root.join(format!("cmake/toolchains/{}.cmake", target.triple));
            assert!(file.exists(), "{}", file.display());
        }
    }
}
