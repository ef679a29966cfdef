"""The package's types catch mistakes: `mypy --strict` passes typical user code and rejects typos."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import EXPECT_INSTALLED

import bs_errno
from bs_errno import _errors
from conftest import PACKAGE_PARENT

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


def _stub(name):
    return (Path(bs_errno.__file__).resolve().parent / name).read_text(encoding="utf-8")


def test_the_stubs_declare_what_the_package_makes():
    """The stubs (generated for type checkers) declare exactly the exception classes, with the same bases,
    and the Category and Code members that the package makes at import."""
    classes = _stub("_exceptions.pyi")
    declared = {line.split("(")[0][len("class "):]: line.split("(")[1].split(")")[0]
                for line in classes.splitlines() if line.startswith("class ")}
    made = {name: ", ".join(base.__name__ for base in cls.__bases__) for name, cls in _errors.CLASSES.items()}
    assert declared == made
    stub = _stub("_typing.pyi")
    members = {line.split(" = ")[0].strip() for line in stub.splitlines() if line.startswith("    BS_SDK_")}
    assert members == set(bs_errno.Code.__members__)
    constants = {line.split(":")[0] for line in stub.splitlines() if line.startswith("BS_SDK_")}
    assert constants == set(bs_errno.Code.__members__)
    categories = stub.split("class Category(IntEnum):")[1].split("class Code")[0]
    assert [line.split(" = ")[0].strip() for line in categories.splitlines() if " = " in line] == [
        c.name for c in bs_errno.Category]


def test_imports_point_one_way():
    """No module of the package (nor stub) imports one that imports it back, type checkers' imports
    included: the modules, ordered by what they import, form no cycle."""
    import ast

    package = Path(bs_errno.__file__).resolve().parent
    imports = {}
    for path in sorted(package.glob("*.py*")):
        module = path.name.split(".")[0]
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                names.update([node.module] if node.module else [alias.name for alias in node.names])
        imports.setdefault(module, set()).update(names - {module})
    assert {"_core", "_sdk", "_errors", "_typing", "_exceptions"} <= set(imports)
    done, visiting = set(), []

    def visit(module):
        assert module not in visiting, "import cycle: " + " -> ".join(visiting + [module])
        if module in done:
            return
        visiting.append(module)
        for imported in sorted(imports.get(module, ())):
            visit(imported)
        visiting.pop()
        done.add(module)

    for module in sorted(imports):
        visit(module)
    assert "_errors" not in imports["_sdk"] and "_errors" not in imports["_core"]


def test_the_package_passes_strict_mode(tmp_path):
    """mypy --strict on the package under test (its modules and stubs), copied out of site-packages: mypy
    silences what it finds there, and would take site-packages for a directory of the user's modules."""
    import shutil

    copy = tmp_path / "bs_errno"
    shutil.copytree(str(PACKAGE_PARENT / "bs_errno"), str(copy),
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.dylib", "*.dll"))
    report, status = mypy(str(copy))
    assert status == 0, report
    assert "in 8 source files" in report  # the 6 modules and the 2 stubs
