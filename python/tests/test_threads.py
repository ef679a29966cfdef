"""Eight threads at once get the same answers as one."""

from __future__ import annotations

import threading

import bs_errno
from conftest import CLIB, CODE_ROWS, c_format

THREADS = 8


def run_together(work):
    """Run work(i) in THREADS threads released at the same moment; re-raise the first failure."""
    barrier = threading.Barrier(THREADS)
    results = [None] * THREADS
    failures = []

    def body(i):
        try:
            barrier.wait()
            results[i] = work(i)
        except BaseException as error:  # noqa: BLE001 - reported below
            failures.append(error)

    threads = [threading.Thread(target=body, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not any(t.is_alive() for t in threads)
    if failures:
        raise failures[0]
    return results


def test_lookups_from_eight_threads():
    expected = [
        (r["name"], CLIB.bs_error_string(int(r["code"])).decode(), r["category"].upper(),
         c_format(CLIB.bs_error_format, int(r["code"])))
        for r in CODE_ROWS
    ]
    unknown = [(code, bs_errno.format_code(code)) for code in (-99, -799, 0, -2**31)]

    def work(i):
        mismatches = []
        for _ in range(5):
            # Each thread walks the table from a different starting point.
            for j in range(len(CODE_ROWS)):
                row = CODE_ROWS[(j + i * 41) % len(CODE_ROWS)]
                code = int(row["code"])
                got = (bs_errno.name(code), bs_errno.describe(code), bs_errno.category(code).name,
                       bs_errno.format_code(code))
                if got != expected[(j + i * 41) % len(CODE_ROWS)]:
                    mismatches.append((code, got))
                if bs_errno.from_name(row["name"]) != code:
                    mismatches.append((row["name"], "from_name"))
                if row["category"] == "success":
                    if bs_errno.check(code) != code:
                        mismatches.append((code, "check"))
                else:
                    try:
                        bs_errno.check(code, "thread%d" % i)
                        mismatches.append((code, "check did not raise"))
                    except bs_errno.BsSdkError as error:
                        if error.code != code or not str(error).startswith("thread%d: " % i):
                            mismatches.append((code, str(error)))
            for code, line in unknown:
                if bs_errno.format_code(code) != line or bs_errno.name(code) != "UNKNOWN":
                    mismatches.append((code, "unknown"))
        return mismatches

    assert run_together(work) == [[]] * THREADS


def test_releases_from_eight_threads():
    """Sdk objects made and asked in eight threads at once answer as the library does in one."""
    releases = [sdk.release for sdk in bs_errno.releases()]
    codes = [int(r["code"]) for r in CODE_ROWS]
    expected = {(release, code): (bs_errno.for_sdk(release).name(code), bs_errno.for_sdk(release).format_code(code))
                for release in releases for code in codes}

    def work(i):
        mismatches = []
        for release in releases[i % 3::3]:
            sdk = bs_errno.for_sdk(release)
            for code in codes:
                if (sdk.name(code), sdk.format_code(code)) != expected[release, code]:
                    mismatches.append((release, code))
        return mismatches

    assert run_together(work) == [[]] * THREADS
