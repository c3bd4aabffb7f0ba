"""The extractor's compiled build: its pure rule modules under `tasks/`, compiled with mypyc.

Why: the rules are plain Python over strings, and mypyc turns the same source into C extension
modules that run it about 1.5x faster (issue 3's speed target). The source stays the truth: the
build lives in `build/mypyc/` beside a hash of each source it was made from, and `tasks` loads it
only while every hash still matches, so an edited rule never runs as stale compiled code. Without
a C compiler, or with SITREP_PURE=1, the extractor runs as plain Python with the same output
(`tests/test_compiled.py` holds the two equal).

    .venv/bin/python -m sitrep.compiled      # (re)build; `make setup` runs it
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build" / "mypyc"
MANIFEST = BUILD / "sources.json"

# The extractor's rules: every module `tasks.quotes`, `tasks.speakers` and `tasks.figures` import,
# none of which does I/O or imports Prefect, Polars or DuckDB (those stay interpreted).
MODULES = (
    "antecedents appositives attribution cues currencies exchange extraction figure_context figure_elided "
    "figure_market figure_measure figure_shares figure_suffix figure_words figures genders glosses ids "
    "institutions labels names naming narration numbers phrase_words phrases quotes registry resolution "
    "spans speakers tokens"
).split()


def source_hash(path: Path) -> str:
    """The sha256 of one source file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def compiled_tasks_path() -> str | None:
    """The folder of compiled `tasks` modules when the build matches the sources, else None.

    Called once by `tasks/__init__.py`; reading the manifest and hashing the sources costs about a
    millisecond. A stale build warns and is not used: the sources run as plain Python instead."""
    if os.environ.get("SITREP_PURE", "") not in ("", "0") or not MANIFEST.is_file():
        return None
    try:
        built = json.loads(MANIFEST.read_text())
    except ValueError:
        return None
    if built.get("python") != sys.implementation.cache_tag:
        return None  # built by another interpreter: its extensions cannot load here
    hashes = built.get("modules", {})
    stale = sorted(set(MODULES) ^ set(hashes)) or [
        m for m, h in hashes.items() if source_hash(ROOT / "tasks" / f"{m}.py") != h
    ]
    if stale:
        warnings.warn(
            f"sitrep: tasks/{stale[0]}.py changed since the extractor was compiled; running the"
            " extractor as plain Python (rebuild with `make setup` or `.venv/bin/python -m sitrep.compiled`)",
            stacklevel=2,
        )
        return None
    if str(BUILD) not in sys.path:
        sys.path.append(str(BUILD))  # the shared library every compiled module imports
    return str(BUILD / "tasks")


def build() -> None:
    """Compile MODULES in a fresh folder, then put it in BUILD's place (never a half-built BUILD)."""
    BUILD.parent.mkdir(exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="mypyc-", dir=BUILD.parent))
    try:
        (work / "tasks").mkdir()
        shutil.copy(ROOT / "tasks" / "__init__.py", work / "tasks" / "__init__.py")
        hashes = {}
        for m in MODULES:
            shutil.copy(ROOT / "tasks" / f"{m}.py", work / "tasks" / f"{m}.py")
            hashes[m] = source_hash(work / "tasks" / f"{m}.py")
        cmd = [sys.executable, "-m", "mypyc", "--config-file", str(ROOT / "pyproject.toml")]
        subprocess.run(
            [*cmd, *(f"tasks/{m}.py" for m in MODULES)], cwd=work, check=True, capture_output=True, text=True
        )
        for leftover in (work / "tasks").glob("*.py"):
            leftover.unlink()  # the .so files stand alone; the sources are read from tasks/
        shutil.rmtree(work / "build")  # C sources and objects
        manifest = {"python": sys.implementation.cache_tag, "modules": hashes}
        (work / "sources.json").write_text(json.dumps(manifest, indent=1))
        shutil.rmtree(BUILD, ignore_errors=True)
        work.rename(BUILD)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    """Build, or explain why the extractor stays plain Python (never fails `make setup`)."""
    try:
        build()
    except subprocess.CalledProcessError as exc:
        tail = "\n".join((exc.stdout + exc.stderr).strip().splitlines()[-8:])
        print(f"{tail}\nsitrep: could not compile the extractor; it runs as plain Python", file=sys.stderr)
        return 0
    except OSError as exc:
        print(f"sitrep: could not compile the extractor ({exc}); it runs as plain Python", file=sys.stderr)
        return 0
    print(f"sitrep: compiled {len(MODULES)} extractor modules into {BUILD.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
