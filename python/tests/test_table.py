"""Every code and alias round-trips against the data (generated_table.py, rendered by xtask independently
of the library) and against the vendor reference table; the enum and the library agree."""

from __future__ import annotations

import re

import pytest

import bs_errno
from conftest import ALIAS_ROWS, CODE_ROWS, HEADER, ROWS, SHARED_TSV, SUCCESS_ROWS, read_tsv, vendor_reference


def test_counts():
    assert CODE_ROWS and ALIAS_ROWS
    assert len(bs_errno.Code) == len(CODE_ROWS)
    assert len(bs_errno.Code.__members__) == len(ROWS)
    assert len(bs_errno.aliases()) == len(ALIAS_ROWS)


@pytest.mark.parametrize("row", CODE_ROWS, ids=lambda r: r["name"])
def test_code_round_trips(row):
    code = int(row["code"])
    assert bs_errno.name(code) == row["name"]
    assert bs_errno.describe(code) == row["description"]
    assert bs_errno.category(code) is bs_errno.Category[row["category"].upper()]
    assert bs_errno.is_known(code) is True
    assert bs_errno.is_success(code) is (row["category"] == "success")
    assert bs_errno.format_code(code) == "%s (%d): %s" % (row["name"], code, row["description"])

    member = bs_errno.Code[row["name"]]
    assert member == code and member.name == row["name"]
    assert bs_errno.Code(code) is member
    assert member.description == row["description"]
    assert member.category is bs_errno.Category[row["category"].upper()]
    assert getattr(bs_errno, row["name"]) is member
    assert bs_errno.from_name(row["name"]) is member
    # The same answers for the enum member and for the plain int.
    assert bs_errno.describe(member) == bs_errno.describe(code)
    assert bs_errno.name(member) == row["name"]


@pytest.mark.parametrize("row", ALIAS_ROWS, ids=lambda r: r["name"])
def test_alias_round_trips(row):
    code = int(row["code"])
    canonical = bs_errno.Code[row["alias_of"]]
    assert canonical == code
    assert bs_errno.Code[row["name"]] is canonical  # an enum alias, not a member of its own
    assert row["name"] not in [m.name for m in bs_errno.Code]
    assert bs_errno.from_name(row["name"]) is canonical
    assert bs_errno.name(code) == row["alias_of"]  # the canonical name wins

    (alias,) = [a for a in bs_errno.aliases() if a.name == row["name"]]
    assert alias.code == code
    assert alias.deprecated is (row["deprecated"] == "yes")
    assert alias.deprecated_since == (row["deprecated_since"] or None)
    assert alias.description == (row["description"] or None)
    assert tuple(alias) == (alias.name, alias.code, alias.deprecated, alias.deprecated_since,
                            alias.description)

    assert getattr(bs_errno, row["name"]) is canonical  # a module constant too


def test_aliases_in_ascending_code_order():
    codes = [a.code for a in bs_errno.aliases()]
    assert codes == sorted(codes)


def test_code_members_ascending_like_the_library(clib):
    """The enum holds exactly the library's enumeration, in its order."""
    count = clib.bs_error_count()
    from_library = [clib.bs_error_code_at(i) for i in range(count)]
    assert [int(m) for m in bs_errno.Code] == from_library == sorted(int(r["code"]) for r in CODE_ROWS)
    assert clib.bs_error_code_at(count) == 0  # and nothing hides past the end
    for member in bs_errno.Code:
        assert clib.bs_error_name(member).decode() == member.name
        assert clib.bs_error_string(member).decode() == member.description
        assert clib.bs_error_category(member) == member.category


def test_aliases_agree_with_the_library(clib):
    from conftest import BsErrorAlias

    from_library = []
    for i in range(clib.bs_error_alias_count()):
        raw = BsErrorAlias()
        assert clib.bs_error_alias_at(i, raw) == 1
        from_library.append((raw.name.decode(), raw.code, bool(raw.deprecated),
                             raw.deprecated_since.decode() or None, raw.description.decode() or None))
    assert [tuple(a) for a in bs_errno.aliases()] == from_library


def test_module_constants_are_every_name():
    public = set(dir(bs_errno))
    star = set(bs_errno.__all__)
    for row in ROWS:
        assert row["name"] in public and row["name"] in star
    for exported in bs_errno.__all__:
        assert hasattr(bs_errno, exported)
    assert len(bs_errno.__all__) == len(star)


def test_success_codes_are_exactly_the_positive_ones():
    assert sorted(int(r["code"]) for r in SUCCESS_ROWS) == [1, 2, 3, 4, 5, 11, 12, 13]
    assert {m for m in bs_errno.Code if bs_errno.is_success(m)} == {m for m in bs_errno.Code if m > 0}


def test_category_values_are_the_c_numbers():
    """Category's values are BsErrorCategory's, parsed from the generated header."""
    text = HEADER.read_text(encoding="utf-8")
    from_header = {m.group(1): int(m.group(2))
                   for m in re.finditer(r"^\s*BS_ERROR_CATEGORY_(\w+) = (\d+),?$", text, re.M)}
    assert len(from_header) == len(bs_errno.Category)
    assert {c.name: c.value for c in bs_errno.Category} == from_header


def test_category_names_agree_with_the_library(clib):
    for member in bs_errno.Category:
        assert clib.bs_error_category_name(member).decode() == member.name.lower()


def test_from_name_rejects_near_misses():
    assert bs_errno.from_name("BS_SDK_SUCCESS") == 1
    for wrong in ("", "bs_sdk_success", " BS_SDK_SUCCESS", "BS_SDK_SUCCESS ", "BS_SDK_SUCCESS\0",
                  "UNKNOWN", "BS_SDK_ERROR_", "X" * 10000, "BS_SDK_ERROR_TİMEOUT"):
        assert bs_errno.from_name(wrong) is None


def test_against_the_vendor_reference():
    reference = vendor_reference()
    # Where the vendor states no version for a deprecation, the first release that marks it.
    deprecated_from = {r["name"]: r["deprecated_from"] for r in read_tsv(SHARED_TSV.with_name("sdk_history.tsv"))
                       if r["deprecated_from"]}
    assert len(reference) == len(ROWS)
    for row in reference:
        member = bs_errno.Code[row["name"]]
        assert member == int(row["code"])
        if row["kind"] == "code":
            assert member.name == row["name"]
            assert bs_errno.category(member).name.lower() == row["category"]
            if row["seed_description"]:
                assert member.description == row["seed_description"]
        else:
            assert member.name == row["alias_of"]
            (alias,) = [a for a in bs_errno.aliases() if a.name == row["name"]]
            assert alias.deprecated is (row["deprecated"] == "yes")
            stated = row["deprecated_since"] or (deprecated_from[row["name"]] if row["deprecated"] == "yes" else None)
            assert alias.deprecated_since == (stated or None)
            if row["seed_description"]:
                assert alias.description == row["seed_description"]


def test_doctests():
    import doctest

    failures, tried = doctest.testmod(bs_errno, verbose=False)
    assert tried > 0 and failures == 0
