#!/usr/bin/env python3
"""Throughput and peak memory of `bs-errno --annotate` against `grep -E -- '-[0-9]+'` on the same log.

A benchmark, not a test (see docs/cli.md, "Performance"). It builds the release binary, writes a generated
SDK-style log of SIZE MB (default 200) into a temporary directory, about 2% of whose lines carry a code (in
every recognised form), then runs the commands one after the other, RUNS times (default 5), each with its
output going to a file in the same directory. It reports, for each command, its best wall time as MB/s of
input and its peak resident memory (the maximum resident set size that GNU time, run as
`/usr/bin/time -f %M`, reports, when it is installed; measured through that small parent, since a child
forked from this Python process would start with its resident pages); and the ratio of each command's
throughput to grep's: that of the best times, and the lowest and highest of the runs (each run's ratio
compares two commands measured seconds apart). The machine (CPU model, cores) is printed with them. The
log is deleted afterwards.

    python3 bench/annotate/run.py [SIZE_MB] [RUNS] [--compare NAME=BINARY]... [--smoke]

--compare adds another binary to every run (for example the command as built before a change, to
measure before and after in one run). --smoke is the mode CI runs: a 2 MB log, one run, and a check that
the output has the right shape (as many lines as the log, the expected number annotated, every annotation
in the documented form), not of speed.
"""

import argparse
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GNU_TIME = "/usr/bin/time"

# Codes of the table in the forms logs print them, and plain lines around them.
CODE_FORMS = [
    "rc=-714",
    "failed: -102",
    "(-304)",
    "result 4294967194",
    "ret=0xFFFFFD36",
    "ret=0xfffffb50",
    "BS_SDK_ERROR_CANNOT_FIND_USER",
    "error -1208 while arming",
]
PLAIN = [
    "device {dev} event {ev} user {user} door {door} status ok",
    "poll device {dev}: {ev} bytes in {user} ms, queue {door}",
    "connected to 192.168.{door}.{user}:51211 session {ev}",
    "temperature 36.{door} offset -0.{user} delta {ev}",
    "heartbeat from {dev} seq {ev} uptime {user}s",
]


def generate(path: Path, size_mb: float) -> int:
    """Writes the log; returns how many of its lines carry a code."""
    rng = random.Random(13)
    target = size_mb * 1_000_000
    written = 0
    with_code = 0
    lines = []
    with open(path, "w", encoding="ascii", newline="\n") as out:
        while written < target:
            stamp = f"2026-11-25 03:{rng.randrange(60):02d}:{rng.randrange(60):02d}.{rng.randrange(1000):03d}"
            text = rng.choice(PLAIN).format(
                dev=rng.randrange(540000000, 549999999),
                ev=rng.randrange(100000),
                user=rng.randrange(1000),
                door=rng.randrange(256),
            )
            if rng.random() < 0.02:
                text += " " + rng.choice(CODE_FORMS)
                with_code += 1
            line = f"{stamp} [INFO] {text}\n"
            lines.append(line)
            written += len(line)
            if len(lines) >= 10000:
                out.write("".join(lines))
                lines.clear()
        out.write("".join(lines))
    return with_code


def run(argv, out_path: Path):
    """Wall seconds, CPU seconds (user and system) and peak RSS (KiB, or None without GNU time) of one run,
    its output written to out_path."""
    rss_path = out_path.with_suffix(".rss")
    measured = os.access(GNU_TIME, os.X_OK)
    prefix = [GNU_TIME, "-f", "%M", "-o", str(rss_path)] if measured else []
    with open(out_path, "wb") as out:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        status = subprocess.run([*prefix, *argv], stdout=out).returncode
        elapsed = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if status not in (0, 1):
        sys.exit(f"{argv[0]} exited {status}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu, int(rss_path.read_text().split()[-1]) if measured else None


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    grep = subprocess.run(["grep", "--version"], capture_output=True, text=True).stdout.splitlines()
    return f"{model}, {os.cpu_count()} cores; {grep[0] if grep else 'grep'}"


def check_shape(log: Path, out: Path, with_code: int) -> None:
    """The text output of `bs-errno -a`: the log's lines, each unchanged, the ones with codes annotated."""
    annotation = re.compile(rb"( \[BS_SDK_[A-Z0-9_]+ \(-?[0-9]+\): [^\]\x00-\x1f]*\])+$")
    problems = []
    with open(log, "rb") as given, open(out, "rb") as made:
        annotated = 0
        for number, (line, result) in enumerate(zip(given, made, strict=True), 1):
            line, result = line.rstrip(b"\n"), result.rstrip(b"\n")
            if result != line:
                annotated += 1
                if not (result.startswith(line) and annotation.fullmatch(result[len(line) :])):
                    problems.append(f"line {number}: {result[:200]!r}")
    if annotated != with_code:
        problems.append(f"{annotated} lines annotated, {with_code} carry a code")
    if problems:
        sys.exit("the output does not have the documented shape:\n" + "\n".join(problems[:10]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("size_mb", nargs="?", type=float, default=200)
    parser.add_argument("runs", nargs="?", type=int, default=5)
    parser.add_argument("--compare", action="append", default=[], metavar="NAME=BINARY")
    parser.add_argument("--smoke", action="store_true")
    args = parser.parse_args()
    if args.smoke:
        args.size_mb, args.runs = 2, 1
    cargo = os.environ.get("CARGO", "cargo")
    subprocess.run([cargo, "build", "--release", "--quiet", "--package", "bs-errno-cli"], cwd=ROOT, check=True)
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    binary = (target if target.is_absolute() else ROOT / target) / "release" / "bs-errno"
    with tempfile.TemporaryDirectory(prefix="bs-errno-bench-") as tmp:
        log = Path(tmp) / "app.log"
        with_code = generate(log, args.size_mb)
        size = log.stat().st_size
        with open(log, "rb") as f:
            lines = sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
        out = Path(tmp) / "out"
        commands = {
            "grep": ["grep", "-E", "--", "-[0-9]+", str(log)],
            "bs-errno": [str(binary), "-a", str(log)],
        }
        for spec in args.compare:
            name, _, path = spec.partition("=")
            if not path or shutil.which(path) is None:
                sys.exit(f"--compare {spec}: expected NAME=BINARY, an executable")
            commands[name] = [path, "-a", str(log)]
        run(["cat", str(log)], out)  # the log in the page cache for all
        times = {name: [] for name in commands}
        cpu_times = {name: [] for name in commands}
        peak = {name: None for name in commands}
        for _ in range(args.runs):
            for name, argv in commands.items():
                elapsed, cpu, rss = run(argv, out)
                times[name].append(elapsed)
                cpu_times[name].append(cpu)
                if rss is not None:
                    peak[name] = max(peak[name] or 0, rss)
        check_shape(log, out, with_code)  # the last command run was a bs-errno
    print(f"machine: {machine()}")
    print(f"log: {size / 1e6:.0f} MB, {lines} lines, {with_code} with a code; {args.runs} runs")
    for name, elapsed in times.items():
        rss = "n/a (no GNU time)" if peak[name] is None else f"{peak[name] / 1024:.1f} MiB"
        print(
            f"{name:>9}: best {size / 1e6 / min(elapsed):6.0f} MB/s ({min(elapsed):.3f} s), "
            f"median {size / 1e6 / statistics.median(elapsed):6.0f} MB/s, "
            f"CPU best {min(cpu_times[name]):.3f} s, peak RSS {rss}"
        )
    for name in commands:
        if name == "grep":
            continue
        for what, measured in (("wall", times), ("CPU", cpu_times)):
            per_run = [g / b for g, b in zip(measured["grep"], measured[name])]
            best = min(measured["grep"]) / min(measured[name])
            print(
                f"{name} / grep throughput ({what} time): {best:.2f} (best times); "
                f"per run {min(per_run):.2f}-{max(per_run):.2f}"
            )


if __name__ == "__main__":
    main()
