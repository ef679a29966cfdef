"""Runs the Python tests for ctest: `python3 -m pytest <tests dir> -q`.

Exit codes: pytest's own; 77 (ctest: skipped) when the directory holds no test files yet. When it does
hold test files, "no tests collected" (pytest's 5) and a missing pytest are failures, not skips.
The environment (BS_ERRNO_LIBRARY, PYTHONPATH) is set by the ctest test.
"""
import os
import subprocess
import sys

SKIP = 77


def test_files(directory):
    found = []
    for root, _dirs, files in os.walk(directory):
        for name in files:
            if name.endswith(".py") and (name.startswith("test_") or name.endswith("_test.py")):
                found.append(os.path.join(root, name))
    return found


def main():
    tests = sys.argv[1]
    files = test_files(tests) if os.path.isdir(tests) else []
    if not files:
        print("SKIPPED: no test files in %s" % tests)
        return SKIP
    print("BS_ERRNO_LIBRARY=%s" % os.environ.get("BS_ERRNO_LIBRARY", ""))
    sys.stdout.flush()
    # No cache directory and no bytecode: the test run writes nothing into the source tree.
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.call([sys.executable, "-m", "pytest", tests, "-q", "-p", "no:cacheprovider"], env=env)
    if result == 5:
        print("pytest collected no tests, but %d test file(s) exist: %s" % (len(files), ", ".join(files)))
        return 1
    return result


if __name__ == "__main__":
    sys.exit(main())
