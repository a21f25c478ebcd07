"""Imports point inward: the import-linter contracts in pyproject.toml hold."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold(monkeypatch):
    importlinter = pytest.importorskip("importlinter.cli")
    monkeypatch.chdir(ROOT)
    assert importlinter.lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0


def test_core_imports_only_the_standard_library():
    import sys
    core = Path(__import__("briefdeck.core").core.__file__).parent
    for path in core.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module] if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 else [])
            for name in names:
                top = name.split(".")[0]
                assert top in sys.stdlib_module_names or top in ("briefdeck", "__future__"), f"{path.name}: {name}"
                if top == "briefdeck":
                    assert name.startswith("briefdeck.core"), f"{path.name}: {name}"


def test_modules_stay_small():
    src = Path(__import__("briefdeck").__file__).parent
    big = [f"{p.relative_to(src)}: {n}" for p in src.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > 450]
    assert big == []
