"""The public site reads only through the public selectors (froide's leak #289 came from one
endpoint that skipped its check). Public views may not touch a model manager or the casework's
data; they call `foidesk.disclosure.selectors` (the disclosure log) or `foidesk.portal.selectors`."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "foidesk"
PUBLIC_MODULES = ["disclosure/views.py", "api/public.py"]
ALLOWED_FOIDESK_IMPORTS = {
    "foidesk.accounts.access", "foidesk.disclosure.selectors", "foidesk.disclosure.models",
    "foidesk.disclosure.search", "foidesk.api.access", "foidesk.api.schemas",
}


def foidesk_imports(tree: ast.AST, package: str) -> set[str]:
    """Every foidesk name imported, as "module.name" for `from module import name`."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                module = f"{base}.{module}" if module else base
            if module.startswith("foidesk"):
                names.update(f"{module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names if a.name.startswith("foidesk"))
    return names


def disallowed(names: set[str]) -> set[str]:
    return {n for n in names
            if n not in ALLOWED_FOIDESK_IMPORTS and n.rsplit(".", 1)[0] not in ALLOWED_FOIDESK_IMPORTS}


def manager_uses(tree: ast.AST) -> list[int]:
    return [n.lineno for n in ast.walk(tree)
            if isinstance(n, ast.Attribute) and n.attr in {"objects", "_default_manager", "raw"}]


@pytest.mark.parametrize("module", PUBLIC_MODULES)
def test_public_views_import_only_the_public_selectors(module):
    path = SRC / module
    package = "foidesk." + module.rsplit("/", 1)[0].replace("/", ".")
    assert disallowed(foidesk_imports(ast.parse(path.read_text()), package)) == set()


@pytest.mark.parametrize("module", PUBLIC_MODULES)
def test_public_views_never_query_a_model_directly(module):
    assert manager_uses(ast.parse((SRC / module).read_text())) == []


def test_the_check_notices_a_view_that_queries_cases_directly():
    tree = ast.parse("from foidesk.cases.models import Case\nCase.objects.all()\n")
    assert disallowed(foidesk_imports(tree, "foidesk.disclosure")) == {"foidesk.cases.models.Case"}
    assert manager_uses(tree) == [2]


def test_the_public_selector_module_cannot_reach_a_case():
    imported = foidesk_imports(ast.parse((SRC / "disclosure/selectors.py").read_text()),
                               "foidesk.disclosure")
    assert not any(name.startswith("foidesk.cases") for name in imported)
