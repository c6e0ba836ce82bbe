"""The pure cores (law, text, release) must not depend on Django or on the web apps."""

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "foidesk"
CORES = ("law", "text", "release")
FORBIDDEN = ("django", "ninja", "crispy_forms", "foidesk.cases", "foidesk.portal",
             "foidesk.authorities", "foidesk.disclosure", "foidesk.accounts", "foidesk.api",
             "foidesk.project")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("core", CORES)
def test_pure_core_imports_nothing_from_django_or_the_web_apps(core):
    offenders = []
    for path in sorted((SRC / core).rglob("*.py")):
        for name in imported_modules(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN):
                offenders.append(f"{path.relative_to(SRC)} imports {name}")
    assert offenders == []


def test_the_architecture_check_catches_a_django_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from django.db import models\n")
    assert "django.db" in imported_modules(bad)


def test_no_utils_dumping_grounds():
    dumps = [p for p in SRC.rglob("*.py") if p.stem in {"utils", "helpers", "misc"}]
    assert dumps == []
