"""Sdk and for_sdk(version): every answer of every release equals the library's own answer through the same
handle, for every code around the table; the handle is the library's; versions of every form, bad input,
pickling; exceptions that carry a release's names keep the class of the code's numeric category. The
documented per-release examples (docs/sdk-releases.md) are checked as written."""

import pickle

import pytest

import bs_errno
from conftest import CLIB, c_format, library_releases, probe_codes

RELEASES = library_releases()
PROBE = probe_codes()


def test_releases_are_the_librarys():
    assert RELEASES and [s.release for s in bs_errno.releases()] == [v for _, v in RELEASES]
    for sdk, (handle, version) in zip(bs_errno.releases(), RELEASES):
        assert sdk._handle == handle and sdk.version == version
        assert sdk.date == CLIB.bs_sdk_release_date(handle).decode()
        assert sdk == bs_errno.for_sdk(version) and hash(sdk) == hash(bs_errno.for_sdk(version))
    assert CLIB.bs_sdk_release_at(len(RELEASES)) is None
    # The last release is today's table.
    assert bs_errno.releases()[-1].release == CLIB.bs_sdk_release_version(None).decode()


@pytest.mark.parametrize("handle, release", RELEASES, ids=[v for _, v in RELEASES])
def test_every_answer_of_every_release_is_the_librarys(handle, release):
    sdk = bs_errno.for_sdk(release)
    assert sdk._handle == handle
    for code in PROBE:
        assert sdk.name(code) == CLIB.bs_error_name_in(handle, code).decode(), code
        assert sdk.describe(code) == CLIB.bs_error_string_in(handle, code).decode(), code
        assert sdk.is_known(code) is bool(CLIB.bs_error_is_known_in(handle, code)), code
        assert sdk.format_code(code) == c_format(CLIB.bs_error_format_in, handle, code), code


def test_the_documented_examples():
    """docs/sdk-releases.md and the README, as written."""
    old = bs_errno.for_sdk("2.7.1.1")
    assert old.release == "2.7.1.1" and old.date == "2020-09-28"
    assert old.name(-319) == "BS_SDK_ERROR_FAKE_FACE_DETECTED"
    assert bs_errno.name(-319) == "BS_SDK_ERROR_UNMASKED_FACE_DETECTED"
    assert old.describe(-319) == "Fake face detected."
    assert old.format_code(-319) == "BS_SDK_ERROR_FAKE_FACE_DETECTED (-319): Fake face detected."
    assert not old.is_known(-331) and old.name(-331) == "UNKNOWN" and bs_errno.is_known(-331)
    assert bs_errno.for_sdk("2.6.3.5").name(-1207) == "BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION"
    assert bs_errno.for_sdk("2.9.6.0").name(-763) == "BS_SDK_ERROR_USER_IMAGE_EX_FULL"
    assert bs_errno.for_sdk("2.9.9.1").name(-763) == "BS_SDK_ERROR_SQL_ERROR"


@pytest.mark.parametrize(
    "version, release",
    [("2.7.1.1", "2.7.1.1"), ("V2.7.1.1", "2.7.1.1"), ("v2.7.1", "2.7.1.0"), ("2.7", "2.7.0.0"),
     ("2.7.1.5", "2.7.1.1"), (" 2.8 ", "2.7.2.17"), ("2.5", "2.6.2.5"), ("3.0", RELEASES[-1][1]),
     (b"2.7.1.1", "2.7.1.1"), (b"V" + RELEASES[-1][1].encode(), RELEASES[-1][1])],
)
def test_versions_of_every_form(version, release):
    sdk = bs_errno.for_sdk(version)
    raw = version if isinstance(version, bytes) else version.encode()
    assert sdk._handle == CLIB.bs_sdk_release_find(raw)
    assert sdk.release == release
    assert sdk.version == (version if isinstance(version, str) else version.decode())
    assert sdk == bs_errno.Sdk(release) and hash(sdk) == hash(bs_errno.for_sdk(release))
    assert sdk != release and sdk != next(r for r in bs_errno.releases() if r.release != release)
    copy = pickle.loads(pickle.dumps(sdk))
    assert (copy.version, copy.release, copy) == (sdk.version, sdk.release, sdk)
    assert eval(repr(sdk), {"bs_errno": bs_errno}) == sdk


@pytest.mark.parametrize(
    "version",
    ["", " ", "V", "2.7.1.1.0", "2..7", "2.x", "latest", "-2.7", "2.7\0", "2.7\0.1", "2.7\x1b", "é", "2" * 70,
     "\udcff", "2.7\udcff", "1" * 10, b"", b"\xff\xfe", b"2.7\xff", b"2.7\0junk"],
)
def test_a_malformed_version_raises_value_error(version):
    with pytest.raises(ValueError, match="not an SDK version"):
        bs_errno.for_sdk(version)


@pytest.mark.parametrize("version", [None, 2.7, 27, True, bytearray(b"2.7"), memoryview(b"2.7"), ["2.7"], object()])
def test_a_version_of_another_type_raises_type_error(version):
    with pytest.raises(TypeError):
        bs_errno.for_sdk(version)


def test_codes_follow_the_package_input_rules():
    sdk = bs_errno.for_sdk("2.7.1.1")
    for method in (sdk.name, sdk.describe, sdk.format_code, sdk.is_known):
        for bad in (True, "-319", -319.0, None):
            with pytest.raises(TypeError):
                method(bad)
        for big in (2**31, -(2**31) - 1, 2**32 - 319, 2**64):
            with pytest.raises(OverflowError):
                method(big)
    assert sdk.name(bs_errno.Code.BS_SDK_ERROR_CANNOT_FIND_USER) == "BS_SDK_ERROR_CANNOT_FIND_USER"


def test_an_sdk_is_read_only_and_small():
    sdk = bs_errno.for_sdk("2.7.1.1")
    with pytest.raises(AttributeError):
        sdk.extra = 1  # __slots__: no per-instance dict
    assert type(sdk).__module__ == "bs_errno"


def test_check_raises_the_category_class_with_the_release_name():
    sdk = bs_errno.for_sdk("2.7.1.1")
    assert bs_errno.check(1, sdk=sdk) == 1
    assert bs_errno.check(bs_errno.BS_SDK_DUAL_AUTH_SUCCESS, sdk=sdk) is bs_errno.Code.BS_SDK_DUAL_AUTH_SUCCESS
    for code in (-319, -330, -1208, -3001, -714, -331, -799, -305):
        with pytest.raises(bs_errno.BsSdkError) as caught:
            bs_errno.check(code, "BS2_Call", sdk=sdk)
        error = caught.value
        assert type(error) is bs_errno.error_class(code)
        assert error.name == sdk.name(code)
        assert error.description == sdk.describe(code)
        assert error.sdk == sdk
        assert str(error) == "BS2_Call: " + sdk.format_code(code)
        assert repr(error) == "%s(%d, 'BS2_Call', sdk=bs_errno.for_sdk('2.7.1.1'))" % (type(error).__name__, code)
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error) and copy.sdk == sdk
    # Without an Sdk: today's names, sdk None.
    with pytest.raises(bs_errno.BiometricError) as caught:
        bs_errno.check(-319)
    assert caught.value.name == "BS_SDK_ERROR_UNMASKED_FACE_DETECTED" and caught.value.sdk is None


def test_errcheck_for_a_release():
    sdk = bs_errno.for_sdk("V2.7.1.1")
    errcheck = bs_errno.errcheck_for(sdk)

    def BS2_ScanFace():  # noqa: N802 - the SDK's function name
        pass

    assert errcheck(1, BS2_ScanFace, ()) == 1
    with pytest.raises(bs_errno.BiometricError) as caught:
        errcheck(-319, BS2_ScanFace, ())
    assert str(caught.value) == "BS2_ScanFace: " + sdk.format_code(-319) and caught.value.sdk == sdk
    with pytest.raises(TypeError):
        errcheck(None, BS2_ScanFace, ())
    with pytest.raises(OverflowError):
        errcheck(2**40, BS2_ScanFace, ())
    assert "2.7.1.1" in errcheck.__name__
