"""The loader's Windows path, as far as it runs off Windows.

The package's ``_loader.py`` is loaded on its own (without the package, so without loading a library) and
runs as on Windows: ``sys.platform`` is ``"win32"``, ``os.add_dll_directory`` exists, and ``ctypes.CDLL``
records what it is asked to open. Checked: the DLL's name, that the one inside the package comes first and
by its full path, that its directory is registered for the DLL's own dependencies and released again when
loading fails, and the order of the places tried after it. (The win_amd64 and win32 wheels are checked by
`cargo xtask dist` to carry ``bs_errno/bs_errno.dll``.)
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import sys
import types
from pathlib import Path

import pytest


def _loader_source() -> Path:
    spec = importlib.util.find_spec("bs_errno")
    assert spec is not None and spec.submodule_search_locations
    return Path(list(spec.submodule_search_locations)[0]) / "_loader.py"


@pytest.fixture()
def windows(monkeypatch, tmp_path):
    """A copy of the package directory with a bs_errno.dll, and _loader loaded from it as on Windows."""
    package = tmp_path / "site" / "bs_errno"
    package.mkdir(parents=True)
    (package / "_loader.py").write_bytes(_loader_source().read_bytes())
    spec = importlib.util.spec_from_file_location("bs_errno_loader_on_windows", package / "_loader.py")
    loader = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loader)

    calls = types.SimpleNamespace(opened=[], registered=[], released=[], fail=set())

    class DllDirectory:
        def __init__(self, path):
            self.path = path

        def close(self):
            calls.released.append(self.path)

    def add_dll_directory(path):
        calls.registered.append(path)
        return DllDirectory(path)

    class FakeCDLL:
        def __init__(self, name, *args, **kwargs):
            calls.opened.append(name)
            if name in calls.fail:
                raise OSError("[WinError 193] %s is not a valid Win32 application" % name)
            self._handle = 1

        def __getattr__(self, name):
            function = types.SimpleNamespace()
            self.__dict__[name] = function
            return function

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(os, "add_dll_directory", add_dll_directory, raising=False)
    monkeypatch.setattr(ctypes, "CDLL", FakeCDLL)
    monkeypatch.setattr(loader, "_loaded_file", lambda cdll, fallback: "C:\\found\\" + fallback)
    monkeypatch.delenv("BS_ERRNO_LIBRARY", raising=False)
    return loader, package, calls


def test_the_dll_inside_the_package_comes_first(windows):
    loader, package, calls = windows
    (package / "bs_errno.dll").write_bytes(b"MZ")
    library = loader.load()
    dll = str(package / "bs_errno.dll")
    assert loader.library_file_name() == "bs_errno.dll"
    assert calls.opened == [dll]  # by its full path: Windows' search order plays no part
    assert library.path == os.path.abspath(dll)
    assert calls.registered == [str(package)]  # the DLL's own dependencies resolve beside it
    assert calls.released == []  # kept registered while the library is loaded
    assert library.tried == [(dll, "loaded")]


def test_a_dll_that_fails_to_load_releases_its_directory(windows):
    loader, package, calls = windows
    (package / "bs_errno.dll").write_bytes(b"not a DLL")
    beside = package.parent / "bs_errno.dll"
    beside.write_bytes(b"MZ")
    calls.fail.add(str(package / "bs_errno.dll"))
    library = loader.load()
    assert calls.opened == [str(package / "bs_errno.dll"), str(beside)]
    assert calls.registered == [str(package), str(package.parent)]
    assert calls.released == [str(package)]
    assert library.path == os.path.abspath(beside)
    assert library.tried[0] == (str(package / "bs_errno.dll"),
                                "[WinError 193] %s is not a valid Win32 application" % (package / "bs_errno.dll"))


def test_without_a_dll_beside_the_package_the_system_is_asked(windows, monkeypatch):
    loader, package, calls = windows
    import ctypes.util

    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    library = loader.load()
    # The bare name, for the loader's own search (the application's directory, System32, registered ones).
    assert calls.opened == ["bs_errno.dll"]
    assert calls.registered == []
    assert library.path == "C:\\found\\bs_errno.dll"
    assert [reason for _, reason in library.tried] == ["no such file", "no such file", "found nothing", "loaded"]
