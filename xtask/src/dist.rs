//! Every platform the vendor's SDK runs on, and more: the cross builds of `cargo xtask build` and `test`, and
//! `cargo xtask dist`, which leaves every target's release archive and wheel in `build/dist/`.
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

use crate::workflow::{Failure, Paths, output, run, tool};

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

fn target_dir(paths: &Paths, target: &Target) -> PathBuf {
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

// --- cargo xtask dist ------------------------------------------------------------------------------------------

fn remove(path: &Path) {
    let _ = std::fs::remove_dir_all(path);
    let _ = std::fs::remove_file(path);
}

fn copy(from: &Path, to: &Path) -> Result<(), Failure> {
    std::fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| format!("copy {} to {}: {e}", from.display(), to.display()))
}

fn project_version(paths: &Paths) -> Result<String, Failure> {
    crate::data::version(&paths.root)
}

/// The build directory of a target: the build machine's own is the quick start's.
fn build_dir_of(paths: &Paths, target: &Target, host: &str) -> PathBuf {
    if target.triple == host {
        paths.cmake_dir()
    } else {
        target_dir(paths, target)
    }
}

/// `cmake --install` into a staging directory with the licences, then the archive (.zip for Windows,
/// .tar.gz elsewhere, which keeps the SONAME links). Returns the archive's path.
fn archive(paths: &Paths, target: &Target, build_dir: &Path, version: &str) -> Result<PathBuf, Failure> {
    let name = format!("bs-errno-{version}-{}", target.triple);
    let stage_root = paths.dist().join("stage");
    let stage = stage_root.join(&name);
    remove(&stage);
    run(tool(paths, "cmake")?
        .arg("--install")
        .arg(build_dir)
        .arg("--prefix")
        .arg(&stage))?;
    for licence in ["LICENSE-MIT", "LICENSE-APACHE"] {
        copy(&paths.root.join(licence), &stage.join(licence))?;
    }
    let file = paths
        .dist()
        .join(format!("{name}{}", if target.windows() { ".zip" } else { ".tar.gz" }));
    remove(&file);
    let (mode, format) = if target.windows() {
        ("cf", "--format=zip")
    } else {
        ("czf", "--format=gnutar")
    };
    // A fixed time, so that the same files make the same archive.
    run(tool(paths, "cmake")?
        .current_dir(&stage_root)
        .args(["-E", "tar", mode])
        .arg(&file)
        .arg(format)
        .arg("--mtime=1970-01-01 00:00:00 UTC")
        .arg(&name))?;
    Ok(file)
}

/// Unpacks an archive and builds and runs the install tests' consumers (CMake's find_package, pkg-config)
/// against it, with the target's compiler, under its emulator.
fn check_archive(paths: &Paths, build_dir: &Path, file: &Path) -> Result<(), Failure> {
    let unpacked = paths.dist().join("check");
    remove(&unpacked);
    std::fs::create_dir_all(&unpacked).map_err(|e| format!("{}: {e}", unpacked.display()))?;
    run(tool(paths, "cmake")?
        .current_dir(&unpacked)
        .args(["-E", "tar", "xf"])
        .arg(file))?;
    let name = file
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .replace(".tar.gz", "")
        .replace(".zip", "");
    let result = run(tool(paths, "ctest")?
        .arg("--test-dir")
        .arg(build_dir)
        .args(["--output-on-failure", "-R", r"^install\.(find_package|pkg_config)$"])
        .env("BS_ERRNO_INSTALLED_PREFIX", unpacked.join(name)));
    remove(&unpacked);
    result
}

/// The wheel of a cross target: scikit-build-core runs the project's CMake build with the target's toolchain
/// file, and Python's platform set to the target's (which tags the wheel). Without build isolation: the
/// platform would also reach the pip that fills an isolated environment, which cannot work on a foreign one.
fn cross_wheel(paths: &Paths, target: &Target, out: &Path) -> Result<(), Failure> {
    let cache = std::fs::read_to_string(target_dir(paths, target).join("CMakeCache.txt"))
        .map_err(|e| format!("{}: {e}", target.triple))?;
    let mut command = tool(paths, "python")?;
    command
        .args(["-m", "build", "--wheel", "--no-isolation", "--outdir"])
        .arg(out)
        .env("_PYTHON_HOST_PLATFORM", target.python_platform);
    // The target build's own settings: toolchain file, Rust toolchain, cargo's directory and environment.
    for key in [
        "CMAKE_TOOLCHAIN_FILE",
        "CARGO_EXECUTABLE",
        "RUSTC_EXECUTABLE",
        "BS_ERRNO_CARGO_BUILD_STD",
        "BS_ERRNO_CARGO_TARGET_DIR",
        "BS_ERRNO_CARGO_ENV",
    ] {
        let value = cache
            .lines()
            .find_map(|line| {
                line.strip_prefix(&format!("{key}:"))
                    .and_then(|rest| rest.split_once('='))
            })
            .map(|(_, value)| value)
            .unwrap_or_default();
        command.arg(format!("-Ccmake.define.{key}={value}"));
    }
    command.arg(".");
    run(&mut command)
}

fn files_ending(dir: &Path, suffix: &str) -> Result<Vec<PathBuf>, Failure> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .collect();
    found.sort();
    Ok(found)
}

/// The newest glibc a manylinux wheel may need: 2.17, manylinux2014's.
const MANYLINUX_GLIBC_MINOR: u32 = 17;

/// The glibc minor version of a `manylinux_2_<minor>_<arch>` tag.
fn manylinux_glibc(tag: &str, arch: &str) -> Option<u32> {
    tag.strip_prefix("manylinux_2_")?
        .strip_suffix(&format!("_{arch}"))?
        .parse()
        .ok()
}

/// The platform tags of a wheel's file name: the last part, '.'-separated (auditwheel lists several).
fn wheel_platforms(file_name: &str) -> Vec<&str> {
    let stem = file_name.strip_suffix(".whl").unwrap_or(file_name);
    stem.rsplit('-').next().unwrap_or_default().split('.').collect()
}

/// A Linux wheel through `auditwheel repair`, which checks it against the target's manylinux policy and
/// tags it so; a Windows wheel as it is.
fn publish_wheel(paths: &Paths, target: &Target, built: &Path) -> Result<(), Failure> {
    let wheels = files_ending(built, ".whl")?;
    let [wheel] = wheels.as_slice() else {
        return Err(format!("{}: expected one wheel in {}", target.triple, built.display()));
    };
    let published = match target.manylinux {
        Some(arch) => {
            // auditwheel tags the wheel with the oldest policy it meets; it must need no newer glibc than
            // manylinux2014's (2.17), which every supported Linux distribution has.
            run(tool(paths, "auditwheel")?
                .args(["repair", "--plat", "auto", "--wheel-dir"])
                .arg(paths.dist())
                .arg(wheel))?;
            files_ending(&paths.dist(), ".whl")?.into_iter().find(|w| {
                wheel_platforms(&w.file_name().unwrap_or_default().to_string_lossy())
                    .iter()
                    .any(|tag| manylinux_glibc(tag, arch).is_some_and(|minor| minor <= MANYLINUX_GLIBC_MINOR))
            })
        }
        None => {
            let name = wheel.file_name().unwrap_or_default();
            copy(wheel, &paths.dist().join(name))?;
            let tag = target.python_platform.replace('-', "_");
            Some(paths.dist().join(name)).filter(|_| wheel_platforms(&name.to_string_lossy()).contains(&tag.as_str()))
        }
    };
    let Some(published) = published else {
        return Err(format!(
            "{}: no wheel of its platform in {}",
            target.triple,
            paths.dist().display()
        ));
    };
    let library = if target.windows() {
        "bs_errno/bs_errno.dll"
    } else {
        "bs_errno/libbs_errno.so"
    };
    let listing = output(tool(paths, "cmake")?.args(["-E", "tar", "tf"]).arg(&published))?;
    if !listing.lines().any(|line| line.trim() == library) {
        return Err(format!("{} lacks {library}:\n{listing}", published.display()));
    }
    Ok(())
}

/// The shared library of each target where the .NET package takes it: `runtimes/<rid>/native/`, under
/// the name it loads (bs_errno.dll, libbs_errno.so).
fn dotnet_runtime(paths: &Paths, target: &Target, build_dir: &Path) -> Result<(), Failure> {
    let native = paths.dist().join("runtimes").join(target.rid).join("native");
    std::fs::create_dir_all(&native).map_err(|e| format!("{}: {e}", native.display()))?;
    let (from, name) = if target.windows() {
        (build_dir.join("bin/bs_errno.dll"), "bs_errno.dll")
    } else {
        (build_dir.join("lib/libbs_errno.so"), "libbs_errno.so")
    };
    copy(&from, &native.join(name))
}

/// The .NET package with every target's library (dotnet/package/pack.cmake), where the build made its
/// assembly (with Mono): it replaces the build machine's own package in build/dist.
fn dotnet_package(paths: &Paths, targets: &[&Target], version: &str) -> Result<(), Failure> {
    let assemblies = paths.cmake_dir().join("dotnet/lib");
    if !assemblies.join("BsErrno.dll").exists() {
        println!("\nskipped: the .NET package with every target's library (needs Mono, see dotnet/README.md)");
        return Ok(());
    }
    let native: Vec<String> = targets
        .iter()
        .filter_map(|t| {
            let dir = paths.dist().join("runtimes").join(t.rid).join("native");
            let file = std::fs::read_dir(&dir).ok()?.filter_map(Result::ok).next()?.path();
            Some(format!("{}={}", t.rid, file.display()))
        })
        .collect();
    run(tool(paths, "cmake")?
        .arg(format!("-DVERSION={version}"))
        .arg(format!("-DASSEMBLY_DIR={}", assemblies.display()))
        .arg(format!("-DSOURCE_DIR={}", paths.root.display()))
        .arg(format!("-DOUTPUT={}", paths.dist().display()))
        .arg(format!("-DNATIVE={}", native.join(";")))
        .arg("-P")
        .arg(paths.root.join("dotnet/package/pack.cmake")))
}

/// `cargo xtask dist`: the quick start's build (the build machine's target and every cross target whose
/// tools are here), then per target its archive, checked by building against it, and its wheel; the
/// shared libraries for the .NET package, and the package itself where Mono is; `SHA256SUMS` over them all.
pub fn dist(root: &Path) -> Result<(), Failure> {
    let paths = Paths::new(root);
    crate::workflow::build(root)?;
    let host = host_triple()?;
    let version = project_version(&paths)?;
    let outcomes = build_targets(&paths)?;
    let mut summary = String::from("\n==> dist\n");
    let ready: Vec<&Target> = TARGETS
        .iter()
        .filter(|t| {
            t.triple == host
                || outcomes
                    .iter()
                    .any(|o| o.target.triple == t.triple && matches!(o.result, Ok(Configured::Ready)))
        })
        .collect();
    let built_host_wheels = files_ending(&paths.dist(), ".whl")?;
    let wheels_work = paths.build.join("wheels");
    remove(&paths.dist().join("runtimes"));
    for target in &ready {
        let build_dir = build_dir_of(&paths, target, &host);
        let file = archive(&paths, target, &build_dir, &version)?;
        check_archive(&paths, &build_dir, &file)?;
        dotnet_runtime(&paths, target, &build_dir)?;
        let built = wheels_work.join(target.triple);
        remove(&built);
        std::fs::create_dir_all(&built).map_err(|e| format!("{}: {e}", built.display()))?;
        if target.triple == host {
            for wheel in &built_host_wheels {
                std::fs::rename(wheel, built.join(wheel.file_name().unwrap_or_default()))
                    .map_err(|e| format!("{}: {e}", wheel.display()))?;
            }
        } else {
            cross_wheel(&paths, target, &built)?;
        }
        publish_wheel(&paths, target, &built)?;
        summary.push_str(&format!("packed   {}\n", target.triple));
    }
    remove(&paths.dist().join("stage"));
    dotnet_package(&paths, &ready, &version)?;
    // SHA256SUMS, in the form `sha256sum -c` reads, of every archive and package (the sdist included).
    let mut listed: Vec<String> = Vec::new();
    for suffix in [".tar.gz", ".zip", ".whl", ".nupkg"] {
        for file in files_ending(&paths.dist(), suffix)? {
            listed.push(file.file_name().unwrap_or_default().to_string_lossy().into_owned());
        }
    }
    listed.sort();
    let sums = output(
        tool(&paths, "cmake")?
            .current_dir(paths.dist())
            .args(["-E", "sha256sum"])
            .args(&listed),
    )?;
    let sums_file = paths.dist().join("SHA256SUMS");
    std::fs::write(&sums_file, sums).map_err(|e| format!("{}: {e}", sums_file.display()))?;
    let outcome = summarize(&outcomes, "built", &mut summary);
    for file in &listed {
        summary.push_str(&format!("dist     build/dist/{file}\n"));
    }
    print!("{summary}");
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wheel_file_names() {
        let repaired = "bs_errno-0.1.0-py3-none-manylinux1_x86_64.manylinux2014_x86_64.manylinux_2_17_x86_64.whl";
        assert!(wheel_platforms(repaired).contains(&"manylinux_2_17_x86_64"));
        assert_eq!(wheel_platforms("bs_errno-0.1.0-py3-none-win32.whl"), ["win32"]);
        assert_eq!(manylinux_glibc("manylinux_2_5_i686", "i686"), Some(5));
        assert_eq!(manylinux_glibc("manylinux_2_17_armv7l", "armv7l"), Some(17));
        assert_eq!(manylinux_glibc("manylinux1_i686", "i686"), None);
        assert_eq!(manylinux_glibc("manylinux_2_17_aarch64", "x86_64"), None);
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
