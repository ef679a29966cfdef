#!/usr/bin/env python3
"""Benchmark of the bs_errno Python package: lookups against dict.get on the same data, and the import
against ``import ctypes, enum``, each import timed as a whole interpreter start.

    python3 python/bench.py            # after `cargo build --release`; or set BS_ERRNO_LIBRARY
    python3 python/bench.py --smoke    # a few iterations: that it runs and what it prints, not speed

It measures the package of this checkout (python/bs_errno) with the library BS_ERRNO_LIBRARY names, else
target/release's. Every figure is also given as a ratio to a reference measured in the same round, and
over ROUNDS rounds as min–max: lookups in ns per call including the loop (best of 7 repeats in a round),
the import as the mean time of interpreter starts run alternately with the reference's. It prints figures
and asserts nothing: timings never decide whether a build passes.
"""

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import timeit

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
ROUNDS = 5
IMPORT_RUNS = 30  # interpreter starts per command and round
IMPORT = "import bs_errno"
IMPORT_REFERENCE = "import ctypes, enum"


def _library_file_name():
    if sys.platform == "win32":
        return "bs_errno.dll"
    if sys.platform == "darwin":
        return "libbs_errno.dylib"
    return "libbs_errno.so"


def _setup():
    if not os.environ.get("BS_ERRNO_LIBRARY"):
        for profile in ("release", "debug"):
            candidate = os.path.join(REPO, "target", profile, _library_file_name())
            if os.path.isfile(candidate):
                os.environ["BS_ERRNO_LIBRARY"] = candidate
                break
    if HERE not in sys.path:
        sys.path.insert(0, HERE)


def machine():
    """CPU model and count (from /proc/cpuinfo where there is one), and the load average."""
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            names = [line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")]
        model = names[0] if names else model
    except OSError:
        pass
    load = "load average %.2f %.2f %.2f" % os.getloadavg() if hasattr(os, "getloadavg") else "load unknown"
    return "%s, %d CPUs, %s" % (model, os.cpu_count() or 0, load)


def spread(values, digits=2):
    low, high = min(values), max(values)
    return ("%.*f" % (digits, low)) if low == high else ("%.*f–%.*f" % (digits, low, digits, high))


def per_call_ns(statement, namespace, calls_per_loop, smoke):
    timer = timeit.Timer(statement, globals=namespace)
    if smoke:
        number, repeat = 2, 1
    else:
        number, _ = timer.autorange()
        repeat = 7
    best = min(timer.repeat(repeat=repeat, number=number))
    return best / number / calls_per_loop * 1e9


def lookups(rounds, smoke):
    import bs_errno

    codes = [int(code) for code in bs_errno.Code]  # plain ints, as a BS2_* call returns them
    successes = [code for code in codes if code > 0]
    descriptions = {code: bs_errno.describe(code) for code in codes}  # the same data in a plain dict
    names = {code: bs_errno.name(code) for code in codes}

    def index_only(code):  # the floor for any Python function: no checks, no fallback
        return descriptions[code]

    namespace = {
        "index_only": index_only,
        "codes": codes,
        "successes": successes,
        "descriptions": descriptions,
        "names": names,
        "bs_errno": bs_errno,
        "describe": bs_errno.describe,
        "name": bs_errno.name,
        "category": bs_errno.category,
        "check": bs_errno.check,
        "format_code": bs_errno.format_code,
    }
    n, s = len(codes), len(successes)
    reference = "descriptions.get(code)"
    rows = [
        (reference, "for c in codes: descriptions.get(c)", n),
        ("def f(c): return descriptions[c]", "for c in codes: index_only(c)", n),
        ("describe(code)", "for c in codes: describe(c)", n),
        ("bs_errno.describe(code)", "for c in codes: bs_errno.describe(c)", n),
        ("name(code)", "for c in codes: name(c)", n),
        ("category(code)", "for c in codes: category(c)", n),
        ("check(code), success codes", "for c in successes: check(c)", s),
        ("format_code(code)", "for c in codes: format_code(c)", n),
    ]
    times = {label: [] for label, _, _ in rows}
    for _ in range(rounds):
        for label, statement, calls in rows:
            times[label].append(per_call_ns(statement, namespace, calls, smoke))
    print("Lookups over all %d codes: ns per call (loop included), and the ratio to %s measured in the same "
          "round; min–max over %d rounds:" % (n, reference, rounds))
    for label, _, _ in rows:
        ratios = [t / ref for t, ref in zip(times[label], times[reference])]
        print("  %-34s %14s ns  %12sx" % (label, spread(times[label], 1), spread(ratios)))


def _start_time(command, env):
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=HERE, check=True)
    return time.perf_counter() - started


def import_time(rounds, runs):
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package has its bytecode compiled
        env["PYTHONPYCACHEPREFIX"] = cache  # ... kept out of the source tree
        env["PYTHONPATH"] = HERE
        package = [sys.executable, "-c", IMPORT]
        reference = [sys.executable, "-c", IMPORT_REFERENCE]
        for command in (package, reference):
            _start_time(command, env)  # compiles the bytecode
        # An interpreter whose site imports these at start (a .pth file can) makes the reference measure less.
        started_with = subprocess.run(
            [sys.executable, "-c", "import sys; print(' '.join(sorted({'ctypes', 'enum'} & set(sys.modules))))"],
            env=env, cwd=HERE, check=True, stdout=subprocess.PIPE, universal_newlines=True).stdout.split()
        if started_with:
            print("note: this interpreter imports %s when it starts (site)" % " and ".join(started_with))
        print("Import: the mean of %d interpreter starts (`%s -c '...'`, run alternately with the reference), "
              "in ms, and its ratio to the reference's; min–max over %d rounds:"
              % (runs, os.path.basename(sys.executable), rounds))
        means, reference_means = [], []
        for _ in range(rounds):
            pairs = [(_start_time(package, env), _start_time(reference, env)) for _ in range(runs)]
            means.append(statistics.mean(p for p, _ in pairs) * 1e3)
            reference_means.append(statistics.mean(r for _, r in pairs) * 1e3)
        ratios = [m / r for m, r in zip(means, reference_means)]
        print("  %-34s %14s ms" % (IMPORT_REFERENCE, spread(reference_means)))
        print("  %-34s %14s ms  %12sx" % (IMPORT, spread(means), spread(ratios)))


def main():
    smoke = "--smoke" in sys.argv[1:]
    unknown = [arg for arg in sys.argv[1:] if arg != "--smoke"]
    if unknown:
        sys.exit("usage: bench.py [--smoke]")
    _setup()
    import bs_errno

    print("Python %s (%s) on %s" % (platform.python_version(), platform.python_implementation(),
                                    platform.platform()))
    print("machine: %s" % machine())
    print("library %s (bs_errno %s)" % (bs_errno.library_path(), bs_errno.library_version()))
    print()
    lookups(2 if smoke else ROUNDS, smoke)
    print()
    import_time(1 if smoke else ROUNDS, 2 if smoke else IMPORT_RUNS)


if __name__ == "__main__":
    main()
