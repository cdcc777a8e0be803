"""App dependencies point one way: reports -> awards -> conference -> speakers -> core -> delivery."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ["delivery", "core", "speakers", "conference", "awards", "reports"]


def imported_apps(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            if top in LAYERS:
                yield top, node.lineno


def upward_imports(app):
    rank = LAYERS.index(app)
    return [
        f"{path.relative_to(ROOT)}:{line} imports {target}"
        for path in sorted((ROOT / app).rglob("*.py"))
        for target, line in imported_apps(path)
        if LAYERS.index(target) > rank
    ]


@pytest.mark.parametrize("app", LAYERS)
def test_app_imports_only_apps_below_it(app):
    assert upward_imports(app) == []


def test_checker_sees_an_upward_import(tmp_path, monkeypatch):
    # The rule above must be able to fail: an import from a higher layer is reported.
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "bad.py").write_text("from conference.models import SessionPage\n")
    monkeypatch.setattr(__import__(__name__, fromlist=["ROOT"]), "ROOT", tmp_path)

    assert upward_imports("core") == ["core/bad.py:1 imports conference"]
