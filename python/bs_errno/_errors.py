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

Nothing else gets a builtin base. ``error_for(code)`` builds the right instance, ``check(code)`` raises
it, ``errcheck`` plugs it into ctypes.
"""

from __future__ import annotations

import _thread

from . import _core
from ._categories import EXCEPTION_CLASS_NAMES
from ._core import Category, _as_code
from ._sdk import Sdk

TYPE_CHECKING = False  # typing costs milliseconds to import; only type checkers need it
if TYPE_CHECKING:
    from typing import Any, Dict, Optional, Tuple, Type


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
    function: Optional[str]
    sdk: Optional[Sdk]

    def __init__(self, code: int, function: Optional[str] = None, sdk: Optional[Sdk] = None) -> None:
        code = _as_code(code)
        if function is not None and not isinstance(function, str):
            raise TypeError("function is the name of the call, a str, not %s" % type(function).__name__)
        if sdk is not None and not isinstance(sdk, Sdk):
            raise TypeError("sdk is a bs_errno.Sdk (bs_errno.for_sdk(version)), not %s" % type(sdk).__name__)
        lookup: Any = _core if sdk is None else sdk
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

    def __reduce__(self) -> Tuple[Any, ...]:
        # Rebuilt from (code, function); the saved attributes (and __notes__, anything a handler added)
        # then restore exactly what this process knew about the code.
        state = dict(self.__dict__)
        for (base, suffix), cls in _combined.items():
            if type(self) is cls:
                return (_restore_combined, (base, suffix, self.code, self.function, self.sdk), state)
        return (type(self), (self.code, self.function, self.sdk), state)


class UnknownError(BsSdkError):
    """An error code of :attr:`Category.UNKNOWN`."""


class DriverError(BsSdkError):
    """An error code of :attr:`Category.DRIVER`."""


class CommunicationError(BsSdkError, ConnectionError):
    """An error code of :attr:`Category.COMMUNICATION`. Also a ConnectionError."""


class PacketError(BsSdkError):
    """An error code of :attr:`Category.PACKET`."""


class BiometricError(BsSdkError):
    """An error code of :attr:`Category.BIOMETRIC`."""


class FileIOError(BsSdkError, OSError):
    """An error code of :attr:`Category.FILE_IO`. Also an OSError (its errno is None: the code is not a
    POSIX errno)."""


class InputOutputError(BsSdkError):
    """An error code of :attr:`Category.IO`."""


class UtilError(BsSdkError):
    """An error code of :attr:`Category.UTIL`."""


class DatabaseError(BsSdkError):
    """An error code of :attr:`Category.DATABASE`."""


class ConfigError(BsSdkError):
    """An error code of :attr:`Category.CONFIG`."""


class DeviceError(BsSdkError):
    """An error code of :attr:`Category.DEVICE`."""


class DoorError(BsSdkError):
    """An error code of :attr:`Category.DOOR`."""


class AccessControlError(BsSdkError):
    """An error code of :attr:`Category.ACCESS_CONTROL`."""


class ZoneError(BsSdkError):
    """An error code of :attr:`Category.ZONE`."""


class CardError(BsSdkError):
    """An error code of :attr:`Category.CARD`."""


class OperationError(BsSdkError):
    """An error code of :attr:`Category.OPERATION`."""


class DeviceSystemError(BsSdkError):
    """An error code of :attr:`Category.SYSTEM`. (Not the builtin SystemError.)"""


class MiscError(BsSdkError):
    """An error code of :attr:`Category.MISC`."""


class SSLError(BsSdkError):
    """An error code of :attr:`Category.SSL`. (Not :class:`ssl.SSLError`.)"""


class MobileAccessError(BsSdkError):
    """An error code of :attr:`Category.MOBILE_ACCESS`."""


class OSDPError(BsSdkError):
    """An error code of :attr:`Category.OSDP`."""


class LicenseError(BsSdkError):
    """An error code of :attr:`Category.LICENSE`."""


class WirelessLockError(BsSdkError):
    """An error code of :attr:`Category.WIRELESS_LOCK`."""


class HostSDKError(BsSdkError):
    """An error code of :attr:`Category.SDK`."""


# Each category's class, by the names data/categories.tsv gives (a class missing here fails at import).
_CATEGORY_CLASSES: Dict[Category, Type[BsSdkError]] = {
    category: globals()[class_name] for category, class_name in EXCEPTION_CLASS_NAMES.items()
}
for _cls in (BsSdkError, *_CATEGORY_CLASSES.values()):
    _cls.__module__ = "bs_errno"

# Per-code builtins on top of the category: (suffix of the combined class, builtin).
_TIMEOUT = ("TimeoutError", TimeoutError)
_PARAMETER = ("ParameterError", ValueError)


def _trait(macro: str) -> Optional[Tuple[str, type]]:
    if "TIMEOUT" in macro:
        return _TIMEOUT
    if macro.endswith("_PARAM") or macro == "BS_SDK_ERROR_NULL_POINTER":
        return _PARAMETER
    return None


_TRAITS = {suffix: builtin for suffix, builtin in (_TIMEOUT, _PARAMETER)}

# (category class, suffix) -> combined class; only ever added to, under the lock.
_combined: Dict[Tuple[Type[BsSdkError], str], Type[BsSdkError]] = {}
_combined_lock = _thread.allocate_lock()


def _combined_class(base: Type[BsSdkError], suffix: str) -> Type[BsSdkError]:
    """``<Stem><Suffix>(base, builtin)``, e.g. BiometricTimeoutError(BiometricError, TimeoutError).

    The package makes (and publishes) the ones its table needs at import; unpickling may ask for one
    that this process's table does not need (a pickle from a process with another library), which is
    then made here, once."""
    key = (base, suffix)
    cls = _combined.get(key)
    if cls is None:
        with _combined_lock:
            cls = _combined.get(key)
            if cls is None:
                builtin = _TRAITS[suffix]
                class_name = base.__name__[: -len("Error")] + suffix
                doc = "%s that is also a %s." % (base.__name__, builtin.__name__)
                cls = type(class_name, (base, builtin), {"__module__": "bs_errno", "__doc__": doc})
                _combined[key] = cls
    return cls


def _restore_combined(
    base: Type[BsSdkError], suffix: str, code: int, function: Optional[str], sdk: Optional[Sdk] = None
) -> BsSdkError:
    """Unpickles an instance of a combined class (by its recipe, not by a name that may not exist)."""
    return _combined_class(base, suffix)(code, function, sdk)


def _class_for(code: int, category: Category, macro: str) -> Type[BsSdkError]:
    base = _CATEGORY_CLASSES.get(category, UnknownError)
    trait = _trait(macro)
    return base if trait is None else _combined_class(base, trait[0])


# Every error code of the table gets its class once, here.
_CLASS_BY_CODE: Dict[int, Type[BsSdkError]] = {
    code: _class_for(code, cat, _core._NAMES[code])
    for code, cat in _core._CATEGORIES.items()
    if cat is not Category.SUCCESS
}


def error_class(code: int) -> Type[BsSdkError]:
    """The exception class :func:`error_for` uses for the error ``code``."""
    code = _as_code(code)
    cls = _CLASS_BY_CODE.get(code)
    if cls is not None:
        return cls
    if _core.is_success(code):
        raise ValueError("%d is a success code (%s), not an error" % (code, _core.name(code)))
    return _CATEGORY_CLASSES.get(_core.category(code), UnknownError)


def error_for(code: int, function: Optional[str] = None, sdk: Optional[Sdk] = None) -> BsSdkError:
    """The exception for the error ``code`` (not raised): the class of its category, and of its
    builtin where one fits. ValueError for a success code. With ``sdk``, it carries the name and
    description that release gave the code."""
    return error_class(code)(code, function, sdk)


_SUCCESS = _core._SUCCESS


def check(code: int, function: Optional[str] = None, sdk: Optional[Sdk] = None) -> int:
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


def errcheck(result: Any, func: Any, arguments: Tuple[Any, ...]) -> Any:
    """The ctypes ``errcheck`` protocol: ``sdk.BS2_ConnectDevice.errcheck = bs_errno.errcheck`` makes the
    call return its success code and raise the code's BsSdkError on failure."""
    return _errcheck(result, func, None)


def _errcheck(result: Any, func: Any, sdk: Optional[Sdk]) -> Any:
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
