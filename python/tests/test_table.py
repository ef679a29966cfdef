"""The package's table and lookups: every answer equals the C library's own answer to the same question (asked
through the tests' own ctypes declarations), for every code of the table and the codes around it; the
names the package publishes are the data's. (The data against the vendor's reference is the data reader's
test, in Rust.)"""

import enum
import json
import os
import pickle
import re
import subprocess
import sys

import pytest

import bs_errno
from bs_errno import _data
from conftest import (
    ALIAS_ROWS,
    CATEGORY_ROWS,
    CLIB,
    HEADER,
    LIBRARY,
    MACRO_ROWS,
    PACKAGE_PARENT,
    SPELLING_ROWS,
    BsErrorAlias,
    c_format,
    library_codes,
    probe_codes,
)

CODES = library_codes()


def test_the_table_is_the_librarys():
    """Code holds exactly the library's enumeration, in its order, and nothing hides past its end."""
    assert CODES and [int(m) for m in bs_errno.Code] == CODES
    assert CLIB.bs_error_code_at(len(CODES)) == 0
    assert len(bs_errno.Code.__members__) == len(CODES) + CLIB.bs_error_alias_count()


@pytest.mark.parametrize("code", probe_codes())
def test_every_lookup_agrees_with_the_library(code):
    assert bs_errno.name(code) == CLIB.bs_error_name(code).decode()
    assert bs_errno.describe(code) == CLIB.bs_error_string(code).decode()
    assert bs_errno.category(code) is bs_errno.Category(CLIB.bs_error_category(code))
    assert bs_errno.is_known(code) is bool(CLIB.bs_error_is_known(code))
    assert bs_errno.is_success(code) is bool(CLIB.bs_error_is_success(code))
    assert bs_errno.format_code(code) == c_format(CLIB.bs_error_format, code)
    if code in CODES:
        member = bs_errno.Code(code)
        assert member.name == bs_errno.name(code) and member == code
        assert member.description == bs_errno.describe(code)
        assert member.category is bs_errno.category(code)
        assert bs_errno.from_name(member.name) is member
        assert getattr(bs_errno, member.name) is member
        # The same answers for the enum member as for the plain int.
        assert (bs_errno.name(member), bs_errno.describe(member)) == (member.name, member.description)
    else:
        with pytest.raises(ValueError):
            bs_errno.Code(code)


def test_answers_are_the_same_on_a_second_ask():
    """Descriptions are asked of the library on first use and kept: the kept answer is the same."""
    for code in CODES + [-99, 0]:
        first = bs_errno.describe(code)
        assert bs_errno.describe(code) == first == CLIB.bs_error_string(code).decode()


def test_aliases_agree_with_the_library():
    from_library = []
    for i in range(CLIB.bs_error_alias_count()):
        raw = BsErrorAlias()
        assert CLIB.bs_error_alias_at(i, raw) == 1
        from_library.append((raw.name.decode(), raw.code, bool(raw.deprecated),
                             raw.deprecated_since.decode() or None, raw.description.decode() or None))
    assert from_library and [tuple(a) for a in bs_errno.aliases()] == from_library
    assert bs_errno.aliases() is bs_errno.aliases()
    for alias in bs_errno.aliases():
        canonical = bs_errno.Code(alias.code)
        assert bs_errno.Code[alias.name] is canonical  # an enum alias, not a member of its own
        assert alias.name not in [m.name for m in bs_errno.Code]
        assert bs_errno.from_name(alias.name) is canonical
        assert getattr(bs_errno, alias.name) is canonical
        assert bs_errno.name(alias.code) == canonical.name  # the canonical name wins
        assert pickle.loads(pickle.dumps(alias)) == alias and repr(alias).startswith("Alias(name=")


@pytest.mark.parametrize("name", [r["name"] for r in MACRO_ROWS + SPELLING_ROWS])
def test_from_name_agrees_with_the_library(name):
    found = bs_errno.from_name(name)
    assert found is not None and found == CLIB.bs_error_from_name(name.encode())


def test_the_other_spellings_are_no_members():
    """The vendor's C# spelling finds its code, as bs_error_from_name does, but is no C macro."""
    assert SPELLING_ROWS
    for row in SPELLING_ROWS:
        assert bs_errno.from_name(row["name"]) is bs_errno.Code[row["alias_of"]]
        assert row["name"] not in bs_errno.Code.__members__ and not hasattr(bs_errno, row["name"])


def test_from_name_rejects_near_misses():
    assert bs_errno.from_name("BS_SDK_SUCCESS") == 1
    for wrong in ("", "bs_sdk_success", " BS_SDK_SUCCESS", "BS_SDK_SUCCESS ", "BS_SDK_ERROR_", "UNKNOWN",
                  "X" * 10000, "BS_SDK_ERROR_TİMEOUT", "description", "category"):
        assert bs_errno.from_name(wrong) is None
        assert CLIB.bs_error_from_name(wrong.encode("utf-8")) == 0


def test_names_published_are_the_datas():
    """Every macro of data/codes.tsv is a Code name and a module constant with its value."""
    assert sorted(bs_errno.Code.__members__) == sorted(r["name"] for r in MACRO_ROWS)
    for row in MACRO_ROWS:
        assert getattr(bs_errno, row["name"]) == int(row["code"])
        assert row["name"] in bs_errno.__all__
    for exported in bs_errno.__all__:
        assert hasattr(bs_errno, exported)
    assert len(bs_errno.__all__) == len(set(bs_errno.__all__))


def test_success_codes_are_exactly_the_positive_ones():
    assert {m for m in bs_errno.Code if bs_errno.is_success(m)} == {m for m in bs_errno.Code if m > 0}


def test_categories_are_the_c_numbers():
    """Category is BsErrorCategory of the header, and the library names each number as the data does."""
    text = HEADER.read_text(encoding="utf-8")
    from_header = {m.group(1): int(m.group(2))
                   for m in re.finditer(r"^\s*BS_ERROR_CATEGORY_(\w+) = (\d+),?$", text, re.M)}
    assert {c.name: c.value for c in bs_errno.Category} == from_header
    assert [(c.name.lower(), c.value) for c in bs_errno.Category] == [
        (r["name"], int(r["number"])) for r in CATEGORY_ROWS]
    for member in bs_errno.Category:
        assert CLIB.bs_error_category_name(member).decode() == member.name.lower()


def _functional(made):
    """The same enum made by the functional API, which runs every check of EnumType."""
    members = [(m.name, m.value) for m in made] + [
        (name, member.value) for name, member in made.__members__.items() if name != member.name]
    return enum.IntEnum(made.__name__, members, module="bs_errno", qualname=made.__qualname__)


@pytest.mark.parametrize("made", [bs_errno.Code, bs_errno.Category], ids=lambda e: e.__name__)
def test_enums_are_what_enumtype_makes(made):
    """Code and Category are made member by member (to keep the import fast); they behave exactly as the
    enum the functional API makes from the same names and values."""
    reference = _functional(made)
    assert list(made.__members__) == list(reference.__members__)
    assert [m.name for m in made] == [m.name for m in reference] and len(made) == len(reference)
    assert made._member_names_ == reference._member_names_
    assert {v: m.name for v, m in made._value2member_map_.items()} == {
        v: m.name for v, m in reference._value2member_map_.items()}
    assert set(dir(made)) - {"description", "category"} == set(dir(reference))
    for name, member in made.__members__.items():
        twin = reference[name]
        assert type(member) is made and isinstance(member, int) and isinstance(member, enum.IntEnum)
        assert list(vars(member)) == list(vars(twin))  # _value_, _name_, __objclass__ (3.11+: _sort_order_)
        assert {k: v for k, v in vars(member).items() if k != "__objclass__"} == {
            k: v for k, v in vars(twin).items() if k != "__objclass__"}
        assert member.__objclass__ is made
        assert made[name] is member and made(member.value) is member and getattr(made, name) is member
        assert member in made and hash(member) == hash(twin) == hash(member.value)
        assert repr(member) == repr(twin) and str(member) == str(twin) and format(member) == format(twin)
        assert "%d %s" % (member, member) == "%d %s" % (twin, twin)
        assert pickle.loads(pickle.dumps(member)) is member
    assert list(reversed(made)) == [made[m.name] for m in reversed(reference)]
    assert made.__module__ == "bs_errno" and made.__qualname__ == made.__name__ and made.__doc__
    with pytest.raises(AttributeError):
        setattr(made, next(iter(made)).name, 0)  # members cannot be reassigned


# Imports the package with its library wrapped in a counter of calls per function.
_COUNTING_IMPORT = r"""
import collections, importlib.util, json, os, sys
spec = importlib.util.find_spec("bs_errno")
loader_path = os.path.join(os.path.dirname(spec.origin), "_loader.py")
loader_spec = importlib.util.spec_from_file_location("bs_errno._loader", loader_path)
loader = importlib.util.module_from_spec(loader_spec)
loader_spec.loader.exec_module(loader)
calls = collections.Counter()


class Counting:
    def __init__(self, cdll):
        self._cdll = cdll

    def __getattr__(self, name):
        function = getattr(self._cdll, name)

        def call(*arguments):
            calls[name] += 1
            return function(*arguments)

        return call


load = loader.load


def counting_load():
    library = load()
    library.cdll = Counting(library.cdll)
    return library


loader.load = counting_load
sys.modules["bs_errno._loader"] = loader
import bs_errno

at_import = dict(calls)
calls.clear()
bs_errno.describe(-714); bs_errno.describe(-714); bs_errno.name(-714); bs_errno.check(1)
print(json.dumps([at_import, dict(calls)]))
"""


def test_the_import_asks_the_library_nothing_per_code():
    """The import's calls into the library, counted: one per category (its C name) and the table's counts,
    never one per code; a description is asked once, on first use."""
    env = dict(os.environ, PYTHONPATH=str(PACKAGE_PARENT), BS_ERRNO_LIBRARY=LIBRARY)
    out = subprocess.run([sys.executable, "-c", _COUNTING_IMPORT], env=env, stdout=subprocess.PIPE,
                         check=True, cwd=str(PACKAGE_PARENT)).stdout
    at_import, after = json.loads(out)
    assert at_import == {"bs_error_category_name": len(bs_errno.Category), "bs_error_count": 1,
                         "bs_error_alias_count": 1}
    assert after == {"bs_error_string": 1}


def test_the_generated_module_says_so():
    """_data.py is generated: it says so and by what (`cargo xtask check` fails when it is stale)."""
    with open(_data.__file__, encoding="utf-8") as handle:
        assert handle.readline().startswith("# generated — do not edit. Rendered by `cargo xtask generate`")
    assert len(_data.ALIASES) == len(ALIAS_ROWS) and len(_data.SPELLINGS) == len(SPELLING_ROWS)


def test_doctests():
    import doctest

    for module in (bs_errno, bs_errno._sdk):
        failures, tried = doctest.testmod(module, verbose=False)
        assert tried > 0 and failures == 0
