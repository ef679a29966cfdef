#!/usr/bin/env python3
"""Benchmark of the bs_errno Python package: lookups against dict.get on the same data, and import time.

    python3 python/bench.py            # after `cargo build --release`; or set BS_ERRNO_LIBRARY

Prints figures; it is not a test and asserts nothing. Lookups are timed over every code of the table,
best of several repeats, in nanoseconds per call including the loop. Import time is measured in fresh
interpreters with compiled bytecode (as an installed package has it), best and median of the runs.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import timeit

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def _library_file_name() -> str:
    if sys.platform == "win32":
        return "bs_errno.dll"
    if sys.platform == "darwin":
        return "libbs_errno.dylib"
    return "libbs_errno.so"


def _setup() -> None:
    if not os.environ.get("BS_ERRNO_LIBRARY"):
        for profile in ("release", "debug"):
            candidate = os.path.join(REPO, "target", profile, _library_file_name())
            if os.path.isfile(candidate):
                os.environ["BS_ERRNO_LIBRARY"] = candidate
                break
    if HERE not in sys.path:
        sys.path.insert(0, HERE)


def per_call_ns(statement: str, namespace: dict, calls_per_loop: int) -> float:
    timer = timeit.Timer(statement, globals=namespace)
    number, _ = timer.autorange()
    best = min(timer.repeat(repeat=7, number=number))
    return best / number / calls_per_loop * 1e9


def lookups() -> None:
    import bs_errno

    codes = [int(code) for code in bs_errno.Code]  # plain ints, as a BS2_* call returns them
    successes = [code for code in codes if code > 0]
    descriptions = {code: bs_errno.describe(code) for code in codes}  # the same data in a plain dict
    names = {code: bs_errno.name(code) for code in codes}
    get = descriptions.get

    def index_only(code):  # the floor for any Python function: no checks, no fallback
        return descriptions[code]

    namespace = {
        "index_only": index_only,
        "codes": codes,
        "successes": successes,
        "descriptions": descriptions,
        "get": get,
        "names": names,
        "bs_errno": bs_errno,
        "describe": bs_errno.describe,
        "name": bs_errno.name,
        "category": bs_errno.category,
        "check": bs_errno.check,
        "format": bs_errno.format,
    }
    n, s = len(codes), len(successes)
    rows = [
        ("descriptions.get(code)      [dict.get]", "for c in codes: descriptions.get(c)", n),
        ("get(code)                   [bound dict.get]", "for c in codes: get(c)", n),
        ("def f(c): return descriptions[c]  [call floor]", "for c in codes: index_only(c)", n),
        ("describe(code)", "for c in codes: describe(c)", n),
        ("bs_errno.describe(code)", "for c in codes: bs_errno.describe(c)", n),
        ("names.get(code)             [dict.get]", "for c in codes: names.get(c)", n),
        ("name(code)", "for c in codes: name(c)", n),
        ("category(code)", "for c in codes: category(c)", n),
        ("check(code), success codes", "for c in successes: check(c)", s),
        ("format(code)                [calls the C library]", "for c in codes: format(c)", n),
    ]
    results = {}
    print("Lookups over all %d codes (ns per call, loop included, best of 7):" % n)
    for label, statement, calls in rows:
        results[label] = per_call_ns(statement, namespace, calls)
        print("  %-50s %8.1f" % (label, results[label]))
    dict_get = results[rows[0][0]]
    print("  ratio to dict.get: describe %.2fx, the call floor %.2fx"
          % (results["describe(code)"] / dict_get, results[rows[2][0]] / dict_get))


def _import_times(statement: str, runs: int, env: dict) -> list:
    script = "import time; t = time.perf_counter(); %s; print(time.perf_counter() - t)" % statement
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", script], env=env, cwd=HERE, check=True,
                             stdout=subprocess.PIPE, universal_newlines=True).stdout
        times.append(float(out) * 1e3)
    return times


def import_time(runs: int = 25) -> None:
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = cache  # compiled bytecode, kept out of the source tree
        env["PYTHONPATH"] = HERE
        subprocess.run([sys.executable, "-c", "import bs_errno"], env=env, cwd=HERE, check=True)  # compile
        print("Import time in a fresh interpreter, %d runs (ms):" % runs)
        for label, statement in (("import bs_errno", "import bs_errno"),
                                 ("  of which the stdlib: import ctypes, enum", "import ctypes, enum")):
            times = _import_times(statement, runs, env)
            print("  %-42s best %6.2f   median %6.2f" % (label, min(times), statistics.median(times)))


def main() -> None:
    _setup()
    import bs_errno

    print("Python %s (%s) on %s" % (platform.python_version(), platform.python_implementation(),
                                    platform.platform()))
    print("library %s (bs_errno %s)" % (bs_errno.library_path(), bs_errno.library_version()))
    print()
    lookups()
    print()
    import_time()


if __name__ == "__main__":
    main()
