"""python/bench.py, the documented benchmark, runs: in its smoke mode (a few iterations) it prints every
figure in its shape. Its speed is not judged here."""

import os
import re
import subprocess
import sys

from conftest import LIBRARY, REPO

BENCH = REPO / "python" / "bench.py"
NUMBER = r"\d+\.\d+(–\d+\.\d+)?"


def test_the_benchmark_runs_and_prints_every_figure():
    env = dict(os.environ, BS_ERRNO_LIBRARY=LIBRARY)
    env.pop("PYTHONPATH", None)
    result = subprocess.run([sys.executable, str(BENCH), "--smoke"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, universal_newlines=True, timeout=300)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert re.match(r"machine: .+, \d+ CPUs, ", lines[1]), lines[1]
    assert lines[2].startswith("library ") and os.path.samefile(lines[2].split()[1], LIBRARY)
    for label in ("descriptions.get(code)", "def f(c): return descriptions[c]", "describe(code)",
                  "bs_errno.describe(code)", "name(code)", "category(code)", "check(code), success codes",
                  "format_code(code)"):
        (row,) = [line for line in lines if line.strip().startswith(label + " ")]
        assert re.fullmatch(r"\s+%s\s+%s ns\s+%sx" % (re.escape(label), NUMBER, NUMBER), row), row
    reference, package = [line for line in lines if re.match(r"\s+import ", line)]
    assert re.fullmatch(r"\s+import ctypes, enum\s+%s ms" % NUMBER, reference), reference
    assert re.fullmatch(r"\s+import bs_errno\s+%s ms\s+%sx" % (NUMBER, NUMBER), package), package


def test_the_benchmark_refuses_unknown_arguments():
    result = subprocess.run([sys.executable, str(BENCH), "--fast"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, universal_newlines=True, timeout=60)
    assert result.returncode != 0 and "usage" in result.stderr
