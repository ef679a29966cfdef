"""Exceptions: the class of every error code, builtin bases, messages, check(), errcheck on real ctypes
prototypes, and pickling."""

from __future__ import annotations

import ctypes
import os
import pickle
import subprocess
import sys

import pytest

import bs_errno
from conftest import (
    CATEGORY_CLASS,
    CATEGORY_RANGES,
    CATEGORY_ROWS,
    CLIB,
    ERROR_ROWS,
    LIBRARY,
    PACKAGE_PARENT,
    ROWS,
    SUCCESS_ROWS,
    c_format,
)

# The builtin each category class also derives from; absent: none.
CATEGORY_BUILTIN = {"communication": ConnectionError, "file_io": OSError}
BUILTINS = (ConnectionError, OSError, TimeoutError, ValueError, NotImplementedError, LookupError,
            RuntimeError, MemoryError, ArithmeticError)


def is_timeout(row):
    return "TIMEOUT" in row["name"]


def is_parameter(row):
    return row["name"].endswith("_PARAM") or row["name"] == "BS_SDK_ERROR_NULL_POINTER"


def test_one_class_per_error_category():
    names = {c.name.lower() for c in bs_errno.Category} - {"success"}
    assert names == set(CATEGORY_CLASS)
    for category, class_name in CATEGORY_CLASS.items():
        cls = getattr(bs_errno, class_name)
        assert issubclass(cls, bs_errno.BsSdkError) and cls is not bs_errno.BsSdkError
        assert cls.__module__ == "bs_errno" and class_name in bs_errno.__all__
        expected = CATEGORY_BUILTIN.get(category)
        for builtin in BUILTINS:
            assert issubclass(cls, builtin) is (expected is not None and issubclass(expected, builtin)), (
                class_name, builtin)


def test_base_class():
    assert issubclass(bs_errno.BsSdkError, Exception)
    for builtin in BUILTINS:
        assert not issubclass(bs_errno.BsSdkError, builtin)
    assert bs_errno.CommunicationError.__mro__.index(bs_errno.BsSdkError) < (
        bs_errno.CommunicationError.__mro__.index(ConnectionError))


@pytest.mark.parametrize("row", ERROR_ROWS, ids=lambda r: r["name"])
def test_every_error_code(row):
    code = int(row["code"])
    error = bs_errno.error_for(code)
    category_class = getattr(bs_errno, CATEGORY_CLASS[row["category"]])
    assert isinstance(error, category_class)
    assert type(error) is bs_errno.error_class(code)
    assert error.code == code and type(error.code) is int
    assert error.name == row["name"] == CLIB.bs_error_name(code).decode()
    assert error.description == CLIB.bs_error_string(code).decode()
    assert error.category is bs_errno.Category[row["category"].upper()]
    assert error.function is None
    assert str(error) == c_format(CLIB.bs_error_format, code)
    assert repr(error) == "%s(%d)" % (type(error).__name__, code)

    assert isinstance(error, TimeoutError) is is_timeout(row)
    assert isinstance(error, ValueError) is is_parameter(row)
    assert isinstance(error, ConnectionError) is (row["category"] == "communication")
    assert isinstance(error, OSError) is (row["category"] in ("communication", "file_io") or is_timeout(row))
    assert not isinstance(error, NotImplementedError)  # documented: "not supported" is not unfinished code
    if is_timeout(row) or is_parameter(row):
        stem = CATEGORY_CLASS[row["category"]][: -len("Error")]
        suffix = "TimeoutError" if is_timeout(row) else "ParameterError"
        assert type(error).__name__ == stem + suffix
        assert getattr(bs_errno, stem + suffix) is type(error)
    else:
        assert type(error) is category_class

    with pytest.raises(category_class) as raised:
        bs_errno.check(code)
    assert raised.value.code == code


def test_timeouts_are_caught_both_ways():
    for code in (bs_errno.BS_SDK_ERROR_FINGERPRINT_SCAN_TIMEOUT, bs_errno.BS_SDK_ERROR_TIMEOUT,
                 bs_errno.BS_SDK_ERROR_CARD_READ_TIMEOUT):
        with pytest.raises(TimeoutError):
            bs_errno.check(code)
    with pytest.raises(bs_errno.BiometricError):
        bs_errno.check(bs_errno.BS_SDK_ERROR_FINGERPRINT_SCAN_TIMEOUT)
    assert issubclass(bs_errno.BiometricTimeoutError, bs_errno.BiometricError)
    assert issubclass(bs_errno.BiometricTimeoutError, TimeoutError)


def test_combined_classes_are_published():
    published = {name for name in bs_errno.__all__ if name.endswith(("TimeoutError", "ParameterError"))}
    expected = set()
    for row in ERROR_ROWS:
        if is_timeout(row) or is_parameter(row):
            stem = CATEGORY_CLASS[row["category"]][: -len("Error")]
            expected.add(stem + ("TimeoutError" if is_timeout(row) else "ParameterError"))
    assert published == expected
    for class_name in published:
        assert getattr(bs_errno, class_name).__module__ == "bs_errno"


def test_function_in_message_and_repr():
    error = bs_errno.error_for(-102, "BS2_ConnectDevice")
    assert error.function == "BS2_ConnectDevice"
    assert str(error) == (
        "BS2_ConnectDevice: BS_SDK_ERROR_CANNOT_CONNECT_SOCKET (-102): Cannot connect to socket.")
    assert repr(error) == "CommunicationError(-102, 'BS2_ConnectDevice')"
    assert error.args == (str(error),)
    assert error.errno is None  # an SDK code is not a POSIX errno
    with pytest.raises(TypeError):
        bs_errno.error_for(-102, 42)


def unknown_error_codes_by_category():
    """(code, category) for every end of an error category's range that is no code, and codes outside every
    range, as the data gives them."""
    known = {int(r["code"]) for r in ROWS}
    ends = [(end, category) for low, high, category in CATEGORY_RANGES if category != "success"
            for end in (low, high)]
    outside = [(code, CATEGORY_ROWS[0]["name"]) for code in (0, -(2**31))
               if not any(low <= code <= high for low, high, _ in CATEGORY_RANGES)]
    return [(code, category) for code, category in ends if code not in known] + outside


def test_unknown_codes():
    cases = unknown_error_codes_by_category()
    assert len({category for _, category in cases}) > 2, cases
    for code, category in cases:
        error = bs_errno.error_for(code)
        assert type(error) is getattr(bs_errno, CATEGORY_CLASS[category]), (code, category)
        assert error.name == "UNKNOWN" and error.description == "Unknown error code."
        assert str(error) == "UNKNOWN (%d): Unknown error code (category: %s)." % (code, category)
        with pytest.raises(type(error)):
            bs_errno.check(code)


def test_success_codes_are_not_errors():
    for row in SUCCESS_ROWS:
        code = int(row["code"])
        with pytest.raises(ValueError):
            bs_errno.error_for(code)
        assert bs_errno.check(code) == code
    # Any positive code is success, also one the table does not know.
    for code in (6, 14, 2**31 - 1):
        assert bs_errno.check(code) == code
        with pytest.raises(ValueError):
            bs_errno.error_class(code)


def test_check_returns_what_it_was_given():
    member = bs_errno.Code.BS_SDK_DUAL_AUTH_SUCCESS
    assert bs_errno.check(member) is member
    assert bs_errno.check(1) == 1
    with pytest.raises(bs_errno.DoorError) as raised:
        bs_errno.check(-1000, "BS2_ReleaseDoor")
    assert str(raised.value).startswith("BS2_ReleaseDoor: ")


# ---- errcheck on real ctypes function prototypes ---------------------------------------------------


@pytest.fixture()
def code_at():
    """The library's own bs_error_code_at(size_t) -> int, through a fresh, private CDLL."""
    function = ctypes.CDLL(LIBRARY).bs_error_code_at
    function.argtypes = [ctypes.c_size_t]
    function.restype = ctypes.c_int
    function.errcheck = bs_errno.errcheck
    return function


def test_errcheck_on_a_library_function(code_at):
    ordered = sorted(int(m) for m in bs_errno.Code)
    assert code_at(ordered.index(1)) == 1
    assert code_at(ordered.index(13)) == 13
    with pytest.raises(bs_errno.CommunicationError) as raised:
        code_at(ordered.index(-102))
    assert raised.value.code == -102
    assert raised.value.function == "bs_error_code_at"
    assert str(raised.value).startswith("bs_error_code_at: BS_SDK_ERROR_CANNOT_CONNECT_SOCKET (-102)")
    with pytest.raises(bs_errno.UnknownError) as raised:
        code_at(len(ordered))  # past the end: 0, which is no success
    assert raised.value.code == 0


def test_errcheck_on_a_bs2_style_prototype():
    """A BS2_ConnectDevice(void *context, uint32 deviceId) prototype over a Python implementation."""
    prototype = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_uint32)
    answers = {541530000: 1, 541530001: -102, 541530002: -601, 541530003: 5}
    seen = []

    def connect(context, device_id):
        seen.append(device_id)
        return answers[device_id]

    connect_device = prototype(connect)
    connect_device.errcheck = bs_errno.errcheck
    assert connect_device(None, 541530000) == 1
    assert connect_device(None, 541530003) == 5  # success with a detail is still success
    with pytest.raises(ConnectionError) as raised:
        connect_device(None, 541530001)
    assert isinstance(raised.value, bs_errno.CommunicationError)
    with pytest.raises(bs_errno.UtilError) as raised:
        connect_device(None, 541530002)
    assert isinstance(raised.value, TimeoutError)
    assert seen == [541530000, 541530003, 541530001, 541530002]


def test_errcheck_explains_a_wrong_restype():
    unsigned = ctypes.CFUNCTYPE(ctypes.c_uint32)(lambda: -102)  # arrives as 4294967194
    unsigned.errcheck = bs_errno.errcheck
    with pytest.raises(OverflowError, match="restype"):
        unsigned()
    void = ctypes.CFUNCTYPE(None)(lambda: None)
    void.errcheck = bs_errno.errcheck
    with pytest.raises(TypeError, match="restype"):
        void()


# ---- pickling --------------------------------------------------------------------------------------

SAMPLE = [int(r["code"]) for r in ERROR_ROWS] + [0, -799, -2**31]


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_pickle_round_trip(protocol):
    for code in SAMPLE:
        for function in (None, "BS2_GetUserInfos"):
            error = bs_errno.error_for(code, function)
            back = pickle.loads(pickle.dumps(error, protocol))
            assert type(back) is type(error)
            assert (back.code, back.name, back.description, back.category, back.function) == (
                error.code, error.name, error.description, error.category, error.function)
            assert str(back) == str(error) and back.args == error.args


def test_pickle_keeps_what_a_handler_added():
    error = bs_errno.error_for(-714)
    error.device_id = 541530000
    if hasattr(error, "add_note"):
        error.add_note("while syncing users")
    back = pickle.loads(pickle.dumps(error))
    assert back.device_id == 541530000
    assert getattr(back, "__notes__", None) == getattr(error, "__notes__", None)


def test_pickle_into_a_fresh_interpreter():
    """Classes, the combined ones included, and the release an exception names are found again in a new
    process."""
    sdk = bs_errno.for_sdk("V2.7.1.5")
    errors = [bs_errno.error_for(-305, "BS2_ScanFingerprint"), bs_errno.error_for(-102),
              bs_errno.error_for(-319, "BS2_ScanFace", sdk)]
    script = (
        "import pickle, sys, bs_errno\n"
        "for e in pickle.loads(sys.stdin.buffer.read()):\n"
        "    print(type(e).__name__, isinstance(e, TimeoutError), isinstance(e, bs_errno.BsSdkError), e.code,\n"
        "          e.function, e.sdk and (e.sdk.version, e.sdk.release), e)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(PACKAGE_PARENT), BS_ERRNO_LIBRARY=LIBRARY)
    out = subprocess.run([sys.executable, "-c", script], input=pickle.dumps(errors), env=env,
                         stdout=subprocess.PIPE, check=True).stdout.decode().splitlines()
    assert out == [
        "BiometricTimeoutError True True -305 BS2_ScanFingerprint None BS2_ScanFingerprint: "
        "BS_SDK_ERROR_FINGERPRINT_SCAN_TIMEOUT (-305): Fingerprint scan timeout.",
        "CommunicationError False True -102 None None BS_SDK_ERROR_CANNOT_CONNECT_SOCKET (-102): "
        "Cannot connect to socket.",
        "BiometricError False True -319 BS2_ScanFace ('V2.7.1.5', '2.7.1.1') BS2_ScanFace: "
        "BS_SDK_ERROR_FAKE_FACE_DETECTED (-319): Fake face detected.",
    ]


def test_enums_pickle():
    for value in (bs_errno.Code.BS_SDK_ERROR_TIMEOUT, bs_errno.Category.WIRELESS_LOCK,
                  bs_errno.aliases()[0]):
        assert pickle.loads(pickle.dumps(value)) == value
    member = bs_errno.Code.BS_SDK_ERROR_TIMEOUT
    assert pickle.loads(pickle.dumps(member)) is member
