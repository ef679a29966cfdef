"""Typed answers and exceptions for the return codes of the Suprema BioStar 2 Device SDK (BS_SDK_V2).

A ctypes binding of the bs_errno C library, which the wheel carries.

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

For the SDK release an application runs, ``bs_errno.for_sdk(version)`` answers as that release named each
code (-319 was ``BS_SDK_ERROR_FAKE_FACE_DETECTED`` in 2.7.1.x); ``check(code, sdk=...)`` and
``errcheck_for(sdk)`` raise exceptions that say so.

Every macro name, alias names included, is also a module attribute (a :class:`Code` member), as in
:mod:`errno`. Deprecated aliases do not warn in Python; :func:`aliases` says which they are.
"""

from . import _errors
from ._core import (
    Alias,
    Category,
    Code,
    aliases,
    category,
    describe,
    format_code,
    from_name,
    from_uint32,
    is_known,
    is_success,
    library_path,
    library_version,
    name,
)
from ._data import __version__
from ._errors import BsSdkError, check, errcheck, errcheck_for, error_class, error_for
from ._loader import LibraryNotFoundError
from ._sdk import Sdk, for_sdk, releases

TYPE_CHECKING = False
if TYPE_CHECKING:  # the names made below, spelled out for type checkers (generated from the data)
    from ._exceptions import *  # noqa: F403
    from ._typing import *  # noqa: F403
else:
    # The exception classes, and every macro name as a module constant (a Code member), as in errno.
    # Deliberately no module __getattr__ (which could warn about deprecated aliases): CPython 3.11+ stops
    # specialising attribute access on a module that has one, which would slow every
    # `bs_errno.check(...)` by about 20 ns.
    globals().update(_errors.CLASSES)
    globals().update(Code.__members__)
del TYPE_CHECKING

__all__ = [
    "__version__",
    "Alias",
    "Category",
    "Code",
    "LibraryNotFoundError",
    "Sdk",
    "aliases",
    "category",
    "check",
    "describe",
    "errcheck",
    "errcheck_for",
    "error_class",
    "error_for",
    "format_code",
    "from_name",
    "for_sdk",
    "from_uint32",
    "is_known",
    "is_success",
    "library_path",
    "library_version",
    "name",
    "releases",
    "BsSdkError",
]
# Then the exception classes and the macro names.
__all__.extend(_errors.CLASSES)
__all__.extend(Code.__members__)
