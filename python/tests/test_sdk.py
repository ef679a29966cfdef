"""for_sdk(version): every release's names and descriptions against the expectations `cargo xtask generate`
renders from the project's history files (generated_releases.py), version strings of every form, bad input,
and exceptions that carry the release's name while keeping the class of the code's numeric category."""

from __future__ import annotations

import pickle

import pytest

import bs_errno
from conftest import CODE_ROWS, ROWS
from generated_releases import FIRST_SEEN, RELEASES, TABLES

BY_NAME = {r["name"]: r for r in ROWS}
CANONICAL = {int(r["code"]): r["name"] for r in CODE_ROWS}


@pytest.mark.parametrize("index", range(len(RELEASES)))
def test_every_release_names_every_value_by_the_rule(index):
    sdk = bs_errno.for_sdk(RELEASES[index])
    assert sdk.release == RELEASES[index]
    answers = TABLES[RELEASES[index]]
    probe = set(CANONICAL) | set(answers) | {v - 1 for v in CANONICAL} | {0, -(2**31), 2**31 - 1}
    for code in sorted(probe):
        name, description = answers.get(code, (None, None))
        if name is None:
            assert sdk.name(code) == "UNKNOWN", code
            assert sdk.describe(code) == "Unknown error code.", code
            assert not sdk.is_known(code)
            assert sdk.format_code(code) == bs_errno.format_code(code) if code not in CANONICAL else sdk.format_code(code).startswith("UNKNOWN (")
        else:
            assert sdk.name(code) == name, (code, RELEASES[index])
            assert sdk.describe(code) == description, (code, RELEASES[index])
            assert sdk.is_known(code)
            assert sdk.format_code(code) == "%s (%d): %s" % (name, code, description)


def test_no_release_before_a_names_first_release_uses_it():
    earlier_names = {}
    for release in RELEASES:
        sdk = bs_errno.for_sdk(release)
        earlier_names[release] = {sdk.name(code) for code in CANONICAL}
    for name, first in FIRST_SEEN.items():
        assert first in RELEASES, name
        for release in RELEASES[:RELEASES.index(first)]:
            assert name not in earlier_names[release], (name, release)


def test_values_that_changed_meaning_answer_with_the_old_name_in_old_releases():
    old = bs_errno.for_sdk("2.7.1.1")
    assert old.name(-319) == "BS_SDK_ERROR_FAKE_FACE_DETECTED"
    assert bs_errno.name(-319) == "BS_SDK_ERROR_UNMASKED_FACE_DETECTED"
    assert old.describe(-319) == BY_NAME["BS_SDK_ERROR_FAKE_FACE_DETECTED"]["description"]
    assert bs_errno.for_sdk("2.6.3.5").name(-1207) == "BS_SDK_ERROR_SCHEDULED_UNLOCK_VIOLATION"
    assert bs_errno.for_sdk("2.9.6.0").name(-763) == "BS_SDK_ERROR_USER_IMAGE_EX_FULL"
    assert bs_errno.for_sdk("2.9.9.1").name(-763) == "BS_SDK_ERROR_SQL_ERROR"


@pytest.mark.parametrize(
    "version, release",
    [("2.7.1.1", "2.7.1.1"), ("V2.7.1.1", "2.7.1.1"), ("v2.7.1", "2.7.1.0"), ("2.7", "2.7.0.0"),
     ("2.7.1.5", "2.7.1.1"), (" 2.8 ", "2.7.2.17"), ("2.5", "2.6.2.5"), ("3.0", RELEASES[-1]),
     (b"2.7.1.1", "2.7.1.1"), (b"V" + RELEASES[-1].encode(), RELEASES[-1])],
)
def test_versions_of_every_form(version, release):
    sdk = bs_errno.for_sdk(version)
    assert sdk.release == release
    assert sdk.version == (version if isinstance(version, str) else version.decode())
    assert sdk == bs_errno.Sdk(release) and hash(sdk) == hash(bs_errno.for_sdk(release))
    copy = pickle.loads(pickle.dumps(sdk))
    assert (copy.version, copy.release) == (sdk.version, sdk.release)


@pytest.mark.parametrize(
    "version",
    ["", " ", "V", "2", "2.7.1.1.0", "2..7", "2.x", "latest", "-2.7", "2.7\0", "2.7\x1b", "é", "2" * 70,
     b"", b"\xff\xfe", b"2.7\xff", b"2.7\0junk"],
)
def test_a_malformed_version_raises_value_error(version):
    with pytest.raises(ValueError, match="not an SDK version"):
        bs_errno.for_sdk(version)


@pytest.mark.parametrize("version", [None, 2.7, 27, bytearray(b"2.7"), ["2.7"], object()])
def test_a_version_of_another_type_raises_type_error(version):
    with pytest.raises(TypeError):
        bs_errno.for_sdk(version)


def test_codes_follow_the_package_input_rules():
    sdk = bs_errno.for_sdk("2.7.1.1")
    for method in (sdk.name, sdk.describe, sdk.format_code, sdk.is_known, sdk.check):
        for bad in (True, "-319", -319.0, None):
            with pytest.raises(TypeError):
                method(bad)
        for big in (2**31, -(2**31) - 1, 2**64):
            with pytest.raises(OverflowError):
                method(big)
    assert sdk.name(bs_errno.Code.BS_SDK_ERROR_CANNOT_FIND_USER) == "BS_SDK_ERROR_CANNOT_FIND_USER"


def test_check_raises_the_category_class_with_the_release_name():
    sdk = bs_errno.for_sdk("2.7.1.1")
    assert sdk.check(1) == 1
    assert sdk.check(bs_errno.BS_SDK_DUAL_AUTH_SUCCESS) is bs_errno.Code.BS_SDK_DUAL_AUTH_SUCCESS
    for code in (-319, -330, -1208, -3001, -714, -331, -799):
        with pytest.raises(bs_errno.BsSdkError) as caught:
            sdk.check(code, "BS2_Call")
        error = caught.value
        assert type(error) is bs_errno.error_class(code)
        assert error.name == sdk.name(code)
        assert error.description == sdk.describe(code)
        assert error.sdk == sdk
        assert str(error) == "BS2_Call: " + sdk.format_code(code)
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error) and copy.sdk == sdk
    assert pickle.loads(pickle.dumps(sdk)) == sdk
    with pytest.raises(bs_errno.BiometricError, match="BS_SDK_ERROR_FAKE_FACE_DETECTED"):
        bs_errno.check(-319, sdk=sdk)
    with pytest.raises(TypeError):
        bs_errno.check(-319, sdk="2.7.1.1")
    # Without an Sdk: today's names, sdk None.
    with pytest.raises(bs_errno.BiometricError) as caught:
        bs_errno.check(-319)
    assert caught.value.name == "BS_SDK_ERROR_UNMASKED_FACE_DETECTED" and caught.value.sdk is None


def test_errcheck_for_a_release():
    sdk = bs_errno.for_sdk("V2.7.1.1")

    def BS2_ScanFace():  # noqa: N802 - the SDK's function name
        pass

    assert sdk.errcheck(1, BS2_ScanFace, ()) == 1
    with pytest.raises(bs_errno.BiometricError) as caught:
        sdk.errcheck(-319, BS2_ScanFace, ())
    assert str(caught.value) == "BS2_ScanFace: " + sdk.format_code(-319)
    with pytest.raises(TypeError):
        sdk.errcheck(None, BS2_ScanFace, ())
    with pytest.raises(OverflowError):
        sdk.errcheck(2**40, BS2_ScanFace, ())
