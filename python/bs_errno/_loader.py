"""Finding and loading the bs_errno C library, and declaring its functions.

Order of the places tried (the first that loads wins):

1. ``$BS_ERRNO_LIBRARY``, the path of the library file. When the variable is set (and not empty) it is
   the *only* place tried: a build someone points at explicitly must not be silently replaced by another
   copy found elsewhere (a test run against a fresh build would otherwise pass against a stale one).
2. Next to the package: inside the ``bs_errno`` package directory (where a wheel bundles the library),
   then the directory that contains the package.
3. The system: ``ctypes.util.find_library("bs_errno")`` (on Windows a search of ``PATH``), then the bare
   file name handed to the dynamic loader (which honours ``LD_LIBRARY_PATH``, ``DYLD_LIBRARY_PATH`` and
   rpaths; on Windows, since Python 3.8, the application's directory, System32 and the directories given
   to ``os.add_dll_directory``, but not ``PATH``).

The library is opened with a private :class:`ctypes.CDLL` (never the shared ``ctypes.cdll`` loader,
whose cached function objects other code can reconfigure) and every function gets its ``argtypes`` and
``restype`` from the one table :data:`PROTOTYPES`.
"""

import ctypes
import os
import sys

TYPE_CHECKING = False  # typing costs milliseconds to import; only type checkers need it
if TYPE_CHECKING:
    from typing import Any, List, Optional, Tuple

ENV_VAR = "BS_ERRNO_LIBRARY"


def library_file_name(platform: "Optional[str]" = None) -> str:
    """The file name of the C library on ``platform`` (default: this one), as cargo builds it."""
    platform = sys.platform if platform is None else platform
    if platform == "win32" or platform == "cygwin":
        return "bs_errno.dll"
    if platform == "darwin":
        return "libbs_errno.dylib"
    return "libbs_errno.so"


class BsErrorAlias(ctypes.Structure):
    """``struct BsErrorAlias`` of BS_Errno.h, filled by ``bs_error_alias_at``."""

    _fields_ = [
        ("name", ctypes.c_char_p),
        ("code", ctypes.c_int),
        ("deprecated", ctypes.c_int),
        ("deprecated_since", ctypes.c_char_p),
        ("description", ctypes.c_char_p),
    ]


# (name, restype, argtypes) of every export the package uses. BsErrorCategory is a C enum: an int.
PROTOTYPES: "Tuple[Tuple[str, Any, Tuple[Any, ...]], ...]" = (
    ("bs_error_string", ctypes.c_char_p, (ctypes.c_int,)),
    ("bs_error_name", ctypes.c_char_p, (ctypes.c_int,)),
    ("bs_error_category", ctypes.c_int, (ctypes.c_int,)),
    ("bs_error_category_name", ctypes.c_char_p, (ctypes.c_int,)),
    ("bs_error_is_known", ctypes.c_int, (ctypes.c_int,)),
    ("bs_error_is_success", ctypes.c_int, (ctypes.c_int,)),
    ("bs_error_from_name", ctypes.c_int, (ctypes.c_char_p,)),
    ("bs_error_count", ctypes.c_size_t, ()),
    ("bs_error_code_at", ctypes.c_int, (ctypes.c_size_t,)),
    ("bs_error_alias_count", ctypes.c_size_t, ()),
    ("bs_error_alias_at", ctypes.c_int, (ctypes.c_size_t, ctypes.POINTER(BsErrorAlias))),
    ("bs_error_format", ctypes.c_int, (ctypes.c_int, ctypes.c_char_p, ctypes.c_size_t)),
    ("bs_errno_version", ctypes.c_char_p, ()),
    # SDK releases: a handle is an opaque pointer (const BsSdkRelease *).
    ("bs_sdk_release_find", ctypes.c_void_p, (ctypes.c_char_p,)),
    ("bs_sdk_release_count", ctypes.c_size_t, ()),
    ("bs_sdk_release_at", ctypes.c_void_p, (ctypes.c_size_t,)),
    ("bs_sdk_release_version", ctypes.c_char_p, (ctypes.c_void_p,)),
    ("bs_sdk_release_date", ctypes.c_char_p, (ctypes.c_void_p,)),
    ("bs_error_name_in", ctypes.c_char_p, (ctypes.c_void_p, ctypes.c_int)),
    ("bs_error_string_in", ctypes.c_char_p, (ctypes.c_void_p, ctypes.c_int)),
    ("bs_error_is_known_in", ctypes.c_int, (ctypes.c_void_p, ctypes.c_int)),
    ("bs_error_format_in", ctypes.c_int, (ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_size_t)),
)


class LibraryNotFoundError(ImportError):
    """The bs_errno C library could not be loaded from any place; ``tried`` lists (place, reason) pairs."""

    def __init__(self, tried: "List[Tuple[str, str]]", env_set: bool) -> None:
        self.tried = list(tried)
        lines = ["cannot load the bs_errno C library (%s); tried:" % library_file_name()]
        lines.extend("  - %s: %s" % (place, reason) for place, reason in self.tried)
        if env_set:
            lines.append(
                "%s is set, so no other place was tried; unset it to search next to the package "
                "and on the system." % ENV_VAR
            )
        else:
            lines.append(
                "A wheel carries the library inside the package: reinstall with `pip install` from the "
                "wheel or the source tree, or set %s to the path of a %s." % (ENV_VAR, library_file_name())
            )
        super().__init__("\n".join(lines), name="bs_errno")


class Library:
    """The loaded library: the private CDLL, the file it came from, and every place tried on the way."""

    def __init__(self, cdll: ctypes.CDLL, path: str, tried: "List[Tuple[str, str]]", dll_dir: "Any") -> None:
        self.cdll = cdll
        self.path = path
        self.tried = tried
        self._dll_dir = dll_dir  # keeps os.add_dll_directory's registration alive (Windows)


def _declare(cdll: ctypes.CDLL) -> None:
    for name, restype, argtypes in PROTOTYPES:
        function = getattr(cdll, name)  # AttributeError: not bs_errno, or too old
        function.restype = restype
        function.argtypes = argtypes


def _open(target: str, is_path: bool) -> "Tuple[ctypes.CDLL, Any]":
    """CDLL(target), declared; raises OSError or AttributeError."""
    dll_dir = None
    if is_path and hasattr(os, "add_dll_directory"):
        # Windows: let the DLL's own dependencies resolve from its directory.
        directory = os.path.dirname(os.path.abspath(target))
        if os.path.isdir(directory):
            dll_dir = os.add_dll_directory(directory)
    try:
        cdll = ctypes.CDLL(target)
        _declare(cdll)
    except BaseException:
        if dll_dir is not None:
            dll_dir.close()
        raise
    return cdll, dll_dir


def _loaded_file(cdll: ctypes.CDLL, fallback: str) -> str:
    """The path of the file the loader actually opened for ``cdll`` (for names found by the system)."""
    try:
        if sys.platform == "win32":
            buffer = ctypes.create_unicode_buffer(32768)
            kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
            kernel32.GetModuleFileNameW.argtypes = (ctypes.c_void_p, ctypes.c_wchar_p, ctypes.c_uint32)
            kernel32.GetModuleFileNameW.restype = ctypes.c_uint32
            if kernel32.GetModuleFileNameW(cdll._handle, buffer, len(buffer)):
                return buffer.value
            return fallback

        class DlInfo(ctypes.Structure):
            _fields_ = [
                ("dli_fname", ctypes.c_char_p),
                ("dli_fbase", ctypes.c_void_p),
                ("dli_sname", ctypes.c_char_p),
                ("dli_saddr", ctypes.c_void_p),
            ]

        dladdr = ctypes.CDLL(None).dladdr
        dladdr.argtypes = (ctypes.c_void_p, ctypes.POINTER(DlInfo))
        dladdr.restype = ctypes.c_int
        info = DlInfo()
        address = ctypes.cast(cdll.bs_errno_version, ctypes.c_void_p)
        if dladdr(address, ctypes.byref(info)) and info.dli_fname:
            return os.fsdecode(info.dli_fname)
    except (OSError, AttributeError, ValueError):
        pass
    return fallback


def _reason(error: BaseException) -> str:
    if isinstance(error, AttributeError):
        return "loaded, but it is not bs_errno or is too old (%s)" % error
    return str(error) or type(error).__name__


def load() -> Library:
    """Load the library from the first place that works, or raise :class:`LibraryNotFoundError`."""
    file_name = library_file_name()
    tried: "List[Tuple[str, str]]" = []

    def attempt(place: str, target: str, is_path: bool) -> "Optional[Library]":
        if is_path:
            if not os.path.exists(target):
                tried.append((place, "no such file"))
                return None
            if os.path.isdir(target):
                tried.append((place, "is a directory; name the library file itself"))
                return None
        try:
            cdll, dll_dir = _open(target, is_path)
        except (OSError, AttributeError) as error:
            tried.append((place, _reason(error)))
            return None
        path = os.path.abspath(target) if is_path else _loaded_file(cdll, target)
        tried.append((place, "loaded"))
        return Library(cdll, path, tried, dll_dir)

    explicit = os.environ.get(ENV_VAR, "")
    if explicit:
        library = attempt("%s=%s" % (ENV_VAR, explicit), explicit, True)
        if library is None:
            raise LibraryNotFoundError(tried, env_set=True)
        return library

    package_dir = os.path.dirname(os.path.abspath(__file__))
    for directory in (package_dir, os.path.dirname(package_dir)):
        candidate = os.path.join(directory, file_name)
        library = attempt(candidate, candidate, True)
        if library is not None:
            return library

    # Imported only now: ctypes.util pulls in subprocess and friends (tens of milliseconds).
    import ctypes.util

    found = ctypes.util.find_library("bs_errno")
    if found:
        library = attempt("ctypes.util.find_library('bs_errno') -> %s" % found, found, False)
        if library is not None:
            return library
    else:
        tried.append(("ctypes.util.find_library('bs_errno')", "found nothing"))
    if found != file_name:
        library = attempt("the dynamic loader's search for %s" % file_name, file_name, False)
        if library is not None:
            return library
    raise LibraryNotFoundError(tried, env_set=False)
