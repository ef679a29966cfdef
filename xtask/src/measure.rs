//! `cargo xtask measure`: the figures of docs/performance.md, each measured several times on this machine
//! and printed with its spread (min, median, max) and, where one exists, as a ratio to a reference
//! measured in the same run. A benchmark, never a test: it judges nothing.
//!
//! ```text
//! cargo xtask measure [--runs N] [--smoke] [FIGURE]...
//! ```
//!
//! FIGURE is any of `c` (the C bench: time per call against the array and switch baselines, and the
//! release handles against the plain lookups), `instructions` (the same candidates under callgrind:
//! instructions per call, which load does not change), `size` (the stripped shared library), `sweep` (the
//! 2^32 sweep's wall time), `rust` (the criterion benchmarks of the Rust API), `annotate`
//! (bench/annotate/run.py: the log filter against grep) and `python` (python/bench.py); none: all of them.
//! `--runs` defaults to 5. `--smoke` runs each once in its quickest form, to show that the commands work
//! (`cargo xtask test` runs it through docs/performance.md); its figures mean nothing.
//!
//! It needs `cargo xtask build` first (the C bench is built with the C tests), and valgrind for
//! `instructions`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::process::Failure;

/// Every figure, in the order they are measured.
pub const FIGURES: [&str; 7] = ["size", "instructions", "c", "rust", "sweep", "annotate", "python"];

pub struct Options {
    pub runs: usize,
    pub smoke: bool,
    pub figures: Vec<String>,
}

impl Options {
    /// Reads `[--runs N] [--smoke] [FIGURE]...`.
    pub fn parse(args: &[String]) -> Result<Options, Failure> {
        let mut options = Options {
            runs: 5,
            smoke: false,
            figures: Vec::new(),
        };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--smoke" => options.smoke = true,
                "--runs" => {
                    let n = args.next().ok_or("--runs needs a number")?;
                    options.runs = n
                        .parse()
                        .ok()
                        .filter(|&n| n >= 1)
                        .ok_or_else(|| format!("--runs {n}: a number of runs, at least 1"))?;
                }
                figure if FIGURES.contains(&figure) => options.figures.push(figure.to_string()),
                other => {
                    return Err(format!(
                        "unknown argument {other}: cargo xtask measure [--runs N] [--smoke] [{}]...",
                        FIGURES.join(" | ")
                    ));
                }
            }
        }
        if options.smoke {
            options.runs = 1;
        }
        if options.figures.is_empty() {
            options.figures = FIGURES.iter().map(|s| s.to_string()).collect();
        }
        Ok(options)
    }
}

/// The measurements of one figure over the runs, by label, in the order first seen.
#[derive(Default)]
struct Series {
    labels: Vec<String>,
    values: BTreeMap<String, Vec<f64>>,
}

impl Series {
    fn add(&mut self, label: &str, value: f64) {
        if !self.values.contains_key(label) {
            self.labels.push(label.to_string());
        }
        self.values.entry(label.to_string()).or_default().push(value);
    }

    /// "min–max" of a label's values (one value when they are all equal), with `suffix`.
    fn range(&self, label: &str, decimals: usize, suffix: &str) -> String {
        match self.values.get(label) {
            None => "?".into(),
            Some(values) => {
                let (min, _, max) = spread(values);
                let (min, max) = (format!("{min:.decimals$}"), format!("{max:.decimals$}"));
                if min == max {
                    format!("{min}{suffix}")
                } else {
                    format!("{min}–{max}{suffix}")
                }
            }
        }
    }

    /// The median of a label's values.
    fn median(&self, label: &str, decimals: usize) -> String {
        self.values
            .get(label)
            .map_or("?".into(), |v| format!("{:.decimals$}", spread(v).1))
    }

    /// A Markdown table: label, runs, min, median, max.
    fn print(&self, unit: &str, decimals: usize) {
        println!("\n| {unit} | runs | min | median | max |\n|---|---:|---:|---:|---:|");
        for label in &self.labels {
            let values = &self.values[label];
            let (min, median, max) = spread(values);
            println!(
                "| {label} | {} | {min:.decimals$} | {median:.decimals$} | {max:.decimals$} |",
                values.len()
            );
        }
    }
}

/// Min, median and max.
fn spread(values: &[f64]) -> (f64, f64, f64) {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    let median = if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    };
    (sorted[0], median, sorted[n - 1])
}

fn output(command: &mut Command) -> Result<String, Failure> {
    let out = command
        .output()
        .map_err(|e| format!("cannot start {:?}: {e}", command.get_program()))?;
    if !out.status.success() {
        return Err(format!(
            "{:?} failed ({}): {}",
            command.get_program(),
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn run(command: &mut Command) -> Result<(), Failure> {
    let status = command
        .status()
        .map_err(|e| format!("cannot start {:?}: {e}", command.get_program()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{:?} failed ({status})", command.get_program()))
    }
}

fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// The machine, as the figures name it: CPU model, cores, kernel, compilers, and the load right now.
fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|text| {
            text.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, model)| model.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let first_line = |program: &str, arg: &str| {
        Command::new(program)
            .arg(arg)
            .output()
            .ok()
            .and_then(|o| String::from_utf8_lossy(&o.stdout).lines().next().map(str::to_string))
            .unwrap_or_else(|| format!("no {program}"))
    };
    format!(
        "{cpu}, {cores} cores; Linux {}; {}; {}; load average {}",
        first_line("uname", "-r"),
        first_line("rustc", "-V"),
        first_line("cc", "--version"),
        load_average()
    )
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|t| t.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

/// `cargo xtask measure`.
pub fn measure(root: &Path, options: &Options) -> Result<(), Failure> {
    let bench = root.join("build/cmake/bench/bs_errno_bench");
    println!("machine: {}", machine());
    println!(
        "runs: {}{}",
        options.runs,
        if options.smoke {
            " (smoke: the commands work; the figures mean nothing)"
        } else {
            ""
        }
    );
    for figure in &options.figures {
        let started = Instant::now();
        println!("\n## {figure}");
        match figure.as_str() {
            "size" => size(root)?,
            "instructions" => instructions(&bench, options)?,
            "c" => c_bench(&bench, options)?,
            "rust" => rust(root, options)?,
            "sweep" => sweep(root, options)?,
            "annotate" => annotate(root, options)?,
            "python" => python(root, options)?,
            _ => unreachable!("Options::parse takes only FIGURES"),
        }
        println!(
            "\n({figure}: {:.0} s; load average now {})",
            started.elapsed().as_secs_f64(),
            load_average()
        );
    }
    Ok(())
}

/// The shared library as built (the release profile strips it), against the 64 KiB limit.
fn size(root: &Path) -> Result<(), Failure> {
    let dir = root.join("build/cmake/lib");
    let mut libraries: Vec<(PathBuf, u64)> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e} (run `cargo xtask build` first)", dir.display()))?
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.contains(".so"))
        })
        .filter_map(|p| std::fs::metadata(&p).ok().map(|m| (p, m.len())))
        .collect();
    libraries.sort();
    if libraries.is_empty() {
        return Err(format!("no shared library in {}", dir.display()));
    }
    println!(
        "command: stat {}/libbs_errno.so.* (deterministic: one build, one size)",
        dir.display()
    );
    for (path, bytes) in libraries {
        println!(
            "{}: {bytes} bytes ({:.1} KiB), {:.0}% of the 65,536-byte limit",
            path.display(),
            bytes as f64 / 1024.0,
            bytes as f64 * 100.0 / 65536.0
        );
    }
    Ok(())
}

/// The C bench's candidates whose instructions per call are counted, with the reference each is
/// compared with.
const INSTRUCTION_PAIRS: [(&str, &str); 7] = [
    ("bs_error_string", "baseline_array_string"),
    ("bs_error_name", "baseline_array_name"),
    ("bs_error_category", "baseline_array_category"),
    ("bs_error_string_in(2.7.1.1)", "bs_error_string"),
    ("bs_error_name_in(2.7.1.1)", "bs_error_name"),
    ("bs_error_string_in(newest)", "bs_error_string"),
    ("bs_error_name_in(newest)", "bs_error_name"),
];

/// Instructions per call under callgrind: `bs_errno_bench --once CANDIDATE` calls the candidate on 4096
/// valid and 4096 unknown codes from the bench's `run_*` loop; only instructions inside that loop (the
/// loop, the call through the PLT, the function) are counted, with the PLT bound at startup.
fn instructions(bench: &Path, options: &Options) -> Result<(), Failure> {
    if Command::new("valgrind").arg("--version").output().is_err() {
        return Err("valgrind is not installed (apt-get install valgrind)".into());
    }
    let dir = std::env::temp_dir().join(format!("bs-errno-measure-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let count = |candidate: &str| -> Result<f64, Failure> {
        let out_file = dir.join("callgrind.out");
        output(
            Command::new("valgrind")
                .args(["--tool=callgrind", "--toggle-collect=run_*"])
                .arg(format!("--callgrind-out-file={}", out_file.display()))
                .arg(bench)
                .args(["--once", candidate])
                .env("LD_BIND_NOW", "1"),
        )?;
        let text = std::fs::read_to_string(&out_file).map_err(|e| format!("{}: {e}", out_file.display()))?;
        let total = text
            .lines()
            .find_map(|l| l.strip_prefix("totals:").or_else(|| l.strip_prefix("summary:")))
            .and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok())
            .ok_or_else(|| format!("{}: no totals", out_file.display()))?;
        Ok(total / 8192.0)
    };
    println!(
        "command: LD_BIND_NOW=1 valgrind --tool=callgrind --toggle-collect='run_*' {} --once CANDIDATE",
        bench.display()
    );
    println!("(instructions per call over 4096 valid and 4096 unknown codes, the caller's loop included)");
    let mut per_call = Series::default();
    let mut ratios = Series::default();
    for _ in 0..options.runs {
        let mut counted: BTreeMap<&str, f64> = BTreeMap::new();
        for (candidate, reference) in INSTRUCTION_PAIRS {
            for name in [candidate, reference] {
                if !counted.contains_key(name) {
                    counted.insert(name, count(name)?);
                }
            }
            ratios.add(
                &format!("{candidate} / {reference}"),
                counted[candidate] / counted[reference],
            );
        }
        counted.insert("baseline_call_only", count("baseline_call_only")?);
        for (name, value) in &counted {
            per_call.add(name, *value);
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    per_call.print("instructions per call", 1);
    ratios.print("ratio of instructions per call", 2);
    println!("\nAs docs/performance.md shows them:\n");
    println!("| function | instructions per call | reference | ratio |\n|---|---:|---|---:|");
    for (candidate, reference) in INSTRUCTION_PAIRS {
        println!(
            "| `{candidate}` | {} | `{reference}`: {} | {} |",
            per_call.range(candidate, 1, ""),
            per_call.range(reference, 1, ""),
            ratios.range(&format!("{candidate} / {reference}"), 2, "x")
        );
    }
    println!(
        "| a function returning a constant (the call alone) | {} | | |",
        per_call.range("baseline_call_only", 1, "")
    );
    Ok(())
}

/// The C bench, `runs` times: each run's figures are medians over its rounds, each ratio the median of
/// per-round ratios (both sides measured moments apart); the spread is over the runs.
fn c_bench(bench: &Path, options: &Options) -> Result<(), Failure> {
    println!(
        "command: {}{}",
        bench.display(),
        if options.smoke { " --smoke" } else { "" }
    );
    let mut ns = Series::default();
    let mut ratios = Series::default();
    for _ in 0..options.runs {
        let mut command = Command::new(bench);
        if options.smoke {
            command.arg("--smoke");
        }
        let text = output(&mut command)?;
        parse_c_bench(&text, &mut ns, &mut ratios)?;
    }
    ns.print("ns per call (bs-errno, switch, array)", 2);
    ratios.print("ratio", 2);
    println!("\nAs docs/performance.md shows them (ratios min–max, times the median):\n");
    println!(
        "| function | codes | **bs-errno / array** | switch / array | bs-errno | array |\n|---|---|---:|---:|---:|---:|"
    );
    for function in ["bs_error_string", "bs_error_name", "bs_error_category"] {
        for set in ["valid", "unknown"] {
            println!(
                "| `{function}` | {set} | **{}** | {} | {} ns | {} ns |",
                ratios.range(&format!("{function} / array, {set} codes"), 2, "x"),
                ratios.range(&format!("switch / array ({function}), {set} codes"), 2, "x"),
                ns.median(&format!("{function}, {set} codes: bs-errno"), 2),
                ns.median(&format!("{function}, {set} codes: array"), 2),
            );
        }
    }
    println!(
        "| a function returning a constant (the call alone) | any | | | | {} ns |",
        ns.median("the call alone (a function returning a constant), valid codes", 2)
    );
    println!("\n| function | release | valid codes | unknown codes |\n|---|---|---:|---:|");
    for (function, plain) in [
        ("bs_error_string_in", "bs_error_string"),
        ("bs_error_name_in", "bs_error_name"),
    ] {
        for (release, shown) in [("2.7.1.1", "2.7.1.1"), ("newest", "2.9.12.0 (the newest)")] {
            let label = |set: &str| format!("{function}({release}) / {plain}, {set} codes");
            println!(
                "| `{function}` / `{plain}` | {shown} | {} | {} |",
                ratios.range(&label("valid"), 2, "x"),
                ratios.range(&label("unknown"), 2, "x")
            );
        }
    }
    Ok(())
}

/// Reads one report of bs_errno_bench into the two series.
fn parse_c_bench(text: &str, ns: &mut Series, ratios: &mut Series) -> Result<(), Failure> {
    let x = |s: &str| s.trim_end_matches('x').parse::<f64>().ok();
    let mut rows = 0;
    for line in text.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            [
                function,
                set @ ("valid" | "unknown"),
                own,
                switch,
                array,
                own_ratio,
                switch_ratio,
            ] if function.starts_with("bs_error_") => {
                let values = [own, switch, array].map(|v| v.parse::<f64>().ok());
                let (Some(own), Some(switch), Some(array)) = (values[0], values[1], values[2]) else {
                    return Err(format!("cannot read `{line}`"));
                };
                let (Some(own_ratio), Some(switch_ratio)) = (x(own_ratio), x(switch_ratio)) else {
                    return Err(format!("cannot read `{line}`"));
                };
                ns.add(&format!("{function}, {set} codes: bs-errno"), own);
                ns.add(&format!("{function}, {set} codes: switch"), switch);
                ns.add(&format!("{function}, {set} codes: array"), array);
                ratios.add(&format!("{function} / array, {set} codes"), own_ratio);
                ratios.add(&format!("switch / array ({function}), {set} codes"), switch_ratio);
                rows += 1;
            }
            [
                name,
                valid_ns,
                "ns",
                "valid",
                unknown_ns,
                "ns",
                "unknown",
                valid_ratio,
                "valid",
                unknown_ratio,
                "unknown",
                ..,
            ] if name.contains("_in(") => {
                let plain = name.split("_in(").next().unwrap_or(name);
                for (set, value, ratio) in [("valid", valid_ns, valid_ratio), ("unknown", unknown_ns, unknown_ratio)] {
                    let (Some(value), Some(ratio)) = (value.parse::<f64>().ok(), x(ratio)) else {
                        return Err(format!("cannot read `{line}`"));
                    };
                    ns.add(&format!("{name}, {set} codes"), value);
                    ratios.add(&format!("{name} / {plain}, {set} codes"), ratio);
                }
                rows += 1;
            }
            _ => {
                if let Some(rest) = line.strip_prefix("the call alone") {
                    let numbers: Vec<f64> = rest
                        .split_whitespace()
                        .filter_map(|w| w.trim_end_matches(',').parse().ok())
                        .collect();
                    if let [valid, unknown] = numbers.as_slice() {
                        ns.add("the call alone (a function returning a constant), valid codes", *valid);
                        ns.add(
                            "the call alone (a function returning a constant), unknown codes",
                            *unknown,
                        );
                    }
                }
            }
        }
    }
    if rows != 10 {
        return Err(format!("bs_errno_bench printed {rows} of its 10 rows:\n{text}"));
    }
    Ok(())
}

/// The criterion benchmarks of the Rust API: per call, and each against the direct array of the same run.
fn rust(root: &Path, options: &Options) -> Result<(), Failure> {
    let manifest = root.join("bench/criterion/Cargo.toml");
    let command = |extra: &[&str]| {
        let mut command = cargo();
        command
            .args(["bench", "--quiet", "--manifest-path"])
            .arg(&manifest)
            .arg("--")
            .args(extra)
            .current_dir(root);
        command
    };
    if options.smoke {
        println!("command: cargo bench --manifest-path bench/criterion/Cargo.toml -- --test");
        return run(&mut command(&["--test"]));
    }
    let flags = ["--warm-up-time", "1", "--measurement-time", "3", "--noplot"];
    println!(
        "command: cargo bench --manifest-path bench/criterion/Cargo.toml -- {}",
        flags.join(" ")
    );
    let mut ns = Series::default();
    let mut ratios = Series::default();
    for _ in 0..options.runs {
        let text = output(&mut command(&flags))?;
        let estimates = parse_criterion(&text);
        if estimates.is_empty() {
            return Err(format!("no estimates in criterion's output:\n{text}"));
        }
        for (name, value) in &estimates {
            ns.add(name, *value);
            let Some((group, _)) = name.split_once('/') else {
                continue;
            };
            let floor = format!("{group}/direct array (floor)");
            if let Some(reference) = estimates.iter().find(|(n, _)| *n == floor).map(|(_, v)| *v)
                && *name != floor
            {
                ratios.add(&format!("{name} / direct array"), value / reference);
            }
        }
    }
    ns.print("ns per call (criterion's estimate, per run)", 2);
    ratios.print("ratio to the direct array of the same run", 2);
    println!("\nAs docs/performance.md shows them (min–max):\n");
    println!("| function | known codes | unknown codes | known / array | unknown / array |\n|---|---:|---:|---:|---:|");
    let groups: Vec<String> = ns
        .labels
        .iter()
        .filter_map(|l| l.split_once('/').map(|(g, _)| g.to_string()))
        .collect();
    let (known, unknown) = (
        groups
            .iter()
            .find(|g| g.starts_with("known"))
            .cloned()
            .unwrap_or_default(),
        groups
            .iter()
            .find(|g| g.starts_with("unknown"))
            .cloned()
            .unwrap_or_default(),
    );
    for label in &ns.labels {
        let Some((group, function)) = label.split_once('/') else {
            let (function, what) = label.split_once(", ").unwrap_or((label, ""));
            println!("| `{function}`, {what} | {} ns | | | |", ns.range(label, 1, ""));
            continue;
        };
        if group != known {
            continue;
        }
        let other = format!("{unknown}/{function}");
        let ratio = |l: &str| ratios.range(&format!("{l} / direct array"), 2, "x");
        let is_floor = function.starts_with("direct array");
        let function = if is_floor {
            function.to_string()
        } else {
            format!("`{function}`")
        };
        println!(
            "| {function} | {} ns | {} ns | {} | {} |",
            ns.range(label, 2, ""),
            ns.range(&other, 2, ""),
            if is_floor { String::new() } else { ratio(label) },
            if is_floor { String::new() } else { ratio(&other) },
        );
    }
    Ok(())
}

/// `(benchmark, ns per call)` from criterion's report: a benchmark's name line, then `time: [low est high]`.
/// Benchmark names that say "per N calls" (or "all N names") are divided by N.
fn parse_criterion(text: &str) -> Vec<(String, f64)> {
    let mut found = Vec::new();
    let mut name: Option<&str> = None;
    for line in text.lines() {
        let Some((head, rest)) = line.split_once("time:") else {
            // A benchmark's name stands unindented on a line of its own when it is long.
            if !line.starts_with(' ') && !line.trim().is_empty() {
                name = Some(line.trim());
            }
            continue;
        };
        if !head.trim().is_empty() {
            name = Some(head.trim());
        }
        let words: Vec<&str> = rest.trim().trim_start_matches('[').split_whitespace().collect();
        let (Some(name), [_, _, estimate, unit, ..]) = (name, words.as_slice()) else {
            continue;
        };
        let scale = match *unit {
            "ps" => 0.001,
            "ns" => 1.0,
            "µs" | "us" => 1e3,
            "ms" => 1e6,
            "s" => 1e9,
            _ => continue,
        };
        if let Ok(value) = estimate.parse::<f64>() {
            found.push((name.to_string(), value * scale / calls_per_iteration(name)));
        }
    }
    found
}

/// How many calls one criterion iteration makes, from the benchmark's name ("..., per 4096 calls/...",
/// "..., all 339 names", "..., 4096 known codes").
fn calls_per_iteration(name: &str) -> f64 {
    let words: Vec<&str> = name.split([' ', '/', ',']).collect();
    words
        .windows(2)
        .find_map(|w| match w {
            ["per" | "all", n] => n.parse::<f64>().ok(),
            [n, "known" | "unknown" | "calls"] => n.parse::<f64>().ok(),
            _ => None,
        })
        .unwrap_or(1.0)
}

/// The 2^32 sweep (the C exports over every int, release), timed as `cargo xtask test` runs it.
fn sweep(root: &Path, options: &Options) -> Result<(), Failure> {
    let args = [
        "test",
        "--release",
        "--quiet",
        "--package",
        "bs-errno-capi",
        "--lib",
        "tests::exhaustive",
    ];
    println!("command: cargo {} (built first, then timed)", args.join(" "));
    run(cargo().args(args).arg("--no-run").current_dir(root))?;
    if options.smoke {
        println!("(smoke: built, not run)");
        return Ok(());
    }
    let mut seconds = Series::default();
    for _ in 0..options.runs {
        let started = Instant::now();
        output(cargo().args(args).current_dir(root))?;
        seconds.add("the 2^32 sweep, wall time", started.elapsed().as_secs_f64());
    }
    seconds.print("seconds", 1);
    Ok(())
}

/// bench/annotate/run.py: it measures its own runs and prints their spread.
fn annotate(root: &Path, options: &Options) -> Result<(), Failure> {
    let mut command = Command::new("python3");
    command.arg(root.join("bench/annotate/run.py")).current_dir(root);
    if options.smoke {
        command.arg("--smoke");
    } else {
        command.args(["200", &options.runs.to_string()]);
    }
    println!("command: {:?}", command);
    run(&mut command)
}

/// python/bench.py: it measures its own runs and prints their spread.
fn python(root: &Path, options: &Options) -> Result<(), Failure> {
    let mut command = Command::new("python3");
    command.arg(root.join("python/bench.py")).current_dir(root);
    if options.smoke {
        command.arg("--smoke");
    }
    println!("command: {:?}", command);
    run(&mut command)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_c_bench_report() {
        let report = "bs-errno C benchmark: median ns per call over 31 interleaved rounds\n\
            function           codes     bs_errno    switch     array  bs_errno/array   switch/array\n\
            bs_error_string    valid        2.72      9.22      2.72           1.00x          3.37x\n\
            bs_error_string    unknown      2.92      3.91      2.98           0.99x          1.31x\n\
            bs_error_name      valid        3.25      9.24      2.71           1.20x          3.37x\n\
            bs_error_name      unknown      3.44      4.12      2.87           1.20x          1.41x\n\
            bs_error_category  valid        3.14      5.39      2.59           1.18x          2.11x\n\
            bs_error_category  unknown      3.09      4.77      2.74           1.17x          1.81x\n\
            \n\
            the call alone (a function returning a constant, same kind of call): 2.44 ns valid, 2.50 ns unknown\n\
            bs_error_string / array: 1.00x valid, 0.99x unknown (reference: 1.25x)\n\
            \n\
            through a release handle (found once), against the plain lookup in the same round:\n\
            bs_error_string_in(2.7.1.1)    2.80 ns valid   2.90 ns unknown    1.03x valid  0.99x unknown (reference: 1.25x)\n\
            bs_error_name_in(2.7.1.1)      3.30 ns valid   3.40 ns unknown    1.02x valid  0.99x unknown (reference: 1.25x)\n\
            bs_error_string_in(newest)     2.75 ns valid   2.95 ns unknown    1.01x valid  1.01x unknown (reference: 1.25x)\n\
            bs_error_name_in(newest)       3.26 ns valid   3.45 ns unknown    1.00x valid  1.00x unknown (reference: 1.25x)\n";
        let (mut ns, mut ratios) = (Series::default(), Series::default());
        parse_c_bench(report, &mut ns, &mut ratios).unwrap();
        assert_eq!(ratios.values["bs_error_name / array, valid codes"], vec![1.20]);
        assert_eq!(
            ratios.values["bs_error_name_in(2.7.1.1) / bs_error_name, valid codes"],
            vec![1.02]
        );
        assert_eq!(
            ns.values["the call alone (a function returning a constant), unknown codes"],
            vec![2.50]
        );
        assert!(parse_c_bench("nothing", &mut ns, &mut ratios).is_err());
    }

    #[test]
    fn criterion_estimates_per_call() {
        let report = "known codes, per 4096 calls/direct array (floor)\n                        time:   [3.2100 µs 3.2400 µs 3.2700 µs]\n\
            known codes, per 4096 calls/bs_errno::description\n                        time:   [5.0 µs 6.1440 µs 7.0 µs]\n\
            bs_errno::lookup_name, all 339 names\n                        time:   [14.0 µs 14.238 µs 14.5 µs]\n";
        let found = parse_criterion(report);
        assert_eq!(found.len(), 3);
        assert!((found[0].1 - 3240.0 / 4096.0).abs() < 1e-9);
        assert!((found[1].1 - 1.5).abs() < 1e-9);
        assert!((found[2].1 - 14238.0 / 339.0).abs() < 1e-9);
    }

    #[test]
    fn spread_and_options() {
        assert_eq!(spread(&[3.0, 1.0, 2.0]), (1.0, 2.0, 3.0));
        assert_eq!(spread(&[4.0, 1.0, 2.0, 3.0]), (1.0, 2.5, 4.0));
        let options = Options::parse(&["--runs".into(), "7".into(), "c".into()]).unwrap();
        assert_eq!(
            (options.runs, options.figures.as_slice()),
            (7, ["c".to_string()].as_slice())
        );
        assert!(Options::parse(&["--runs".into(), "0".into()]).is_err());
        assert!(Options::parse(&["everything".into()]).is_err());
        assert_eq!(
            Options::parse(&["--smoke".into()]).unwrap().figures.len(),
            FIGURES.len()
        );
    }
}
