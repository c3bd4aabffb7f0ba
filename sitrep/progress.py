"""Progress of a run, reported by stages and shown by whoever is listening.

Stages call `advance`; the CLI installs a terminal display when stdout is a TTY, and in logs or
CI nothing is installed, so the output stays plain. Tasks run in threads of one process, so a
process-wide reporter is enough.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class Reporter(Protocol):
    def total(self, stage: str, n: int) -> None: ...
    def advance(self, stage: str, n: int = 1) -> None: ...


class _Silent:
    def total(self, stage: str, n: int) -> None:
        pass

    def advance(self, stage: str, n: int = 1) -> None:
        pass


_reporter: Reporter = _Silent()


def install(reporter: Reporter | None) -> Callable[[], None]:
    """Route progress to `reporter` (None: silence); returns a function that restores the old one."""
    global _reporter
    previous, _reporter = _reporter, reporter or _Silent()

    def restore() -> None:
        global _reporter
        _reporter = previous

    return restore


def total(stage: str, n: int) -> None:
    """Announce how much work a stage has ahead (adds to what it had)."""
    _reporter.total(stage, n)


def advance(stage: str, n: int = 1) -> None:
    """Mark `n` units of a stage done."""
    _reporter.advance(stage, n)
