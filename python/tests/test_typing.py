"""The package's types catch mistakes: `mypy --strict` passes typical user code and rejects typos."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import EXPECT_INSTALLED

import bs_errno
from bs_errno import _errors

if EXPECT_INSTALLED:
    from mypy import api as mypy_api
else:
    mypy_api = pytest.importorskip("mypy.api", reason="mypy is not installed")

USER_CODE = Path(__file__).resolve().parent / "typing" / "user_code.py"


def mypy(*args: str) -> tuple:
    stdout, stderr, status = mypy_api.run(["--strict", "--no-incremental", "--cache-dir=/dev/null", *args])
    return stdout + stderr, status


def test_user_code_passes_strict_mode():
    report, status = mypy(str(USER_CODE))
    assert status == 0, report


@pytest.mark.parametrize(
    "line, message",
    [
        ("bs_errno.describ(-1)", 'Module has no attribute "describ"'),
        ("bs_errno.BS_SDK_ERROR_NOT_A_NAME", 'Module has no attribute "BS_SDK_ERROR_NOT_A_NAME"'),
        ("bs_errno.Code.BS_SDK_ERROR_NOT_A_NAME", '"type[Code]" has no attribute "BS_SDK_ERROR_NOT_A_NAME"'),
        ("x: bs_errno.Code = bs_errno.from_name('X')", "incompatible types in assignment"),
        ("bs_errno.describe('-714')", 'incompatible type "str"'),
    ],
)
def test_mistakes_are_errors(tmp_path, line, message):
    source = tmp_path / "mistake.py"
    source.write_text("import bs_errno\n\n%s\n" % line, encoding="utf-8")
    report, status = mypy(str(source))
    assert status == 1
    assert message.lower() in report.lower(), report


def test_star_import_shadows_no_builtin():
    import builtins

    assert not set(bs_errno.__all__) & set(dir(builtins))
    namespace: dict = {}
    exec("from bs_errno import *", namespace)
    assert namespace.get("format", format) is format


def test_the_stub_declares_the_classes_the_package_makes():
    """_typing.pyi (generated for type checkers) names exactly the combined exception classes, with the
    same bases, that the package makes at import."""
    stub = (Path(bs_errno.__file__).resolve().parent / "_typing.pyi").read_text(encoding="utf-8")
    declared = {line.split("(")[0][len("class "):]: line.split("(")[1].split(")")[0]
                for line in stub.splitlines() if line.startswith("class ") and "Code(" not in line}
    made = {cls.__name__: ", ".join(base.__name__ for base in cls.__bases__)
            for cls in set(_errors._CLASS_BY_CODE.values()) if cls in _errors._combined.values()}
    assert declared == made
    members = {line.split(" = ")[0].strip() for line in stub.splitlines() if line.startswith("    BS_SDK_")}
    assert members == set(bs_errno.Code.__members__)
