"""Test setup: which library and which package are tested, and the independent reference data.

BS_ERRNO_LIBRARY names the library under test. Without it, the tests fall back to this checkout's
target/release, then target/debug, and import the package from this checkout's python/ directory.
The expectations are the data as `cargo xtask generate` renders it (generated_table.py), and the vendor
reference beside the checkout (../shared), never the library.
"""

from __future__ import annotations

import csv
import ctypes
import os
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
PYTHON_DIR = TESTS.parent
REPO = PYTHON_DIR.parent
# The vendor reference lives beside the checkout: <checkout>/../shared.
SHARED_TSV = REPO.parent / "shared" / "data" / "bs_sdk_codes.tsv"
HEADER = REPO / "include" / "BS_Errno.h"

if str(PYTHON_DIR) not in sys.path:
    sys.path.insert(0, str(PYTHON_DIR))
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

from generated_table import ROWS  # noqa: E402 (the path above makes it importable)


def _library_file_name() -> str:
    if sys.platform == "win32":
        return "bs_errno.dll"
    if sys.platform == "darwin":
        return "libbs_errno.dylib"
    return "libbs_errno.so"


if not os.environ.get("BS_ERRNO_LIBRARY"):
    for profile in ("release", "debug"):
        candidate = REPO / "target" / profile / _library_file_name()
        if candidate.is_file():
            os.environ["BS_ERRNO_LIBRARY"] = str(candidate)
            break
    else:
        raise pytest.UsageError(
            "no bs_errno library: set BS_ERRNO_LIBRARY or run `cargo build --release` in %s" % REPO
        )

LIBRARY = os.environ["BS_ERRNO_LIBRARY"]


def read_tsv(path: Path) -> list:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def vendor_reference() -> list:
    """The rows of the vendor reference table. Missing, it skips the test, except under CI=true, where a
    clone without ../shared must fail instead of passing untested."""
    if SHARED_TSV.is_file():
        return read_tsv(SHARED_TSV)
    reason = "the vendor reference %s is missing (it lives beside the checkout)" % SHARED_TSV
    if os.environ.get("CI") == "true":
        pytest.fail("CI=true: " + reason)
    pytest.skip(reason)


CODE_ROWS = [r for r in ROWS if r["kind"] == "code"]
ALIAS_ROWS = [r for r in ROWS if r["kind"] == "alias"]
ERROR_ROWS = [r for r in CODE_ROWS if r["category"] != "success"]
SUCCESS_ROWS = [r for r in CODE_ROWS if r["category"] == "success"]


class BsErrorAlias(ctypes.Structure):
    """The test's own declaration of struct BsErrorAlias, independent of the package's."""

    _fields_ = [
        ("name", ctypes.c_char_p),
        ("code", ctypes.c_int),
        ("deprecated", ctypes.c_int),
        ("deprecated_since", ctypes.c_char_p),
        ("description", ctypes.c_char_p),
    ]


def open_library() -> ctypes.CDLL:
    """A CDLL of the library under test, declared here (not by the package)."""
    lib = ctypes.CDLL(LIBRARY)
    for fname in ("bs_error_string", "bs_error_name", "bs_errno_version"):
        getattr(lib, fname).restype = ctypes.c_char_p
    for fname in ("bs_error_string", "bs_error_name", "bs_error_category", "bs_error_is_success",
                  "bs_error_is_known"):
        getattr(lib, fname).argtypes = [ctypes.c_int]
    lib.bs_error_category.restype = ctypes.c_int
    lib.bs_error_category_name.restype = ctypes.c_char_p
    lib.bs_error_category_name.argtypes = [ctypes.c_int]
    lib.bs_error_count.restype = ctypes.c_size_t
    lib.bs_error_code_at.argtypes = [ctypes.c_size_t]
    lib.bs_error_code_at.restype = ctypes.c_int
    lib.bs_error_alias_count.restype = ctypes.c_size_t
    lib.bs_error_alias_at.argtypes = [ctypes.c_size_t, ctypes.POINTER(BsErrorAlias)]
    lib.bs_error_alias_at.restype = ctypes.c_int
    return lib


@pytest.fixture(scope="session")
def clib() -> ctypes.CDLL:
    return open_library()
