"""Fingerprints that identify a finding by what it is about, not where it is.

Baselines and SARIF ``partialFingerprints`` must survive an editor adding a paragraph above a
quote, so the fingerprint hashes the rule id and the words concerned (quote text and speaker, the
credit line, the text around a stray quote mark), never line numbers or offsets. The same finding
twice in one article (a repeated paragraph) gets ``:1``, ``:2`` … so the two stay distinct.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping
from typing import Any

from provenance.document import Document

FINGERPRINT_NAME = "provenance/v1"


def _norm(text: Any) -> str:
    return " ".join(str(text or "").split()).casefold()


def finding_key(rule_id: str, scope: str, item: Mapping[str, Any], doc: Document | None) -> str:
    """The words a finding is about; identical keys mean 'the same finding'."""
    if scope == "quote":
        speaker = item.get("speaker") or {}
        parts = [item.get("kind"), item.get("text"), speaker.get("name") or speaker.get("text")]
    elif scope == "mark":
        # Marks have no words of their own: use the text of the mark's line around it.
        context = ""
        if doc is not None and isinstance(item.get("start"), int):
            s = item["start"]
            context = doc.text[max(0, s - 30) : s + 30]
        parts = [item.get("char"), item.get("problem"), context]
    elif scope == "credit":
        parts = [item.get("kind"), item.get("text")]
    elif scope == "credit_outlet":
        parts = [item.get("key"), (item.get("credit") or {}).get("text")]
    elif scope == "source":
        parts = [item.get("name"), item.get("type")]
    elif scope == "suppression":
        parts = [item.get("text")]
    elif scope == "file":
        # Not the message: it carries sizes and byte offsets that change with every edit.
        parts = [item.get("kind")]
    else:
        parts = []
    return "\x1f".join([rule_id, scope, *(_norm(p) for p in parts)])


def digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


class FingerprintCounter:
    """Numbers repeated keys within one article so each finding's fingerprint is unique."""

    def __init__(self) -> None:
        self._seen: Counter[str] = Counter()

    def next(self, key: str) -> str:
        h = digest(key)
        self._seen[h] += 1
        return f"{h}:{self._seen[h]}"
