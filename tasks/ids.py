"""Stable keys: the same natural key always yields the same id, across runs and machines."""

from __future__ import annotations

import hashlib
import unicodedata


def fold(text: str) -> str:
    """Case-, accent- and whitespace-folded form of a name or text, for keys and matching."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(ascii_only.casefold().split())


def stable_id(*parts: object) -> str:
    """A 16-hex-digit id from the natural key parts (sha1 of their joined repr)."""
    key = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def content_hash(text: str | bytes) -> str:
    """sha256 of a text or bytes, for change detection of pages and articles."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    return hashlib.sha256(data).hexdigest()
