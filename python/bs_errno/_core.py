"""The code table, read once from the C library, and the lookup functions over it."""

from __future__ import annotations

import ctypes
import enum
import operator

from . import _loader
from ._categories import Category as Category  # re-exported: the package and _errors import it from here

TYPE_CHECKING = False  # typing costs milliseconds to import; only type checkers need it
if TYPE_CHECKING:
    from typing import Any, Dict, FrozenSet, Optional, Tuple

_library = _loader.load()
_lib = _library.cdll

_INT32_MIN = -(2**31)
_INT32_MAX = 2**31 - 1


Category.__module__ = "bs_errno"


def _text(raw: Optional[bytes]) -> str:
    return raw.decode("utf-8") if raw else ""


# The C numbering is ABI; a library that names a number differently is not the one this package knows.
for _member in Category:
    _c_name = _text(_lib.bs_error_category_name(_member.value))
    if _c_name != _member.name.lower():
        raise ImportError(
            "the bs_errno library at %s calls category %d %r, this package %r"
            % (_library.path, _member.value, _c_name, _member.name.lower()),
            name="bs_errno",
        )


def _category_of(number: int) -> Category:
    try:
        return Category(number)
    except ValueError:  # a category appended by a newer library
        return Category.UNKNOWN


# ---- the table, from the library's enumeration API ----------------------------------------------------

_NAMES: Dict[int, str] = {}
_DESCRIPTIONS: Dict[int, str] = {}
_CATEGORIES: Dict[int, Category] = {}
for _index in range(_lib.bs_error_count()):
    _code = _lib.bs_error_code_at(_index)
    _NAMES[_code] = _text(_lib.bs_error_name(_code))
    _DESCRIPTIONS[_code] = _text(_lib.bs_error_string(_code))
    _CATEGORIES[_code] = _category_of(_lib.bs_error_category(_code))

_SUCCESS: FrozenSet[int] = frozenset(c for c, cat in _CATEGORIES.items() if cat is Category.SUCCESS)


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
        deprecated_since: Optional[str],
        description: Optional[str],
    ) -> Alias:
        return tuple.__new__(cls, (name, code, deprecated, deprecated_since, description))

    def __getnewargs__(self) -> Tuple[Any, ...]:
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
    def deprecated_since(self) -> Optional[str]:
        """The SDK version of the deprecation (``"2.7.2"``), or None where none is stated."""
        return self[3]  # type: ignore[no-any-return]

    @property
    def description(self) -> Optional[str]:
        """What the code meant under this name, or None where the alias has no text of its own."""
        return self[4]  # type: ignore[no-any-return]


Alias.__module__ = "bs_errno"

_ALIASES = []
for _index in range(_lib.bs_error_alias_count()):
    _raw = _loader.BsErrorAlias()
    if not _lib.bs_error_alias_at(_index, ctypes.byref(_raw)):
        break
    _ALIASES.append(
        Alias(
            _text(_raw.name),
            _raw.code,
            bool(_raw.deprecated),
            _text(_raw.deprecated_since) or None,
            _text(_raw.description) or None,
        )
    )
_ALIAS_TUPLE: Tuple[Alias, ...] = tuple(_ALIASES)


class _CodeBase(enum.IntEnum):
    @property
    def description(self) -> str:
        """The description, as :func:`describe` gives it."""
        return _DESCRIPTIONS[self._value_]

    @property
    def category(self) -> Category:
        """The category, as :func:`category` gives it."""
        return _CATEGORIES[self._value_]


# Canonical names first, so that they are the members and the alias names become enum aliases.
_members = [(name, code) for code, name in _NAMES.items()] + [(a.name, a.code) for a in _ALIASES]
_enum_factory: Any = _CodeBase  # the functional API, which type checkers cannot follow
if TYPE_CHECKING:
    from ._typing import Code as Code  # every member spelled out, generated from the data
else:
    Code = _enum_factory("Code", _members, module="bs_errno", qualname="Code")
Code.__doc__ = (
    "Every return code of the SDK, by its canonical macro name; alias names are enum aliases "
    "(Code.BS_SDK_ERROR_NO_FINGER_DETECTED is Code.BS_SDK_ERROR_FINGERPRINT_CAPTURE_FAIL)."
)
_BY_NAME: Dict[str, Code] = dict(Code.__members__)

del _member, _c_name, _index, _code, _raw, _members, _ALIASES, _enum_factory


# ---- input rules --------------------------------------------------------------------------------------


def _as_code(value: Any) -> int:  # Any in, int out
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
    return text if text is not None else _text(_lib.bs_error_string(code))


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


def category(code: int) -> Category:
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


def from_name(macro: str) -> Optional[Code]:
    """The :class:`Code` of a canonical or alias macro name, or None for a name that is not one."""
    if not isinstance(macro, str):
        raise TypeError("from_name takes a str, not %s" % type(macro).__name__)
    return _BY_NAME.get(macro)


def format_code(code: int) -> str:
    """One line ``NAME (code): description`` from the library's ``bs_error_format``; an unknown code
    gives e.g. ``"UNKNOWN (-799): Unknown error code (category: database)."``."""
    return _format(_as_code(code), 160)


def _format(code: int, size: int) -> str:
    while True:
        buffer = ctypes.create_string_buffer(size)
        length = _lib.bs_error_format(code, buffer, size)
        if length < size:
            return buffer.value.decode("utf-8")
        size = length + 1


def aliases() -> Tuple[Alias, ...]:
    """Every alias name, in ascending order of code."""
    return _ALIAS_TUPLE


def library_path() -> str:
    """The file the C library was loaded from."""
    return _library.path


def library_version() -> str:
    """The C library's version (``bs_errno_version()``)."""
    return _VERSION


_VERSION = _text(_lib.bs_errno_version())
