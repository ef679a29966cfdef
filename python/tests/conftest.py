"""Test setup: the package under test, the C library it loaded (declared here, independently of the
package), and the project's data files.

The tests import ``bs_errno`` as installed (``cargo xtask test`` installs the wheel into a fresh virtual
environment and sets BS_ERRNO_EXPECT_INSTALLED=1); the library is the one the package loads, or the file
BS_ERRNO_LIBRARY names. They check the Python layer: every answer against the library's own answer to the
same question, asked through ctypes here; the data files (data/*.tsv of this checkout) only where the
package states a fact of its own (class names, module constants).
"""

import csv
import ctypes
import os
from pathlib import Path

import pytest

import bs_errno

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent.parent
DATA = REPO / "data"
HEADER = REPO / "include" / "BS_Errno.h"
# The directory holding the bs_errno package under test (site-packages for an installed wheel).
PACKAGE_PARENT = Path(bs_errno.__file__).resolve().parent.parent
LIBRARY = os.environ.get("BS_ERRNO_LIBRARY") or bs_errno.library_path()
EXPECT_INSTALLED = os.environ.get("BS_ERRNO_EXPECT_INSTALLED") == "1"
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1


def _library_file_name() -> str:
    return Path(bs_errno.library_path()).name


def read_tsv(path: Path) -> list:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


# ---- the data files -----------------------------------------------------------------------------------

CATEGORY_ROWS = read_tsv(DATA / "categories.tsv")
ROWS = read_tsv(DATA / "codes.tsv")


def _ranges(text: str) -> list:
    return [tuple(int(end) for end in part.split("..")) for part in text.split()]


# (low, high, category name) of every range of data/categories.tsv.
CATEGORY_RANGES = [(low, high, c["name"]) for c in CATEGORY_ROWS for low, high in _ranges(c["ranges"])]


def category_by_range(code: int) -> str:
    """The category whose range holds ``code``, by a plain scan of data/categories.tsv."""
    names = [name for low, high, name in CATEGORY_RANGES if low <= code <= high]
    return names[0] if names else CATEGORY_ROWS[0]["name"]


for _row in ROWS:
    _row["category"] = category_by_range(int(_row["code"]))

CODE_ROWS = [r for r in ROWS if r["kind"] == "code"]
ALIAS_ROWS = [r for r in ROWS if r["kind"] == "alias"]
SPELLING_ROWS = [r for r in ROWS if r["kind"] not in ("code", "alias")]
MACRO_ROWS = CODE_ROWS + ALIAS_ROWS
ERROR_ROWS = [r for r in CODE_ROWS if r["category"] != "success"]
SUCCESS_ROWS = [r for r in CODE_ROWS if r["category"] == "success"]
# The Python exception class of each category's error codes, as data/categories.tsv names it.
CATEGORY_CLASS = {c["name"]: c["python_exception"] for c in CATEGORY_ROWS if c["python_exception"]}


# ---- the C library, declared here -----------------------------------------------------------------------


class BsErrorAlias(ctypes.Structure):
    """The test's own declaration of struct BsErrorAlias, independent of the package's."""

    _fields_ = [
        ("name", ctypes.c_char_p),
        ("code", ctypes.c_int),
        ("deprecated", ctypes.c_int),
        ("deprecated_since", ctypes.c_char_p),
        ("description", ctypes.c_char_p),
    ]


def _declare(lib: ctypes.CDLL, name: str, restype, *argtypes) -> None:
    function = getattr(lib, name)
    function.restype = restype
    function.argtypes = argtypes


def open_library() -> ctypes.CDLL:
    """A CDLL of the library under test, declared here (not by the package)."""
    lib = ctypes.CDLL(LIBRARY)
    text, number, size, handle = ctypes.c_char_p, ctypes.c_int, ctypes.c_size_t, ctypes.c_void_p
    for name in ("bs_error_string", "bs_error_name"):
        _declare(lib, name, text, number)
    for name in ("bs_error_category", "bs_error_is_success", "bs_error_is_known"):
        _declare(lib, name, number, number)
    _declare(lib, "bs_error_category_name", text, number)
    _declare(lib, "bs_error_from_name", number, text)
    _declare(lib, "bs_error_count", size)
    _declare(lib, "bs_error_code_at", number, size)
    _declare(lib, "bs_error_alias_count", size)
    _declare(lib, "bs_error_alias_at", number, size, ctypes.POINTER(BsErrorAlias))
    _declare(lib, "bs_error_format", number, number, text, size)
    _declare(lib, "bs_errno_version", text)
    _declare(lib, "bs_sdk_release_find", handle, text)
    _declare(lib, "bs_sdk_release_count", size)
    _declare(lib, "bs_sdk_release_at", handle, size)
    _declare(lib, "bs_sdk_release_version", text, handle)
    _declare(lib, "bs_sdk_release_date", text, handle)
    for name in ("bs_error_name_in", "bs_error_string_in"):
        _declare(lib, name, text, handle, number)
    _declare(lib, "bs_error_is_known_in", number, handle, number)
    _declare(lib, "bs_error_format_in", number, handle, number, text, size)
    return lib


CLIB = open_library()


@pytest.fixture(scope="session")
def clib() -> ctypes.CDLL:
    return CLIB


def c_format(function, *arguments) -> str:
    """What a bs_error_format-style function writes, asked with a buffer as large as it says it needs."""
    length = function(*arguments, None, 0)
    buffer = ctypes.create_string_buffer(length + 1)
    assert function(*arguments, buffer, len(buffer)) == length
    return buffer.value.decode("utf-8")


def library_codes() -> list:
    """Every code of the library's table, through its enumeration."""
    return [CLIB.bs_error_code_at(i) for i in range(CLIB.bs_error_count())]


def library_releases() -> list:
    """(handle, version) of every release the library knows, oldest first."""
    handles = [CLIB.bs_sdk_release_at(i) for i in range(CLIB.bs_sdk_release_count())]
    return [(h, CLIB.bs_sdk_release_version(h).decode()) for h in handles]


def probe_codes() -> list:
    """Every code of the table, its neighbours, every category range's ends and their neighbours, and the
    ends of int32: known and unknown codes of every category."""
    codes = set(library_codes())
    probe = set(codes) | {c - 1 for c in codes} | {c + 1 for c in codes} | {0, INT32_MIN, INT32_MAX}
    for low, high, _ in CATEGORY_RANGES:
        probe.update(c for c in (low - 1, low, high, high + 1) if INT32_MIN <= c <= INT32_MAX)
    return sorted(probe)
