"""What a code meant in the SDK release an application runs: :class:`Sdk`, :func:`for_sdk` and
:func:`releases`.

>>> import bs_errno
>>> sdk = bs_errno.for_sdk("2.7.1.1")          # or for_sdk(lib.BS2_Version()), bytes work too
>>> sdk.name(-319), bs_errno.name(-319)
('BS_SDK_ERROR_FAKE_FACE_DETECTED', 'BS_SDK_ERROR_UNMASKED_FACE_DETECTED')

An :class:`Sdk` holds the library's handle of the release (``bs_sdk_release_find``) and asks the library
for every answer (``bs_error_name_in`` and friends); nothing is copied when it is made. It knows nothing
of exceptions: ``bs_errno.check(code, function, sdk=sdk)`` and ``bs_errno.errcheck_for(sdk)`` raise with
its names.
"""

from ._core import _as_code, _format, _lib, _text

TYPE_CHECKING = False  # typing costs milliseconds to import; only type checkers need it
if TYPE_CHECKING:
    from typing import Any, Tuple


def _version_bytes(version: "Any") -> bytes:
    """``version`` as the bytes the C library reads, or TypeError."""
    if isinstance(version, str):
        return version.encode("utf-8", "surrogateescape")
    if isinstance(version, bytes):
        return version
    raise TypeError(
        "an SDK version is a str or bytes (as BS2_Version() returns), not %s" % type(version).__name__
    )


class Sdk:
    """The table of the SDK release that answers for one version: the newest release not after it, the
    oldest (2.6.2.5) for an older version, today's table for a newer one.

    ``version`` is the text given (``"V2.7.1.5"``); ``release`` the release whose table answers
    (``"2.7.1.1"``), ``date`` the day its header was published. :meth:`name`, :meth:`describe` and
    :meth:`format_code` answer as that release named each code; a code it did not define gives
    ``"UNKNOWN"`` and the unknown-code text. Two Sdk are equal when the same release answers.
    """

    __slots__ = ("version", "release", "_handle")

    version: str
    release: str
    _handle: int

    def __init__(self, version: "Any") -> None:
        raw = _version_bytes(version)
        # ctypes would cut the string at its first NUL byte and read the rest as a version.
        handle = None if b"\0" in raw else _lib.bs_sdk_release_find(raw)
        if not handle:
            raise ValueError(
                "%r is not an SDK version: expected numbers separated by dots, such as '2.7.1.1', "
                "'V2.7.1.1' or '2.7'" % (version,)
            )
        self._handle = handle
        self.version = version if isinstance(version, str) else raw.decode("ascii")
        self.release = _text(_lib.bs_sdk_release_version(handle))

    @classmethod
    def _of(cls, handle: int) -> "Sdk":
        sdk = cls.__new__(cls)
        sdk._handle = handle
        sdk.release = sdk.version = _text(_lib.bs_sdk_release_version(handle))
        return sdk

    @property
    def date(self) -> str:
        """The day the vendor published this release's header, ``"2020-09-28"``."""
        return _text(_lib.bs_sdk_release_date(self._handle))

    def __repr__(self) -> str:
        return "bs_errno.for_sdk(%r)" % (self.version,)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sdk) and other._handle == self._handle

    def __hash__(self) -> int:
        return hash(self._handle)

    def __reduce__(self) -> "Tuple[Any, ...]":
        # The text given, so that a copy keeps ``version`` as well as ``release``.
        return (Sdk, (self.version,))

    def name(self, code: int) -> str:
        """The macro name this release gave ``code``, or ``"UNKNOWN"`` when it did not define it."""
        return _text(_lib.bs_error_name_in(self._handle, _as_code(code)))

    def describe(self, code: int) -> str:
        """What ``code`` meant under this release's name for it, or the unknown-code text."""
        return _text(_lib.bs_error_string_in(self._handle, _as_code(code)))

    def is_known(self, code: int) -> bool:
        """True if this release defines ``code``."""
        return bool(_lib.bs_error_is_known_in(self._handle, _as_code(code)))

    def format_code(self, code: int) -> str:
        """One line ``NAME (code): description`` as this release named ``code``."""
        return _format(_lib.bs_error_format_in, (self._handle, _as_code(code)), 160)


Sdk.__module__ = "bs_errno"


def for_sdk(version: "Any") -> Sdk:
    """The :class:`Sdk` for ``version``, the str or bytes ``BS2_Version()`` returns (``"2.7.1.1"``, also
    ``"V2.7.1.1"`` or ``"2.7"``). ValueError for anything that is not a version; TypeError for other types."""
    return Sdk(version)


def releases() -> "Tuple[Sdk, ...]":
    """Every SDK release whose header the vendor published, oldest first; the last is today's table."""
    return tuple(Sdk._of(_lib.bs_sdk_release_at(index)) for index in range(_lib.bs_sdk_release_count()))
