"""Ids from what people type: an id or a label, in any case and spacing, found in one lookup."""

from __future__ import annotations

from typing import Any

from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.domain.wording import normalise

_INDEXES: dict[int, tuple[KnowledgeBase, dict[str, dict[str, str]]]] = {}


def index(kb: KnowledgeBase, vocabulary: str) -> dict[str, str]:
    """normalised id or label -> id, for one vocabulary (built once per knowledge base)."""
    hit = _INDEXES.get(id(kb))
    if hit is None or hit[0] is not kb:
        _INDEXES.clear()
        hit = (kb, {})
        _INDEXES[id(kb)] = hit
    tables = hit[1]
    table = tables.get(vocabulary)
    if table is None:
        table = {}
        for key, label in kb.labels(vocabulary).items():
            table.setdefault(normalise(label), key)
        for key in kb.labels(vocabulary):
            table[normalise(key)] = key  # an id wins over another entry's label
        tables[vocabulary] = table
    return table


def resolve(kb: KnowledgeBase, vocabulary: str, value: Any) -> str | None:
    """The id a value names (by id or label, any case), or None."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    labels = kb.labels(vocabulary)
    if value in labels:
        return str(value)  # the common case: an exact id
    text = str(value)
    if len(text) > 1000:
        return None  # no label is this long; do not normalise megabytes
    return index(kb, vocabulary).get(normalise(text))


def most_commas(kb: KnowledgeBase, vocabulary: str) -> int:
    """The most commas in any one label: how far a comma-separated cell needs looking ahead."""
    return max((label.count(",") for label in kb.labels(vocabulary).values()), default=0)
