//! `cargo xtask build` and `cargo xtask test`: the quick start's two commands.
//!
//! They need only what a fresh machine has (Rust, a C compiler, Python 3 with pip and venv) and no root:
//! CMake, Ninja, pytest, mypy, build and auditwheel come from PyPI, pinned in `xtask/python-tools.txt`,
//! into a virtual environment of the project's own (`build/tools`), never into the system.
//!
//! Layout under `build/`: `tools/` (that environment), `cmake/` (the C build, ctest), `dist/` (the sdist and
//! the wheel), `venv-test/` (a fresh environment the wheel is installed into for the Python tests). Cargo
//! builds into the workspace's `target/`, shared by every step so nothing is compiled twice.

use std::ffi::OsStr;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::doc_examples;
use crate::process::{Paths, TOOLS_FILE, cargo, ensure_tools, make_venv, output, pip, run, tool, venv_bin};
use crate::targets;

pub use crate::process::Failure;

mod hardening;

/// What the wheel's test environment gets besides the wheel: the test runner and the type checker.
const TEST_TOOLS: [&str; 2] = ["pytest", "mypy"];

/// `cargo xtask build`: the Rust crates and the bs-errno command, the C libraries with the C tests and
/// examples (CMake), and the Python sdist and wheel.
pub fn build(root: &Path) -> Result<(), Failure> {
    let paths = Paths::new(root);
    ensure_tools(&paths)?;
    let target_dir = paths.root.join("target");
    run(tool(&paths, "cmake")?
        .args(["-S", ".", "-B"])
        .arg(paths.cmake_dir())
        .args(["-G", "Ninja"])
        .arg(format!("-DBS_ERRNO_CARGO_TARGET_DIR={}", target_dir.display())))?;
    run(tool(&paths, "cmake")?.arg("--build").arg(paths.cmake_dir()))?;
    // The wheel is built from the sdist, so a broken sdist fails here.
    let _ = std::fs::remove_dir_all(paths.dist());
    let mut python_build = tool(&paths, "python")?;
    python_build
        .args(["-m", "build", "--outdir"])
        .arg(paths.dist())
        .arg(".");
    // The packages' timestamps: the commit's, so that two builds of it are byte-identical.
    if let Some(epoch) = hardening::source_date_epoch(root) {
        python_build.env("SOURCE_DATE_EPOCH", epoch);
    }
    run(&mut python_build)?;
    copy_nupkg(&paths)?;
    let targets = targets::build_targets(&paths)?;
    println!("\nbuilt: {}", paths.cmake_dir().join("lib").display());
    for file in std::fs::read_dir(paths.dist()).map_err(|e| format!("{}: {e}", paths.dist().display()))? {
        let file = file.map_err(|e| e.to_string())?;
        println!("built: {}", file.path().display());
    }
    let mut summary = String::from("\n==> other targets (build/targets/)\n");
    let outcome = targets::summarize(&targets, "built", &mut summary);
    print!("{summary}");
    outcome
}

/// The NuGet package that CMake builds where Mono is installed (dotnet/CMakeLists.txt), into build/dist;
/// without Mono, a line saying it was skipped.
fn copy_nupkg(paths: &Paths) -> Result<(), Failure> {
    let dir = paths.cmake_dir().join("dotnet");
    let packages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension() == Some(OsStr::new("nupkg")))
                .collect()
        })
        .unwrap_or_default();
    if packages.is_empty() {
        println!("\nskipped: the .NET package BsErrno (needs Mono: apt-get install mono-devel; see dotnet/README.md)");
    }
    for package in packages {
        let name = package.file_name().unwrap_or_default();
        std::fs::copy(&package, paths.dist().join(name)).map_err(|e| format!("{}: {e}", package.display()))?;
    }
    Ok(())
}

fn the_wheel(paths: &Paths) -> Result<PathBuf, Failure> {
    let missing = || format!("no wheel in {}: run `cargo xtask build` first", paths.dist().display());
    let entries = std::fs::read_dir(paths.dist()).map_err(|_| missing())?;
    let wheels: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension() == Some(OsStr::new("whl")))
        .filter(|p| targets::is_host_wheel(&p.file_name().unwrap_or_default().to_string_lossy()))
        .collect();
    match wheels.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(missing()),
        _ => Err(format!(
            "several wheels in {}: run `cargo xtask build` again",
            paths.dist().display()
        )),
    }
}

struct Suite {
    name: &'static str,
    outcome: Result<(), Failure>,
}

/// The pinned version of each test tool, as the pin file gives it.
fn test_tool_pins(paths: &Paths) -> Result<Vec<String>, Failure> {
    let pins = std::fs::read_to_string(paths.root.join(TOOLS_FILE)).map_err(|e| format!("{TOOLS_FILE}: {e}"))?;
    TEST_TOOLS
        .iter()
        .map(|name| {
            pins.lines()
                .map(str::trim)
                .find(|line| line.split("==").next() == Some(name))
                .map(str::to_string)
                .ok_or_else(|| format!("{TOOLS_FILE} pins no {name}"))
        })
        .collect()
}

fn python_suite(paths: &Paths, skipped: &mut Vec<String>) -> Result<(), Failure> {
    let wheel = the_wheel(paths)?;
    let report = output(tool(paths, "auditwheel")?.arg("show").arg(&wheel))?;
    println!("\n{}", report.trim());
    if !report.contains("manylinux") {
        return Err(format!(
            "auditwheel does not find {} manylinux-compatible",
            wheel.display()
        ));
    }
    let venv = paths.test_venv();
    make_venv(&venv, true)?;
    run(pip(&venv).arg(&wheel).args(test_tool_pins(paths)?))?;
    // From outside the checkout, without BS_ERRNO_LIBRARY: the tests import the installed package.
    let junit = paths.build.join("python-tests.xml");
    let _ = std::fs::remove_file(&junit);
    let mut pytest = Command::new(venv_bin(&venv, "pytest"));
    pytest
        .arg(paths.root.join("python/tests"))
        .args(["-p", "no:cacheprovider", "-q", "-rs"])
        .arg(format!("--junit-xml={}", junit.display()))
        .env_remove("BS_ERRNO_LIBRARY")
        .env_remove("PYTHONPATH")
        .env("BS_ERRNO_EXPECT_INSTALLED", "1")
        .current_dir(&venv);
    let outcome = run(&mut pytest);
    note_skipped_tests("python test", &junit, skipped);
    outcome
}

/// Adds the tests a JUnit report (pytest's, ctest's) marks skipped to `skipped`, by name with the reason.
fn note_skipped_tests(what: &str, junit: &Path, skipped: &mut Vec<String>) {
    if let Ok(xml) = std::fs::read_to_string(junit) {
        for (name, reason) in skipped_tests(&xml) {
            skipped.push(format!("{what} {name}: {reason}"));
        }
    }
}

/// The skipped test cases of a JUnit XML report: `(classname::name or name, reason)`. The reason is the
/// test's own "SKIPPED: ..." line when it printed one (ctest's skip message is only the return code).
fn skipped_tests(xml: &str) -> Vec<(String, String)> {
    let attribute = |tag: &str, key: &str| -> Option<String> {
        let start = tag.find(&format!(" {key}=\""))? + key.len() + 3;
        let end = tag[start..].find('"')? + start;
        Some(
            tag[start..end]
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&"),
        )
    };
    let mut found = Vec::new();
    for case in xml.split("<testcase ").skip(1) {
        let case = case.split("</testcase>").next().unwrap_or(case);
        let Some(at) = case.find("<skipped") else { continue };
        // The split took the space before the first attribute.
        let open_tag = format!(" {}", &case[..case.find('>').unwrap_or(case.len())]);
        let (Some(name), classname) = (attribute(&open_tag, "name"), attribute(&open_tag, "classname")) else {
            continue;
        };
        let name = match classname {
            Some(class) if class != name => format!("{class}::{name}"),
            _ => name,
        };
        let skipped_tag = &case[at..at + case[at..].find('>').unwrap_or(case.len() - at)];
        let own_line = case
            .lines()
            .find_map(|l| l.split_once("SKIPPED: ").map(|(_, reason)| reason.trim().to_string()));
        let reason = own_line
            .or_else(|| attribute(skipped_tag, "message"))
            .unwrap_or_else(|| "no reason given".into());
        found.push((name, reason));
    }
    found
}

/// Whether ctest has any test that `selection` (`-L label` or `-R regex`) picks: the optional ones are
/// registered only where their tool is.
fn registered(paths: &Paths, selection: [&str; 2]) -> Result<bool, Failure> {
    let listing = output(
        tool(paths, "ctest")?
            .arg("--test-dir")
            .arg(paths.cmake_dir())
            .arg("-N")
            .args(selection),
    )?;
    Ok(lists_a_test(&listing))
}

/// The names of a test target's ignored tests, for the summary: "vendor tests (a, b)".
fn ignored_tests(root: &Path, package: &str, target: &str) -> Result<String, Failure> {
    let listing = output(
        cargo()
            .args([
                "test",
                "--quiet",
                "--package",
                package,
                "--test",
                target,
                "--",
                "--list",
                "--ignored",
            ])
            .current_dir(root),
    )?;
    let names: Vec<&str> = listing.lines().filter_map(|line| line.strip_suffix(": test")).collect();
    Ok(format!("{package} {target} tests ({})", names.join(", ")))
}

/// Where the built tree is, for the documentation's examples.
fn doc_examples_tree(paths: &Paths) -> doc_examples::Tree {
    doc_examples::Tree {
        root: paths.root.clone(),
        tools_bin: venv_bin(&paths.tools(), "python")
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default(),
        wheel_python: venv_bin(&paths.test_venv(), "python"),
        library_dir: paths.cmake_dir().join("lib"),
        command_dir: paths.root.join("target").join("release"),
        scratch: paths.build.join("doc-examples"),
    }
}

/// Runs the documentation's examples (`only`: some pages; none: all). Blocks the pages mark as not
/// runnable, and those whose tool is missing (a failure under CI=true), become lines of `skipped`.
fn doc_examples_suite(paths: &Paths, only: &[String], skipped: &mut Vec<String>) -> Result<(), Failure> {
    println!(
        "\n==> the documentation's examples (xtask/src/doc_examples.rs), in {}",
        paths.build.join("doc-examples").display()
    );
    let report = doc_examples::run(&doc_examples_tree(paths), only)?;
    let mut problems = Vec::new();
    if !report.failed.is_empty() {
        problems.push(format!("{} failed: {}", report.failed.len(), report.failed.join(", ")));
    }
    if !report.missing_tool.is_empty() && std::env::var("CI").as_deref() == Ok("true") {
        problems.push(format!(
            "CI=true, but tools are missing: {}",
            report.missing_tool.join("; ")
        ));
    }
    for reason in &report.missing_tool {
        skipped.push(format!("documentation example {reason}"));
    }
    if !report.not_run.is_empty() {
        let names: Vec<&str> = report
            .not_run
            .iter()
            .map(|n| n.split(": ").next().unwrap_or(n))
            .collect();
        skipped.push(format!(
            "documentation examples the pages mark as not run ({}; reasons above): {}",
            names.len(),
            names.join(", ")
        ));
    }
    println!("{} examples run", report.ran.len());
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

/// `cargo xtask doc-examples [PAGE]...`: only the documentation's examples, against the tree
/// `cargo xtask build` and `cargo xtask test` left (the Python examples use the wheel the test installs).
pub fn doc_examples(root: &Path, only: &[String]) -> Result<(), Failure> {
    let paths = Paths::new(root);
    let mut skipped = Vec::new();
    let outcome = doc_examples_suite(&paths, only, &mut skipped);
    for line in skipped {
        println!("skipped  {line}");
    }
    outcome
}

/// Whether `ctest -N` output names a test (its header line, "Test project DIR", is no test).
fn lists_a_test(listing: &str) -> bool {
    listing.lines().any(|line| line.trim_start().starts_with("Test #"))
}

/// `cargo xtask test`: every test. Rust (with the generated-files check, and the C exports over every int
/// in release), the data against the vendor reference beside the checkout, the C side through ctest, and
/// the Python tests against the wheel installed in a fresh environment. Each suite runs even when an
/// earlier one failed; the summary says which failed and names every test that was skipped and why.
pub fn test(root: &Path) -> Result<(), Failure> {
    let paths = Paths::new(root);
    ensure_tools(&paths)?;
    if !paths.cmake_dir().join("CTestTestfile.cmake").exists() {
        return Err("no C build in build/cmake: run `cargo xtask build` first".into());
    }
    let mut suites = vec![
        Suite {
            name: "rust",
            outcome: run(cargo().args(["test", "--workspace"]).current_dir(root)),
        },
        Suite {
            name: "rust (the C exports over all 2^32 ints, release)",
            outcome: run(cargo()
                .args([
                    "test",
                    "--release",
                    "--package",
                    "bs-errno-capi",
                    "--lib",
                    "tests::exhaustive",
                ])
                .current_dir(root)),
        },
    ];
    let mut skipped: Vec<String> = Vec::new();
    match bs_errno_data::shared_data(root) {
        Some(_) => suites.push(Suite {
            name: "data against the vendor reference (../shared/data)",
            outcome: run(cargo()
                .args([
                    "test",
                    "--package",
                    "bs-errno-data",
                    "--test",
                    "vendor",
                    "--",
                    "--ignored",
                ])
                .current_dir(root)),
        }),
        None if std::env::var("CI").as_deref() == Ok("true") => suites.push(Suite {
            name: "data against the vendor reference (../shared/data)",
            outcome: Err("CI=true, but ../shared/data is not beside the checkout".into()),
        }),
        None => skipped.push(format!(
            "{}: ../shared/data is not beside the checkout",
            ignored_tests(root, "bs-errno-data", "vendor")?
        )),
    }
    let ctest_junit = paths.build.join("ctest.xml");
    let _ = std::fs::remove_file(&ctest_junit);
    let ctest_outcome = tool(&paths, "ctest").and_then(|mut c| {
        run(c
            .arg("--test-dir")
            .arg(paths.cmake_dir())
            .arg("--output-on-failure")
            .arg("--output-junit")
            .arg(&ctest_junit))
    });
    note_skipped_tests("c test", &ctest_junit, &mut skipped);
    suites.push(Suite {
        name: "c (ctest)",
        outcome: ctest_outcome,
    });
    suites.push(Suite {
        name: "python (installed wheel)",
        outcome: python_suite(&paths, &mut skipped),
    });
    suites.push(Suite {
        name: "documentation examples (README.md, CONTRIBUTING.md, docs/, python/, dotnet/)",
        outcome: doc_examples_suite(&paths, &[], &mut skipped),
    });
    let targets = targets::test_targets(&paths)?;

    // Issue 20: the fuzz targets over their corpora (nightly and cargo-fuzz: required under CI=true), and
    // the annotator against its Python reference.
    match hardening::fuzz_targets(root) {
        Some(targets) => suites.push(Suite {
            name: "fuzz smoke (every cargo-fuzz target over its corpus)",
            outcome: hardening::fuzz_smoke(root, &targets),
        }),
        None if std::env::var("CI").as_deref() == Ok("true") => suites.push(Suite {
            name: "fuzz smoke (every cargo-fuzz target over its corpus)",
            outcome: Err(format!("CI=true, but {}", hardening::FUZZ_NEEDS)),
        }),
        None => skipped.push(hardening::FUZZ_NEEDS.to_string()),
    }
    suites.push(Suite {
        name: "annotator against its Python reference (tests/annotate_reference.py)",
        outcome: hardening::annotate_reference(root),
    });

    let optional = [
        (["-L", "valgrind"], "valgrind: valgrind is not installed"),
        (
            ["-L", "abi"],
            "abi: abidw or abidiff is not installed (apt-get install abigail-tools)",
        ),
        (
            ["-L", "dotnet"],
            "dotnet: Mono, nuget or nunit-console is not installed (apt-get install mono-devel nuget nunit-console libnunit-cil-dev)",
        ),
        (
            ["-R", r"\.clang\."],
            "header tests with clang (C, C++, -Weverything, the MSVC form): clang is not installed",
        ),
        (
            ["-R", r"\.gcc\.c\+\+"],
            "header tests as C++ with g++: g++ is not installed",
        ),
    ];
    for (selection, reason) in optional {
        if !registered(&paths, selection)? {
            skipped.push(reason.to_string());
        }
    }
    let failed: Vec<&Suite> = suites.iter().filter(|s| s.outcome.is_err()).collect();
    let mut summary = String::from("\n==> summary\n");
    for suite in &suites {
        let _ = match &suite.outcome {
            Ok(()) => writeln!(summary, "passed   {}", suite.name),
            Err(e) => writeln!(summary, "FAILED   {}: {e}", suite.name),
        };
    }
    for reason in &skipped {
        let _ = writeln!(summary, "skipped  {reason}");
    }
    let targets_outcome = targets::summarize(&targets, "passed", &mut summary);
    let _ = writeln!(
        summary,
        "suites: {} passed, {} failed, {} skipped",
        suites.len() - failed.len(),
        failed.len(),
        skipped.len()
    );
    print!("{summary}");
    if failed.is_empty() {
        targets_outcome
    } else {
        Err(format!("{} suite(s) failed", failed.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::{lists_a_test, skipped_tests};

    #[test]
    fn skipped_tests_of_junit_reports() {
        let ctest = "<testsuite>\n\t<testcase name=\"a.ok\" classname=\"a.ok\" status=\"run\">\n\t</testcase>\n\t<testcase name=\"install.pkg_config\" classname=\"install.pkg_config\" status=\"notrun\">\n\t\t<skipped message=\"SKIP_RETURN_CODE=77\"/>\n\t\t<system-out>-- SKIPPED: pkg-config is not installed\n</system-out>\n\t</testcase>\n</testsuite>";
        assert_eq!(
            skipped_tests(ctest),
            vec![(
                "install.pkg_config".to_string(),
                "pkg-config is not installed".to_string()
            )]
        );
        let pytest = "<testsuite><testcase classname=\"tests.test_table\" name=\"test_vendor\" time=\"0.01\"><skipped type=\"pytest.skip\" message=\"the vendor reference is missing &amp; so\">x</skipped></testcase><testcase classname=\"t\" name=\"test_b\" time=\"0.000\" /></testsuite>";
        assert_eq!(
            skipped_tests(pytest),
            vec![(
                "tests.test_table::test_vendor".to_string(),
                "the vendor reference is missing & so".to_string()
            )]
        );
        assert!(skipped_tests("<testsuite></testsuite>").is_empty());
    }

    #[test]
    fn a_ctest_listing_with_and_without_tests() {
        let none = "Test project /w/build/cmake\n\nTotal Tests: 0\n";
        let two = "Test project /w/build/cmake\n  Test #7: valgrind.table.shared\n  Test #8: valgrind.table.static\n\nTotal Tests: 2\n";
        assert!(!lists_a_test(none));
        assert!(lists_a_test(two));
    }
}
