"""Where the library is loaded from, what is reported when it is not found, and its declarations."""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import bs_errno
from bs_errno import _loader
from conftest import EXPECT_INSTALLED, HEADER, LIBRARY, PACKAGE_PARENT, REPO, _library_file_name

FILE_NAME = _library_file_name()
REPORT = "import bs_errno; print(bs_errno.library_path()); print(bs_errno.describe(-714))"


def run(script, pythonpath, **env_changes):
    env = {k: v for k, v in os.environ.items()
           if k not in ("BS_ERRNO_LIBRARY", "LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH")}
    env["PYTHONPATH"] = str(pythonpath)
    env.update({k: v for k, v in env_changes.items() if v is not None})
    # cwd: `python -c` puts the working directory first on sys.path, which must not hold another bs_errno.
    return subprocess.run([sys.executable, "-c", script], env=env, cwd=str(pythonpath),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)


@pytest.fixture()
def package_copy(tmp_path):
    """This checkout's package, copied without any library, under tmp/site/bs_errno."""
    site = tmp_path / "site"
    shutil.copytree(str(PACKAGE_PARENT / "bs_errno"), str(site / "bs_errno"),
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.dylib", "*.dll"))
    return site


def test_library_path_and_version(clib):
    assert os.path.samefile(bs_errno.library_path(), LIBRARY)
    assert bs_errno.library_version() == clib.bs_errno_version().decode()
    cargo = (REPO / "Cargo.toml").read_text(encoding="utf-8")
    workspace_version = re.search(r'^\[workspace\.package\]$.*?^version = "([^"]+)"', cargo, re.M | re.S).group(1)
    assert bs_errno.library_version() == workspace_version
    assert bs_errno.__version__ == workspace_version


@pytest.mark.skipif(not EXPECT_INSTALLED, reason="run against a source tree, not an installed wheel")
def test_the_installed_wheel_carries_its_library():
    """The package comes from site-packages, not this checkout, and loads the library inside itself."""
    package_dir = Path(bs_errno.__file__).resolve().parent
    assert "site-packages" in package_dir.parts
    assert REPO / "python" not in package_dir.parents
    assert "BS_ERRNO_LIBRARY" not in os.environ
    assert Path(bs_errno.library_path()).resolve().parent == package_dir
    assert Path(bs_errno.library_path()).name == FILE_NAME


def test_environment_variable_wins(package_copy):
    shutil.copy(LIBRARY, str(package_copy / "bs_errno" / FILE_NAME))  # would be found otherwise
    result = run(REPORT, package_copy, BS_ERRNO_LIBRARY=LIBRARY)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [os.path.abspath(LIBRARY), "Cannot find user."]


def test_environment_variable_is_not_silently_replaced(package_copy, tmp_path):
    shutil.copy(LIBRARY, str(package_copy / "bs_errno" / FILE_NAME))
    missing = str(tmp_path / "nowhere" / FILE_NAME)
    result = run(REPORT, package_copy, BS_ERRNO_LIBRARY=missing)
    assert result.returncode != 0
    assert "LibraryNotFoundError" in result.stderr
    assert "BS_ERRNO_LIBRARY=%s: no such file" % missing in result.stderr
    assert "no other place was tried" in result.stderr


def test_environment_variable_naming_a_directory(package_copy, tmp_path):
    result = run(REPORT, package_copy, BS_ERRNO_LIBRARY=str(tmp_path))
    assert result.returncode != 0 and "is a directory" in result.stderr


def test_a_library_that_is_not_bs_errno(package_copy):
    import _ctypes

    other = getattr(_ctypes, "__file__", None)
    if not other:
        pytest.skip("_ctypes is built into this interpreter")
    result = run(REPORT, package_copy, BS_ERRNO_LIBRARY=other)
    assert result.returncode != 0
    assert "not bs_errno" in result.stderr and "bs_error_string" in result.stderr


def test_inside_the_package(package_copy):
    bundled = package_copy / "bs_errno" / FILE_NAME
    shutil.copy(LIBRARY, str(bundled))
    shutil.copy(LIBRARY, str(package_copy / FILE_NAME))  # second choice, must lose
    result = run(REPORT, package_copy)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [str(bundled), "Cannot find user."]


def test_next_to_the_package(package_copy):
    beside = package_copy / FILE_NAME
    shutil.copy(LIBRARY, str(beside))
    result = run(REPORT, package_copy)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [str(beside), "Cannot find user."]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="LD_LIBRARY_PATH is Linux's")
def test_from_the_system(package_copy, tmp_path):
    system = tmp_path / "lib"
    system.mkdir()
    shutil.copy(LIBRARY, str(system / FILE_NAME))
    result = run(REPORT, package_copy, LD_LIBRARY_PATH=str(system))
    assert result.returncode == 0, result.stderr
    # library_path() names the file the dynamic loader really opened.
    assert result.stdout.splitlines() == [str(system / FILE_NAME), "Cannot find user."]


def test_nothing_found_lists_every_place(package_copy):
    result = run("import bs_errno", package_copy)
    if result.returncode == 0:
        pytest.skip("a bs_errno library is installed on this system")
    assert "bs_errno._loader.LibraryNotFoundError" in result.stderr
    for place in (str(package_copy / "bs_errno" / FILE_NAME), str(package_copy / FILE_NAME),
                  "ctypes.util.find_library('bs_errno')", "dynamic loader"):
        assert place in result.stderr, place
    assert "BS_ERRNO_LIBRARY" in result.stderr  # says how to fix it


def test_the_error_is_an_import_error_with_the_places():
    error = _loader.LibraryNotFoundError([("a", "no such file"), ("b", "wrong ELF class")], env_set=False)
    assert isinstance(error, ImportError)
    assert error.tried == [("a", "no such file"), ("b", "wrong ELF class")]
    assert "  - a: no such file\n  - b: wrong ELF class" in str(error)


def test_file_names_per_platform():
    assert _loader.library_file_name("linux") == "libbs_errno.so"
    assert _loader.library_file_name("freebsd13") == "libbs_errno.so"
    assert _loader.library_file_name("darwin") == "libbs_errno.dylib"
    assert _loader.library_file_name("win32") == "bs_errno.dll"
    assert _loader.library_file_name() == FILE_NAME


def test_private_handle_ignores_the_shared_loader():
    """Code that reconfigures ctypes.cdll's cached function objects cannot break bs_errno."""
    shared = ctypes.cdll.LoadLibrary(LIBRARY)
    original = shared.bs_error_name.restype
    try:
        shared.bs_error_name.restype = ctypes.c_int
        shared.bs_error_name.argtypes = [ctypes.c_double]
        assert bs_errno.name(-99) == "UNKNOWN"  # goes to the library (not in the table)
        assert bs_errno.format_code(-714).startswith("BS_SDK_ERROR_CANNOT_FIND_USER")
    finally:
        shared.bs_error_name.restype = original
        shared.bs_error_name.argtypes = None


# ---- the declarations agree with the header ---------------------------------------------------------

C_TYPES = {
    "int": ctypes.c_int,
    "size_t": ctypes.c_size_t,
    "const char *": ctypes.c_char_p,
    "char *": ctypes.c_char_p,
    "enum BsErrorCategory": ctypes.c_int,
    "BsErrorCategory": ctypes.c_int,
    "struct BsErrorAlias *": ctypes.POINTER(_loader.BsErrorAlias),
    # A release handle: opaque, so a void pointer to ctypes (None for NULL).
    "const struct BsSdkRelease *": ctypes.c_void_p,
}


def _c_type(text):
    return C_TYPES[text.strip()]


def test_prototypes_match_the_header():
    header = HEADER.read_text(encoding="utf-8")
    found = {}
    for match in re.finditer(
            r"^(const char \*|int|size_t|enum BsErrorCategory|const struct BsSdkRelease \*)\s*(bs_\w+)\(([^)]*)\);",
                             header, re.M):
        restype, name, params = match.groups()
        argtypes = () if params.strip() == "void" else tuple(
            _c_type(re.sub(r"\w+$", "", p.strip())) for p in params.split(","))
        found[name] = (_c_type(restype), argtypes)
    assert len(found) == 22  # every export of the header
    declared = {name: (restype, tuple(argtypes)) for name, restype, argtypes in _loader.PROTOTYPES}
    assert declared == found


def test_alias_struct_matches_the_header():
    header = HEADER.read_text(encoding="utf-8")
    body = re.search(r"typedef struct BsErrorAlias \{(.*?)\} BsErrorAlias;", header, re.S).group(1)
    body = re.sub(r"/\*.*?\*/", "", body, flags=re.S)
    fields = re.findall(r"^\s*(const char \*|int )\s*(\w+);", body, re.M)
    assert [(n, _c_type(t)) for t, n in fields] == list(_loader.BsErrorAlias._fields_)


def test_every_function_the_package_calls_has_its_prototype():
    """Functions are declared when first looked up; one missing from PROTOTYPES would answer as an int."""
    package = Path(bs_errno.__file__).resolve().parent
    called = set()
    for path in package.glob("*.py"):
        called.update(re.findall(r"\b_lib\.(bs_\w+)", path.read_text(encoding="utf-8")))
    declared = {name for name, _, _ in _loader.PROTOTYPES}
    assert called and called <= declared, called - declared
    library = ctypes.CDLL(LIBRARY)
    for name in declared:
        function = getattr(bs_errno._core._lib, name)
        assert (function.restype, tuple(function.argtypes)) == _loader._PROTOTYPE_OF[name]
        assert hasattr(library, name)
