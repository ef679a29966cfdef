//! `cargo xtask dist`: every target's release archive and wheel, the .NET package with each target's
//! native library (`runtimes/<rid>/native/`), and `SHA256SUMS`, in `build/dist/`. The targets and their
//! cross builds are `targets.rs`'s.

use std::path::{Path, PathBuf};

use crate::process::{Failure, Paths, output, run, tool};
use crate::targets::{Configured, TARGETS, Target, build_targets, host_triple, summarize, target_dir, wheel_platforms};

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
    fn manylinux_tags() {
        assert_eq!(manylinux_glibc("manylinux_2_5_i686", "i686"), Some(5));
        assert_eq!(manylinux_glibc("manylinux_2_17_armv7l", "armv7l"), Some(17));
        assert_eq!(manylinux_glibc("manylinux1_i686", "i686"), None);
        assert_eq!(manylinux_glibc("manylinux_2_17_aarch64", "x86_64"), None);
    }
}
