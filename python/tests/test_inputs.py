"""Bad input is refused loudly; unknown codes always get an answer."""

from __future__ import annotations

import ctypes
import fractions
import decimal

import pytest

import bs_errno
from conftest import CLIB, category_by_range, CATEGORY_RANGES, c_format

# Every function that takes a code.
TAKES_A_CODE = [
    bs_errno.describe,
    bs_errno.name,
    bs_errno.category,
    bs_errno.is_known,
    bs_errno.is_success,
    bs_errno.format_code,
    bs_errno.check,
    bs_errno.error_for,
    bs_errno.error_class,
    bs_errno.BsSdkError,
    bs_errno.CommunicationError,
    bs_errno.for_sdk("2.7.1.1").name,
    bs_errno.for_sdk("2.7.1.1").describe,
    bs_errno.for_sdk("2.7.1.1").is_known,
    bs_errno.for_sdk("2.7.1.1").format_code,
]
NOT_INTEGERS = [True, False, -102.0, 1.0, float("nan"), "-102", "BS_SDK_SUCCESS", b"-102", None,
                decimal.Decimal(-102), fractions.Fraction(-102), ctypes.c_int(-102), object(), [1], (-102,)]
OUTSIDE_INT32 = [2**31, -(2**31) - 1, 2**32 - 101, 0xFFFFFF9B, 2**63, -(2**64), 10**30]
EDGES = [-(2**31), 2**31 - 1, 0, -1, 1, 14, -99, -799, -10300]


class Index:
    """An integer-like object that is not an int (as numpy integers are)."""

    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value


@pytest.mark.parametrize("function", TAKES_A_CODE, ids=lambda f: f.__name__)
@pytest.mark.parametrize("value", NOT_INTEGERS, ids=repr)
def test_not_an_integer_is_a_type_error(function, value):
    with pytest.raises(TypeError):
        function(value)


@pytest.mark.parametrize("function", TAKES_A_CODE, ids=lambda f: f.__name__)
@pytest.mark.parametrize("value", OUTSIDE_INT32)
def test_outside_int32_is_an_overflow_error(function, value):
    # ctypes would silently truncate 2**32-101 to -101 and answer for the wrong code.
    with pytest.raises(OverflowError):
        function(value)


def test_overflow_message_suggests_from_uint32():
    with pytest.raises(OverflowError, match=r"from_uint32\(0xffffff9b\) gives -101"):
        bs_errno.describe(0xFFFFFF9B)


def test_str_message_suggests_from_name():
    with pytest.raises(TypeError, match="from_name"):
        bs_errno.describe("BS_SDK_ERROR_TIMEOUT")


@pytest.mark.parametrize("code", EDGES)
def test_unknown_and_edge_codes_never_raise(code, clib):
    known = bs_errno.is_known(code)
    assert known is (code in {int(m) for m in bs_errno.Code})
    # The answers are the library's own, asked directly.
    assert bs_errno.describe(code) == clib.bs_error_string(code).decode()
    assert bs_errno.name(code) == clib.bs_error_name(code).decode()
    assert bs_errno.category(code) == clib.bs_error_category(code)
    assert bs_errno.is_success(code) is (code > 0)
    if not known:
        assert bs_errno.describe(code) == "Unknown error code."
        assert bs_errno.name(code) == "UNKNOWN"
        assert bs_errno.format_code(code).startswith("UNKNOWN (%d): Unknown error code (category: " % code)


def test_categories_follow_the_ranges():
    """Each range's ends and their neighbours, against a plain scan of data/categories.tsv."""
    edges = {0, -2**31, 2**31 - 1}
    for low, high, _ in CATEGORY_RANGES:
        edges.update(c for c in (low - 1, low, high, high + 1) if -2**31 <= c < 2**31)
    for code in sorted(edges):
        assert bs_errno.category(code) is bs_errno.Category[category_by_range(code).upper()], code


def test_integer_like_values_are_accepted():
    assert bs_errno.describe(Index(-714)) == "Cannot find user."
    assert bs_errno.name(Index(-99)) == "UNKNOWN"
    assert bs_errno.check(Index(1)) == 1 and type(bs_errno.check(Index(1))) is int
    with pytest.raises(OverflowError):
        bs_errno.describe(Index(2**40))


def test_results_are_plain_types():
    assert type(bs_errno.is_known(-714)) is bool and type(bs_errno.is_known(-99)) is bool
    assert type(bs_errno.is_success(1)) is bool and type(bs_errno.is_success(99)) is bool
    assert type(bs_errno.category(-99)) is bs_errno.Category


def test_from_uint32():
    for unsigned in (0xFFFFFF9B, 0xFFFFFD26, 0x80000000, 0xFFFFFFFF, 0, 1, 13, 0x7FFFFFFF):
        expected = unsigned - 2**32 if unsigned >= 2**31 else unsigned
        assert bs_errno.from_uint32(unsigned) == expected
        # the same bits, as C sees them
        assert ctypes.c_int32(ctypes.c_uint32(unsigned).value).value == expected
    assert bs_errno.describe(bs_errno.from_uint32(0xFFFFFF9B)) == "Cannot create a socket."
    for bad in (-1, 2**32, 2**64):
        with pytest.raises(OverflowError):
            bs_errno.from_uint32(bad)
    for bad in (True, 1.0, "0xFFFFFF9B", None):
        with pytest.raises(TypeError):
            bs_errno.from_uint32(bad)


@pytest.mark.parametrize("value", [None, b"BS_SDK_SUCCESS", 1, True, ["BS_SDK_SUCCESS"]], ids=repr)
def test_from_name_wants_a_str(value):
    with pytest.raises(TypeError):
        bs_errno.from_name(value)


def test_format_grows_its_buffer():
    """A line longer than the first buffer is asked for again with the length the library reported."""
    from bs_errno import _core

    sdk = bs_errno.for_sdk("2.7.1.1")
    for code in (-714, -319, -99, -2**31):
        whole = bs_errno.format_code(code)
        old = sdk.format_code(code)
        for first_size in (1, 2, len(whole), len(whole) + 1):
            assert _core._format(_core._lib.bs_error_format, (code,), first_size) == whole
            assert _core._format(_core._lib.bs_error_format_in, (sdk._handle, code), first_size) == old


@pytest.mark.parametrize("value", ["BS_SDK_SUCCESS\0", "BS_SDK_\0SUCCESS", "\udcff", "é" * 64, "x" * 100000])
def test_from_name_of_odd_strings_is_none(value):
    # No C string is made: a NUL cannot cut the name short, and surrogates cannot fail to encode.
    assert bs_errno.from_name(value) is None


def test_function_names_and_releases_are_checked():
    with pytest.raises(TypeError):
        bs_errno.error_for(-102, b"BS2_ConnectDevice")
    with pytest.raises(TypeError):
        bs_errno.check(-102, sdk="2.7.1.1")
    with pytest.raises(TypeError):
        bs_errno.errcheck_for("2.7.1.1")
