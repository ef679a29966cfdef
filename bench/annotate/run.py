#!/usr/bin/env python3
"""Throughput and peak memory of `bs-errno --annotate` against `grep -E -- '-[0-9]+'` on the same log.

A benchmark, not a test: run it by hand (see docs/cli.md, "Performance"). It builds the release binary,
writes a generated SDK-style log of SIZE MB (default 200) into a temporary directory, about 2% of whose
lines carry a code (in every recognised form), then runs each command RUNS times (default 3) with its
output going to a file in the same directory, and reports the best wall time as MB/s of input, the ratio
of the two, and each command's peak resident memory (the maximum resident set size that GNU time, run as
`/usr/bin/time -f %M`, reports; measured through a small parent, since a child forked from this Python
process would start with its resident pages). The log is deleted afterwards.

    python3 bench/annotate/run.py [SIZE_MB] [RUNS]
"""

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

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


def generate(path: Path, size_mb: int) -> None:
    rng = random.Random(13)
    target = size_mb * 1_000_000
    written = 0
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
            line = f"{stamp} [INFO] {text}\n"
            lines.append(line)
            written += len(line)
            if len(lines) >= 10000:
                out.write("".join(lines))
                lines.clear()
        out.write("".join(lines))


def run(argv, out_path: Path):
    """Wall seconds and peak RSS (KiB) of one run, its output written to out_path."""
    rss_path = out_path.with_suffix(".rss")
    with open(out_path, "wb") as out:
        start = time.perf_counter()
        status = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", str(rss_path), *argv], stdout=out).returncode
        elapsed = time.perf_counter() - start
    if status not in (0, 1):
        sys.exit(f"{argv[0]} exited {status}")
    return elapsed, int(rss_path.read_text().split()[-1])


def main() -> None:
    size_mb = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    subprocess.run(["cargo", "build", "--release", "--bin", "bs-errno"], cwd=ROOT, check=True)
    binary = ROOT / "target" / "release" / "bs-errno"
    with tempfile.TemporaryDirectory(prefix="bs-errno-bench-") as tmp:
        log = Path(tmp) / "app.log"
        generate(log, size_mb)
        size = log.stat().st_size
        with open(log, "rb") as f:
            lines = sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
        out = Path(tmp) / "out"
        commands = {
            "grep": ["grep", "-E", "--", "-[0-9]+", str(log)],
            "bs-errno": [str(binary), "-a", str(log)],
        }
        run(["cat", str(log)], out)  # the log in the page cache for both
        best = {name: (float("inf"), 0) for name in commands}
        for _ in range(runs):
            for name, argv in commands.items():
                elapsed, rss = run(argv, out)
                best[name] = (min(best[name][0], elapsed), max(best[name][1], rss))
        annotated = subprocess.run(
            ["grep", "-c", "-F", " [BS_SDK_", str(out)], capture_output=True, text=True
        ).stdout.strip()
    print(f"log: {size / 1e6:.0f} MB, {lines} lines, {annotated} annotated; best of {runs} runs")
    for name, (elapsed, rss) in best.items():
        print(f"{name:>9}: {size / 1e6 / elapsed:7.0f} MB/s  ({elapsed:.3f} s)  peak RSS {rss / 1024:.1f} MiB")
    ratio = best["grep"][0] / best["bs-errno"][0]
    print(f"bs-errno throughput / grep throughput: {ratio:.2f}")


if __name__ == "__main__":
    main()
