"""What a code meant in the SDK release an application runs: :func:`for_sdk` and :class:`Sdk`.

>>> import bs_errno
>>> sdk = bs_errno.for_sdk("2.7.1.1")          # or for_sdk(lib.BS2_Version()), bytes work too
>>> sdk.name(-319), bs_errno.name(-319)
('BS_SDK_ERROR_FAKE_FACE_DETECTED', 'BS_SDK_ERROR_UNMASKED_FACE_DETECTED')

Everything is asked of the C library (``bs_error_name_for_sdk`` and friends); a release's answers are read
once and kept.
"""

import ctypes

from . import _core
from ._core import _as_code, _text

TYPE_CHECKING = False  # typing costs milliseconds to import; only type checkers need it
if TYPE_CHECKING:
    from typing import Any, Dict, FrozenSet, Tuple

_lib = _core._lib

# release -> (names, descriptions, known codes) of every code of today's table (every value any release
# defined is one).
_TABLES: "Dict[str, Tuple[Dict[int, str], Dict[int, str], FrozenSet[int]]]" = {}


def _version_bytes(version: "Any") -> bytes:
    """``version`` as the bytes the C library reads, or TypeError / ValueError."""
    if isinstance(version, str):
        raw = version.encode("utf-8", "surrogateescape")
    elif isinstance(version, bytes):
        raw = version
    else:
        raise TypeError("an SDK version is a str or bytes (as BS2_Version() returns), not %s" % type(version).__name__)
    # ctypes would silently cut a string at its first NUL byte.
    if b"\0" in raw or not _lib.bs_sdk_version_is_valid(raw):
        raise ValueError(
            "%r is not an SDK version: expected numbers separated by dots, such as '2.7.1.1', 'V2.7.1.1' or '2.7'"
            % (version,)
        )
    return raw


class Sdk:
    """The table of the SDK release that answers for one version: the newest release not after it, the
    oldest (2.6.2.5) for an older version, today's table for a newer one.

    ``version`` is the text given (``"V2.7.1.5"``); ``release`` the release whose table answers
    (``"2.7.1.1"``). :meth:`name`, :meth:`describe` and :meth:`format_code` answer as that release named each
    code; a code it did not define gives ``"UNKNOWN"`` and the unknown-code text. For exceptions with this
    release's names: ``bs_errno.check(code, function, sdk=...)`` and ``bs_errno.errcheck_for(sdk)``.
    """

    __slots__ = ("version", "release", "_key", "_names", "_descriptions", "_known")

    def __init__(self, version: "Any") -> None:
        raw = _version_bytes(version)
        self.version: str = version if isinstance(version, str) else version.decode("ascii")
        self.release: str = _text(_lib.bs_sdk_release(raw))
        self._key = self.release.encode("ascii")
        table = _TABLES.get(self.release)
        if table is None:
            names = {code: _text(_lib.bs_error_name_for_sdk(code, self._key)) for code in _core._NAMES}
            descriptions = {code: _text(_lib.bs_error_string_for_sdk(code, self._key)) for code in _core._NAMES}
            # The release defines a code when it gives it one of the SDK's macro names (the library answers
            # any other code with the unknown-code name, which is none).
            known = frozenset(code for code, name in names.items() if name in _core._BY_NAME)
            table = _TABLES.setdefault(self.release, (names, descriptions, known))
        self._names, self._descriptions, self._known = table

    def __repr__(self) -> str:
        return "bs_errno.for_sdk(%r)" % self.release

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sdk) and other.release == self.release

    def __hash__(self) -> int:
        return hash(("bs_errno.Sdk", self.release))

    def __reduce__(self) -> "Tuple[Any, ...]":
        # The text given, so that a copy keeps ``version`` as well as ``release``.
        return (Sdk, (self.version,))

    def name(self, code: int) -> str:
        """The macro name this release gave ``code``, or ``"UNKNOWN"`` when it did not define it."""
        code = _as_code(code)
        text = self._names.get(code)
        return text if text is not None else _text(_lib.bs_error_name_for_sdk(code, self._key))

    def describe(self, code: int) -> str:
        """What ``code`` meant under this release's name for it, or the unknown-code text."""
        code = _as_code(code)
        text = self._descriptions.get(code)
        return text if text is not None else _text(_lib.bs_error_string_for_sdk(code, self._key))

    def is_known(self, code: int) -> bool:
        """True if this release defines ``code``."""
        return _as_code(code) in self._known

    def format_code(self, code: int) -> str:
        """One line ``NAME (code): description`` as this release named ``code``."""
        code = _as_code(code)
        size = 160
        while True:
            buffer = ctypes.create_string_buffer(size)
            length = _lib.bs_error_format_for_sdk(code, self._key, buffer, size)
            if length < size:
                return buffer.value.decode("utf-8")
            size = length + 1


def for_sdk(version: "Any") -> "Sdk":
    """The :class:`Sdk` for ``version``, the str or bytes ``BS2_Version()`` returns (``"2.7.1.1"``, also
    ``"V2.7.1.1"`` or ``"2.7"``). ValueError for anything that is not a version; TypeError for other types."""
    return Sdk(version)



Sdk.__module__ = "bs_errno"
