"""Test setup: the package under test, its library, and the independent reference data.

The tests import ``bs_errno`` as installed (``cargo xtask test`` installs the wheel into a fresh virtual
environment and sets BS_ERRNO_EXPECT_INSTALLED=1); the library is the one the package loads, or the file
BS_ERRNO_LIBRARY names. The expectations are this checkout's data as `cargo xtask generate` renders it
(generated_table.py) and the vendor reference beside the checkout (../shared), never the package.
"""

from __future__ import annotations

import csv
import ctypes
import os
from pathlib import Path

import pytest

import bs_errno
from generated_table import ROWS

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent.parent
# The vendor reference lives beside the checkout: <checkout>/../shared.
SHARED_TSV = REPO.parent / "shared" / "data" / "bs_sdk_codes.tsv"
HEADER = REPO / "include" / "BS_Errno.h"
# The directory holding the bs_errno package under test (site-packages for an installed wheel).
PACKAGE_PARENT = Path(bs_errno.__file__).resolve().parent.parent
LIBRARY = os.environ.get("BS_ERRNO_LIBRARY") or bs_errno.library_path()
EXPECT_INSTALLED = os.environ.get("BS_ERRNO_EXPECT_INSTALLED") == "1"


def _library_file_name() -> str:
    return Path(bs_errno.library_path()).name


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
