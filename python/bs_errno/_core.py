"""The codes and the lookup functions over them.

``Category``, ``Code`` and every code's name, value and category come from ``_data`` (generated from the data
the library is built from; the import checks the library's counts, never each code). Descriptions, formatted
lines and aliases are the library's, asked on first use; descriptions are kept.
"""

import ctypes
import enum
import operator
import sys
from collections import deque
from itertools import compress, count, repeat

from . import _loader
from ._data import ALIASES, CATEGORIES, CODE_CATEGORIES, CODE_NAMES, CODE_VALUES, SPELLINGS

TYPE_CHECKING = False  # typing costs milliseconds to import; only type checkers need it
if TYPE_CHECKING:
    from typing import Any, Dict, FrozenSet, Iterable, Iterator, List, Optional, Tuple

_library = _loader.load()
_lib = _library.cdll

_INT32_MIN = -(2**31)
_INT32_MAX = 2**31 - 1


def _exhaust(iterator: "Iterator[Any]") -> None:
    deque(iterator, maxlen=0)


def _make_enum(
    base: "Any",
    name: str,
    doc: str,
    names: "Tuple[str, ...]",
    values: "Tuple[int, ...]",
    aliases: "Tuple[Tuple[str, int], ...]" = (),
) -> "Any":
    """The IntEnum subclass of ``base`` with a member for each of ``names`` and ``values`` (distinct) and an
    enum alias for each (name, value) of ``aliases``.

    Made the way ``enum._simple_enum`` (the standard library's constructor for its own large enums) makes
    members, without the per-member checks of a class statement or the functional API, which would be
    most of the import's time; and each step over all members at once, in loops that run in C. The enum is
    exactly what EnumType makes (a test compares it with an enum of the functional API).
    """
    simple_enum = getattr(enum, "_simple_enum", None)
    if simple_enum is None:  # before Python 3.11: the functional API, without members
        made = base(name, [], module="bs_errno", qualname=name)
    else:  # the empty class as the standard library makes its own enums: without EnumType's checks
        made = simple_enum(base)(type(name, (), {"__module__": "bs_errno", "__qualname__": name}))
    made.__doc__ = doc
    members = list(map(base._member_type_.__new__, repeat(made), values))
    columns: "List[Tuple[str, Iterable[Any]]]" = [
        ("_value_", values), ("_name_", names), ("__objclass__", repeat(made))
    ]
    if sys.version_info >= (3, 11):  # since 3.11, EnumType numbers the members
        columns.append(("_sort_order_", count()))
    for attribute, column in columns:
        _exhaust(map(setattr, members, repeat(attribute), column))
    made._member_names_.extend(names)
    by_value = made._value2member_map_
    by_value.update(zip(values, members))
    every_name = made._member_map_
    every_name.update(zip(names, members))
    every_name.update((alias, by_value[value]) for alias, value in aliases)
    # type.__setattr__ skips EnumType's Python-level guard against reassigning a member.
    _exhaust(map(type.__setattr__, repeat(made), every_name, every_name.values()))
    return made


if TYPE_CHECKING:
    from ._typing import Category as Category
else:
    Category = _make_enum(
        enum.IntEnum,
        "Category",
        "The family of a return code, by numeric range; the values are C's ``BsErrorCategory`` numbers.",
        *zip(*CATEGORIES),
    )


def _text(raw: "Optional[bytes]") -> str:
    return raw.decode("utf-8") if raw else ""


# The C numbering is ABI, and the table is the one the library was built from: a library that numbers a
# category differently, or counts other codes, is not the one this package knows.
for _member in Category:
    _c_name = _text(_lib.bs_error_category_name(_member.value))
    if _c_name != _member.name.lower():
        raise ImportError(
            "the bs_errno library at %s calls category %d %r, this package %r"
            % (_library.path, _member.value, _c_name, _member.name.lower()),
            name="bs_errno",
        )
if (_lib.bs_error_count(), _lib.bs_error_alias_count()) != (len(CODE_NAMES), len(ALIASES)):
    raise ImportError(
        "the bs_errno library at %s (version %s) has %d codes and %d aliases, this package (%s) %d and %d: "
        "they come from different builds"
        % (_library.path, _text(_lib.bs_errno_version()), _lib.bs_error_count(), _lib.bs_error_alias_count(),
           __package__, len(CODE_NAMES), len(ALIASES)),
        name="bs_errno",
    )


def _category_of(number: int) -> "Category":
    try:
        return Category(number)
    except ValueError:  # a category appended by a newer library
        return Category.UNKNOWN


# Built with zip and map, which loop in C: a Python loop over every code would cost the import more.
_NAMES: "Dict[int, str]" = dict(zip(CODE_VALUES, CODE_NAMES))
_CATEGORY_BY_NUMBER = {member._value_: member for member in Category}
_CATEGORIES: "Dict[int, Category]" = dict(
    zip(CODE_VALUES, map(_CATEGORY_BY_NUMBER.__getitem__, CODE_CATEGORIES))
)
_SUCCESS: "FrozenSet[int]" = frozenset(
    compress(CODE_VALUES, map(Category.SUCCESS._value_.__eq__, CODE_CATEGORIES))
)
# Filled on first use, one code at a time: the library's description of each code of the table.
_DESCRIPTIONS: "Dict[int, str]" = {}


if TYPE_CHECKING:
    from ._typing import Code as Code  # every member spelled out, generated from the data
else:
    Code = _make_enum(
        enum.IntEnum,
        "Code",
        "Every return code of the SDK, by its canonical macro name; alias names are enum aliases "
        "(Code.BS_SDK_ERROR_NO_FINGER_DETECTED is Code.BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL).",
        CODE_NAMES,
        CODE_VALUES,
        ALIASES,
    )
    # Properties on Code itself: a base class of its own would cost the import more.
    Code.description = property(
        lambda member: describe(member._value_), doc="The description, as :func:`describe` gives it."
    )
    Code.category = property(
        lambda member: _CATEGORIES[member._value_], doc="The category, as :func:`category` gives it."
    )
# Every name from_name reads: the macros, and the vendor's other spellings (as bs_error_from_name).
_BY_NAME: "Dict[str, Code]" = dict(Code.__members__)
_BY_NAME.update((name, Code(value)) for name, value in SPELLINGS)

del _member, _c_name


# ---- input rules --------------------------------------------------------------------------------------


def _as_code(value: "Any") -> int:  # Any in, int out
    """``value`` as a C int, or TypeError (not an integer, or a bool) / OverflowError (not an int32)."""
    if type(value) is not int:
        if isinstance(value, bool):
            raise TypeError("a BS_SDK return code is an int, not bool")
        try:
            value = operator.index(value)
        except TypeError:
            hint = "; for a macro name use from_name()" if isinstance(value, str) else ""
            raise TypeError(
                "a BS_SDK return code is an int, not %s%s" % (type(value).__name__, hint)
            ) from None
    if not _INT32_MIN <= value <= _INT32_MAX:
        hint = ""
        if 0 <= value <= 0xFFFFFFFF:
            hint = "; logged as unsigned? from_uint32(%#x) gives %d" % (value, value - 2**32)
        raise OverflowError("%d is outside the int32 range of a BS_SDK return code%s" % (value, hint))
    return int(value)


def from_uint32(value: int) -> int:
    """The code whose 32 bits read as unsigned give ``value``: ``from_uint32(0xFFFFFF9B) == -101``."""
    if type(value) is not int:
        if isinstance(value, bool):
            raise TypeError("from_uint32 takes an int, not bool")
        try:
            value = operator.index(value)
        except TypeError:
            raise TypeError("from_uint32 takes an int, not %s" % type(value).__name__) from None
    if not 0 <= value <= 0xFFFFFFFF:
        raise OverflowError("%d is outside the uint32 range" % value)
    return value - 2**32 if value > _INT32_MAX else value


# ---- lookups ------------------------------------------------------------------------------------------
# Each has a fast path for a plain int that is in the table and falls back to validating the input and,
# for a code the table does not know, asking the library (which always has an answer).


def describe(code: int) -> str:
    """The description of ``code``, e.g. ``"Cannot find user."`` for -714; unknown codes get the
    library's "Unknown error code." text."""
    if type(code) is int:
        try:
            return _DESCRIPTIONS[code]
        except KeyError:
            pass
    code = _as_code(code)
    text = _DESCRIPTIONS.get(code)
    if text is None:
        text = _text(_lib.bs_error_string(code))
        if code in _NAMES:
            _DESCRIPTIONS[code] = text  # a str per code of the table: the cache stays bounded
    return text


def name(code: int) -> str:
    """The canonical macro name of ``code``, e.g. ``"BS_SDK_ERROR_CANNOT_FIND_USER"``; ``"UNKNOWN"`` for
    an unknown code."""
    if type(code) is int:
        try:
            return _NAMES[code]
        except KeyError:
            pass
    code = _as_code(code)
    text = _NAMES.get(code)
    return text if text is not None else _text(_lib.bs_error_name(code))


def category(code: int) -> "Category":
    """The :class:`Category` of ``code`` by numeric range, so an unknown code still gets its family."""
    if type(code) is int:
        try:
            return _CATEGORIES[code]
        except KeyError:
            pass
    code = _as_code(code)
    found = _CATEGORIES.get(code)
    return found if found is not None else _category_of(_lib.bs_error_category(code))


def is_known(code: int) -> bool:
    """True if ``code`` is one of the SDK's codes."""
    return _as_code(code) in _NAMES


def is_success(code: int) -> bool:
    """True if ``code`` means success: every positive code (1 is plain success, 2..13 carry a detail)."""
    code = _as_code(code)
    if code in _NAMES:
        return code in _SUCCESS
    return bool(_lib.bs_error_is_success(code))


def from_name(macro: str) -> "Optional[Code]":
    """The :class:`Code` of a canonical or alias macro name, or of another spelling the vendor uses
    (``BS_SDK_ERROR_CANNOT_UPGRADE_MEMORY``, its C# name of -2006); None for a name that is none of these."""
    if not isinstance(macro, str):
        raise TypeError("from_name takes a str, not %s" % type(macro).__name__)
    return _BY_NAME.get(macro)


def format_code(code: int) -> str:
    """One line ``NAME (code): description`` from the library's ``bs_error_format``; an unknown code
    gives e.g. ``"UNKNOWN (-799): Unknown error code (category: database)."``."""
    return _format(_lib.bs_error_format, (_as_code(code),), 160)


def _format(function: "Any", arguments: "Tuple[Any, ...]", size: int) -> str:
    """The line a ``bs_error_format``-style function writes after ``arguments``, in a buffer grown to the
    length it reports."""
    while True:
        buffer = ctypes.create_string_buffer(size)
        length = function(*arguments, buffer, size)
        if length < size:
            return buffer.value.decode("utf-8")
        size = length + 1


class Alias(tuple):  # type: ignore[type-arg]
    """A second name for a code, from ``bs_error_alias_at``: a named 5-tuple
    ``(name, code, deprecated, deprecated_since, description)``.

    (A hand-made named tuple: collections.namedtuple and typing.NamedTuple would cost import time.)
    """

    __slots__ = ()
    _fields = ("name", "code", "deprecated", "deprecated_since", "description")

    def __new__(
        cls,
        name: str,
        code: int,
        deprecated: bool,
        deprecated_since: "Optional[str]",
        description: "Optional[str]",
    ) -> "Alias":
        return tuple.__new__(cls, (name, code, deprecated, deprecated_since, description))

    def __getnewargs__(self) -> "Tuple[Any, ...]":
        return tuple(self)

    def __repr__(self) -> str:
        fields = ", ".join("%s=%r" % pair for pair in zip(self._fields, self))
        return "Alias(%s)" % fields

    @property
    def name(self) -> str:
        """The alias macro name, e.g. ``"BS_SDK_ERROR_SET_FIRE_ALARM"``."""
        return self[0]  # type: ignore[no-any-return]

    @property
    def code(self) -> int:
        """Its value, the same as its canonical code's."""
        return self[1]  # type: ignore[no-any-return]

    @property
    def deprecated(self) -> bool:
        """True if the vendor marks it deprecated."""
        return self[2]  # type: ignore[no-any-return]

    @property
    def deprecated_since(self) -> "Optional[str]":
        """The SDK version of the deprecation (``"2.7.2"``), or None where none is stated."""
        return self[3]  # type: ignore[no-any-return]

    @property
    def description(self) -> "Optional[str]":
        """What the code meant under this name, or None where the alias has no text of its own."""
        return self[4]  # type: ignore[no-any-return]


Alias.__module__ = "bs_errno"

# Read from the library on the first call of aliases().
_ALIASES: "Optional[Tuple[Alias, ...]]" = None


def aliases() -> "Tuple[Alias, ...]":
    """Every alias name, in ascending order of code."""
    global _ALIASES
    if _ALIASES is None:
        found = []
        for index in range(len(ALIASES)):
            raw = _loader.BsErrorAlias()
            if not _lib.bs_error_alias_at(index, ctypes.byref(raw)):
                break
            found.append(
                Alias(
                    _text(raw.name),
                    raw.code,
                    bool(raw.deprecated),
                    _text(raw.deprecated_since) or None,
                    _text(raw.description) or None,
                )
            )
        _ALIASES = tuple(found)  # threads that race here build equal tuples
    return _ALIASES


def library_path() -> str:
    """The file the C library was loaded from."""
    return _library.path


def library_version() -> str:
    """The C library's version (``bs_errno_version()``)."""
    return _text(_lib.bs_errno_version())
