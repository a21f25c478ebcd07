"""What the installation needs is declared, pinned in the tested set, and checked by `briefdeck doctor`."""
from __future__ import annotations

import ast
import json
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

import briefdeck
from briefdeck.extract import extract_files
from briefdeck.readers import FORMATS, ReaderFailed, read_source
from briefdeck.resources import data_dir, data_file

SRC = Path(briefdeck.__file__).parent
SAMPLES = data_dir("assets") / "samples"


def _norm(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def _requirements() -> list[Requirement]:
    return [Requirement(r) for r in metadata.requires("briefdeck") or []]


def _imported_top_level_modules() -> set[str]:
    names = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return {n for n in names if n not in sys.stdlib_module_names and n != "briefdeck"}


def test_every_imported_package_is_declared():
    declared = {_norm(r.name) for r in _requirements()}
    owners = metadata.packages_distributions()
    undeclared = {}
    for module in sorted(_imported_top_level_modules()):
        dists = {_norm(d) for d in owners.get(module, [])}
        assert dists, f"'{module}' is imported but no installed package provides it"
        if not dists & declared:
            undeclared[module] = sorted(dists)
    assert not undeclared, f"imported but not declared in pyproject.toml: {undeclared}"


def test_every_reader_library_is_declared():
    declared = {_norm(r.name) for r in _requirements() if r.marker is None}
    for fmt in FORMATS.values():
        assert {_norm(p) for p in fmt.packages} <= declared, fmt.label


def test_the_tested_set_pins_every_declared_package_within_its_range():
    pins = {}
    for line in data_file("constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            pins[_norm(name)] = version
    for req in _requirements():
        assert _norm(req.name) in pins, f"{req.name} is declared but not in constraints.txt"
        assert req.specifier.contains(pins[_norm(req.name)], prereleases=True), \
            f"constraints.txt pins {req.name} {pins[_norm(req.name)]}, outside the declared {req.specifier}"


def _briefdeck(*args: str, block: str = "", cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the installed command line in a new interpreter; ``block`` makes that module unimportable."""
    code = ("import sys\n"
            + (f"sys.modules[{block!r}] = None\n" if block else "")
            + "from briefdeck.cli.main import main\nsys.exit(main(sys.argv[1:]))\n")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300,
                          cwd=cwd)


def test_doctor_passes_on_this_installation():
    run = _briefdeck("doctor")
    assert run.returncode == 0, run.stdout + run.stderr
    for label in [f.label for f in FORMATS.values()] + ["extraction", "export", "editor"]:
        assert any(line.split()[:1] == ["ok"] and label in line for line in run.stdout.splitlines()), \
            f"no passing '{label}' check in:\n{run.stdout}"


def test_a_missing_html_library_is_one_clear_error_and_other_sources_still_read(tmp_path):
    run = _briefdeck("extract", "--no-cache", "--format", "json", str(SAMPLES / "sample.html"),
                     str(SAMPLES / "sample.txt"), block="lxml_html_clean")
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    (line,) = [x for x in run.stderr.splitlines() if "sample.html" in x]
    assert "HTML support needs lxml_html_clean" in line and "pip install --upgrade lxml_html_clean" in line
    read = json.loads(run.stdout)
    assert [s["path"] for s in read["sources"]] == [str(SAMPLES / "sample.txt")]
    assert any(s["kind"] == "quote" for s in read["snippets"])


def test_doctor_names_the_broken_format_and_the_fix():
    run = _briefdeck("doctor", block="lxml_html_clean")
    assert run.returncode == 1
    failed = [line for line in run.stdout.splitlines() if line.strip().startswith("FAIL")]
    assert len(failed) == 1 and "HTML" in failed[0] and "pip install --upgrade lxml_html_clean" in failed[0]
    assert "1 check(s) failed: HTML" in run.stdout and "Traceback" not in run.stdout + run.stderr


def test_a_reader_failing_inside_is_a_source_error_naming_file_and_format(monkeypatch, tmp_path):
    from briefdeck.readers import docx as docx_reader

    def broken(path, source_id):
        raise TypeError("an internal library error")
    monkeypatch.setattr(docx_reader, "read", broken)
    with pytest.raises(ReaderFailed) as exc:
        read_source(SAMPLES / "sample.docx")
    (d,) = exc.value.diagnostics
    assert d.message == "sample.docx: the Word (.docx) reader failed (TypeError: an internal library error)"
    assert "briefdeck doctor" in d.hint
    result = extract_files([SAMPLES / "sample.docx", SAMPLES / "sample.md"], jobs=1)
    assert [s.path for s in result.sources] == [str(SAMPLES / "sample.md")]
    assert [p.message for p in result.problems] == [d.message]
