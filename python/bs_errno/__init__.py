"""Typed answers and exceptions for the return codes of the Suprema BioStar 2 Device SDK (BS_SDK_V2).

A ctypes binding of the bs_errno C library: the code table is read from the library once, at import.

>>> import bs_errno
>>> bs_errno.describe(-714)
'Cannot find user.'
>>> bs_errno.name(-1208), bs_errno.category(-102)
('BS_SDK_ERROR_APB_ZONE_FULL', <Category.COMMUNICATION: 3>)
>>> bs_errno.check(bs_errno.BS_SDK_DUAL_AUTH_SUCCESS)        # every success code passes
<Code.BS_SDK_DUAL_AUTH_SUCCESS: 5>
>>> bs_errno.check(-102, "BS2_ConnectDevice")
Traceback (most recent call last):
    ...
bs_errno.CommunicationError: BS2_ConnectDevice: BS_SDK_ERROR_CANNOT_CONNECT_SOCKET (-102): Cannot connect to socket.

Every macro name is also a module attribute (a :class:`Code` member), as in :mod:`errno`; the deprecated
aliases raise a DeprecationWarning when read that way, as they warn in C.
"""

from __future__ import annotations

import warnings as _warnings
TYPE_CHECKING = False  # typing costs milliseconds to import; only type checkers need it
if TYPE_CHECKING:
    from typing import Any, List

from . import _errors
from ._core import (
    Alias,
    Category,
    Code,
    aliases,
    category,
    describe,
    format,
    from_name,
    from_uint32,
    is_known,
    is_success,
    library_path,
    library_version,
    name,
)
from ._errors import (
    AccessControlError,
    BiometricError,
    BsSdkError,
    CardError,
    CommunicationError,
    ConfigError,
    DatabaseError,
    DeviceError,
    DeviceSystemError,
    DoorError,
    DriverError,
    FileIOError,
    HostSDKError,
    InputOutputError,
    LicenseError,
    MiscError,
    MobileAccessError,
    OperationError,
    OSDPError,
    PacketError,
    SSLError,
    UnknownError,
    UtilError,
    WirelessLockError,
    ZoneError,
    check,
    errcheck,
    error_class,
    error_for,
)
from ._loader import LibraryNotFoundError
from ._version import __version__

# Macro names as module constants: every canonical name and every plain alias. Deprecated aliases are
# served by __getattr__ below, which warns.
_DEPRECATED = {a.name: a for a in aliases() if a.deprecated}
_CONSTANTS = {n: m for n, m in Code.__members__.items() if n not in _DEPRECATED}
globals().update(_CONSTANTS)


def _publish(class_name: str, cls: type) -> None:
    globals()[class_name] = cls


_errors._register = _publish
for _cls in _errors._combined.values():  # the combined classes the table needed at import
    _publish(_cls.__name__, _cls)

__all__ = [
    "__version__",
    "Alias",
    "Category",
    "Code",
    "LibraryNotFoundError",
    "aliases",
    "category",
    "check",
    "describe",
    "errcheck",
    "error_class",
    "error_for",
    "format",
    "from_name",
    "from_uint32",
    "is_known",
    "is_success",
    "library_path",
    "library_version",
    "name",
    "BsSdkError",
    "UnknownError",
    "DriverError",
    "CommunicationError",
    "PacketError",
    "BiometricError",
    "FileIOError",
    "InputOutputError",
    "UtilError",
    "DatabaseError",
    "ConfigError",
    "DeviceError",
    "DoorError",
    "AccessControlError",
    "ZoneError",
    "CardError",
    "OperationError",
    "DeviceSystemError",
    "MiscError",
    "SSLError",
    "MobileAccessError",
    "OSDPError",
    "LicenseError",
    "WirelessLockError",
    "HostSDKError",
]
# Then the combined classes the table needed (BiometricTimeoutError, ...) and the macro names.
__all__.extend(sorted(c.__name__ for c in _errors._combined.values()))
__all__.extend(_CONSTANTS)


def __getattr__(attribute: str) -> Any:
    alias = _DEPRECATED.get(attribute)
    if alias is not None:
        canonical = Code(alias.code)
        since = " since SDK %s" % alias.deprecated_since if alias.deprecated_since else ""
        _warnings.warn(
            "%s is deprecated%s: use %s (%d)" % (attribute, since, canonical.name, alias.code),
            DeprecationWarning,
            stacklevel=2,
        )
        return canonical
    combined = _errors._combined_by_name(attribute)
    if combined is not None:
        return combined
    raise AttributeError("module 'bs_errno' has no attribute %r" % attribute)


def __dir__() -> List[str]:
    return sorted(set(globals()) | set(_DEPRECATED))


del _cls
