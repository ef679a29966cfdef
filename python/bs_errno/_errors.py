"""Exceptions for SDK error codes: one class per category, plus the builtin each failure resembles.

Which builtins, and why:

* communication -> :class:`ConnectionError`: sockets and the network, what retry code catches.
* file_io -> :class:`OSError`: files and directories on the device.
* a code whose name contains ``TIMEOUT`` -> :class:`TimeoutError`. Timeouts live in several categories
  (biometric, io, util, access_control, card), so such a code gets a class that derives from *both* its
  category class and TimeoutError, e.g. ``BiometricTimeoutError(BiometricError, TimeoutError)``:
  ``except BiometricError`` and ``except TimeoutError`` both catch a fingerprint scan timeout.
* an invalid-argument code (a name ending in ``_PARAM``, and ``BS_SDK_ERROR_NULL_POINTER``) ->
  :class:`ValueError`, the same way: ``PacketParameterError(PacketError, ValueError)``. The rest of the
  packet category (checksum, sequence, ...) is not the caller's bad value, so PacketError itself is not a
  ValueError.
* "not supported" codes are *not* :class:`NotImplementedError`: that builtin (a RuntimeError) says this
  program's code is unfinished, while these say what a device or its firmware does not offer. Catch the
  category class and test ``err.code``.

Nothing else gets a builtin base. The classes are made at import from the table in ``_data`` (generated
from the data: the rule lives in xtask/src/generate/python.rs; ``_exceptions.pyi`` spells them out for type
checkers). :func:`error_class` and :func:`error_for` build, :func:`check` raises, :func:`errcheck` and
:func:`errcheck_for` plug into ctypes.
"""

import builtins

from . import _core
from ._core import _SUCCESS, Category, _as_code
from ._data import CATEGORY_EXCEPTIONS, CODE_EXCEPTIONS, EXCEPTIONS
from ._sdk import Sdk

TYPE_CHECKING = False  # typing costs milliseconds to import; only type checkers need it
if TYPE_CHECKING:
    from typing import Any, Callable, Dict, Optional, Tuple, Type


class BsSdkError(Exception):
    """A BS_SDK_V2 call returned an error code.

    ``code`` (int), ``name`` (the canonical macro name, ``"UNKNOWN"`` for a code the table does not
    know), ``description``, ``category`` (:class:`Category`) and ``function`` (the name of the call
    that returned it, when known). ``str()`` is ``[function: ]NAME (code): description``.

    ``sdk`` is the :class:`Sdk` whose release named the code (``name``, ``description`` and the message
    are that release's), or None for today's table. The class depends on the numeric category only.
    """

    code: int
    name: str
    description: str
    category: Category
    function: "Optional[str]"
    sdk: "Optional[Sdk]"

    def __init__(self, code: int, function: "Optional[str]" = None, sdk: "Optional[Sdk]" = None) -> None:
        code = _as_code(code)
        if function is not None and not isinstance(function, str):
            raise TypeError("function is the name of the call, a str, not %s" % type(function).__name__)
        if sdk is not None and not isinstance(sdk, Sdk):
            raise TypeError("sdk is a bs_errno.Sdk (bs_errno.for_sdk(version)), not %s" % type(sdk).__name__)
        lookup: "Any" = _core if sdk is None else sdk
        self.code = code
        self.name = lookup.name(code)
        self.description = lookup.describe(code)
        self.category = _core.category(code)
        self.function = function
        self.sdk = sdk
        line = lookup.format_code(code)
        # One argument only: with two, OSError-derived classes would take the code for a POSIX errno.
        super().__init__("%s: %s" % (function, line) if function else line)

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""

    def __repr__(self) -> str:
        extra = ", %r" % self.function if self.function is not None else ""
        if self.sdk is not None:
            extra += ", sdk=%r" % self.sdk
        return "%s(%d%s)" % (type(self).__name__, self.code, extra)

    def __reduce__(self) -> "Tuple[Any, ...]":
        # Rebuilt from (code, function, sdk); the saved attributes (and __notes__, anything a handler
        # added) then restore exactly what this process knew about the code.
        return (type(self), (self.code, self.function, self.sdk), dict(self.__dict__))


BsSdkError.__module__ = "bs_errno"


def _make_classes() -> "Dict[str, Type[BsSdkError]]":
    classes: "Dict[str, Any]" = {"BsSdkError": BsSdkError}
    for class_name, base_names, doc in EXCEPTIONS:
        bases = tuple(classes[base] if base in classes else getattr(builtins, base) for base in base_names)
        classes[class_name] = type(class_name, bases, {"__doc__": doc, "__module__": "bs_errno"})
    del classes["BsSdkError"]
    return classes


# Every exception class by name: the package publishes them as bs_errno.<name>, where pickle finds them.
CLASSES = _make_classes()
# By category number (None for success), and the codes whose class is not their category's.
_BY_CATEGORY = tuple(None if name is None else CLASSES[name] for name in CATEGORY_EXCEPTIONS)
_BY_CODE = {code: CLASSES[name] for code, name in CODE_EXCEPTIONS.items()}


def error_class(code: int) -> "Type[BsSdkError]":
    """The exception class :func:`error_for` uses for the error ``code``: its category's, or for a timeout
    or an invalid argument the class that is also TimeoutError or ValueError. ValueError for a success
    code."""
    code = _as_code(code)
    cls = _BY_CODE.get(code)
    if cls is not None:
        return cls
    by_category = _BY_CATEGORY[_core.category(code)]
    if by_category is None:
        raise ValueError("%d is a success code (%s), not an error" % (code, _core.name(code)))
    return by_category


def error_for(code: int, function: "Optional[str]" = None, sdk: "Optional[Sdk]" = None) -> BsSdkError:
    """The exception for the error ``code`` (not raised). ValueError for a success code. With ``sdk``, it
    carries the name and description that release gave the code."""
    return error_class(code)(code, function, sdk)


def check(code: int, function: "Optional[str]" = None, sdk: "Optional[Sdk]" = None) -> int:
    """Return ``code`` if it means success (1..13, any positive code), else raise its BsSdkError.

    ``function`` names the call for the message: ``check(rc, "BS2_ConnectDevice")``. ``sdk`` (a
    :class:`Sdk`) makes the exception carry the name that SDK release gave the code.
    """
    if type(code) is int and code in _SUCCESS:
        return code
    value = _as_code(code)
    if _core.is_success(value):
        return code if isinstance(code, int) else value  # a Code member stays one
    raise error_for(value, function, sdk)


def errcheck(result: "Any", func: "Any", arguments: "Tuple[Any, ...]") -> "Any":
    """The ctypes ``errcheck`` protocol: ``sdk.BS2_ConnectDevice.errcheck = bs_errno.errcheck`` makes the
    call return its success code and raise the code's BsSdkError on failure."""
    return _errcheck(result, func, None)


def errcheck_for(sdk: Sdk) -> "Callable[[Any, Any, Tuple[Any, ...]], Any]":
    """:func:`errcheck` whose exceptions carry the names the release ``sdk`` gave the codes:
    ``lib.BS2_ScanFace.errcheck = bs_errno.errcheck_for(bs_errno.for_sdk(version))``."""
    if not isinstance(sdk, Sdk):
        raise TypeError(
            "errcheck_for takes a bs_errno.Sdk (bs_errno.for_sdk(version)), not %s" % type(sdk).__name__
        )

    def errcheck(result: "Any", func: "Any", arguments: "Tuple[Any, ...]") -> "Any":
        return _errcheck(result, func, sdk)

    errcheck.__qualname__ = errcheck.__name__ = "errcheck_for(%r)" % (sdk,)
    return errcheck


def _errcheck(result: "Any", func: "Any", sdk: "Optional[Sdk]") -> "Any":
    if type(result) is int and result in _SUCCESS:
        return result
    function = getattr(func, "__name__", None)
    if not isinstance(result, int) or isinstance(result, bool):
        raise TypeError(
            "%s returned %r; bs_errno.errcheck needs the int a BS2_* function returns "
            "(restype ctypes.c_int)" % (function or "the function", result)
        )
    if not -(2**31) <= result < 2**31:
        raise OverflowError(
            "%s returned %d, outside int32: declare restype = ctypes.c_int (BS2_* functions return int)"
            % (function or "the function", result)
        )
    return check(result, function, sdk)
