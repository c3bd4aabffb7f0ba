"""The compiled extractor (sitrep/compiled.py) is the plain-Python one, only faster, and a stale
build is never used."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import tasks.figures
from sitrep import compiled
from tasks.extract import extract_article

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted((ROOT / "tests").glob("gold/*.txt")) + sorted((ROOT / "tests").glob("heldout*/*.txt"))

# Prints, as JSON, the extraction of every text in the list read from stdin.
DUMP = """
import json, sys
import tasks.figures
from tasks.extract import extract_article
texts = json.load(sys.stdin)
print(json.dumps({"file": tasks.figures.__file__, "rows": [extract_article(t).as_dict() for t in texts]}))
"""


def test_the_build_is_loaded_when_it_matches_the_sources() -> None:
    if compiled.compiled_tasks_path() is None:
        pytest.skip("no compiled build here (no C compiler, or SITREP_PURE set): plain Python runs")
    assert tasks.figures.__file__.endswith(".so")
    assert Path(tasks.figures.__file__).parent == compiled.BUILD / "tasks"


def test_compiled_and_plain_python_extract_the_same_rows() -> None:
    texts = [p.read_text(encoding="utf-8") for p in TEXTS]
    env = {**os.environ, "SITREP_PURE": "1"}
    out = subprocess.run(
        [sys.executable, "-c", DUMP],
        input=json.dumps(texts),
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    pure = json.loads(out.stdout)
    assert pure["file"].endswith("tasks/figures.py")
    here = [extract_article(t).as_dict() for t in texts]
    assert json.dumps(here) == json.dumps(pure["rows"])  # as text: 5 and 5.0 differ
    assert len(texts) >= 100 and sum(len(r["quotes"]) + len(r["figures"]) for r in here) > 2000


def fake_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hashes: dict[str, str]) -> None:
    """Point sitrep.compiled at a build in tmp_path whose manifest records `hashes`."""
    (tmp_path / "tasks").mkdir()
    for m in compiled.MODULES:
        (tmp_path / "tasks" / f"{m}.py").write_text(f"# {m}\n")
    manifest = {"python": sys.implementation.cache_tag, "modules": hashes}
    (tmp_path / "build").mkdir()
    (tmp_path / "build" / "sources.json").write_text(json.dumps(manifest))
    monkeypatch.setattr(compiled, "ROOT", tmp_path)
    monkeypatch.setattr(compiled, "BUILD", tmp_path / "build")
    monkeypatch.setattr(compiled, "MANIFEST", tmp_path / "build" / "sources.json")
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.delenv("SITREP_PURE", raising=False)


def test_a_matching_build_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hashes = {m: hashlib.sha256(f"# {m}\n".encode()).hexdigest() for m in compiled.MODULES}
    fake_build(tmp_path, monkeypatch, hashes)
    assert compiled.compiled_tasks_path() == str(tmp_path / "build" / "tasks")
    assert str(tmp_path / "build") in sys.path


def test_an_edited_source_makes_the_build_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hashes = {m: hashlib.sha256(f"# {m}\n".encode()).hexdigest() for m in compiled.MODULES}
    fake_build(tmp_path, monkeypatch, hashes)
    (tmp_path / "tasks" / "quotes.py").write_text("# quotes, edited\n")
    with pytest.warns(UserWarning, match=r"tasks/quotes\.py changed since the extractor was compiled"):
        assert compiled.compiled_tasks_path() is None


def test_a_module_added_since_the_build_makes_it_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hashes = {m: hashlib.sha256(f"# {m}\n".encode()).hexdigest() for m in compiled.MODULES if m != "glosses"}
    fake_build(tmp_path, monkeypatch, hashes)
    with pytest.warns(UserWarning, match=r"tasks/glosses\.py changed since the extractor was compiled"):
        assert compiled.compiled_tasks_path() is None


def test_sitrep_pure_or_another_python_skips_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hashes = {m: hashlib.sha256(f"# {m}\n".encode()).hexdigest() for m in compiled.MODULES}
    fake_build(tmp_path, monkeypatch, hashes)
    monkeypatch.setenv("SITREP_PURE", "1")
    assert compiled.compiled_tasks_path() is None
    monkeypatch.delenv("SITREP_PURE")
    manifest = {"python": "cpython-399", "modules": hashes}
    (tmp_path / "build" / "sources.json").write_text(json.dumps(manifest))
    assert compiled.compiled_tasks_path() is None


def test_the_build_covers_every_module_the_extractor_imports() -> None:
    out = subprocess.run(
        [sys.executable, "-c", "import sys, tasks.extract; print(' '.join(sorted(sys.modules)))"],
        env={**os.environ, "SITREP_PURE": "1"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    imported = {m.removeprefix("tasks.") for m in out.stdout.split() if m.startswith("tasks.")}
    assert imported - {"extract", "schema"} == set(compiled.MODULES)
