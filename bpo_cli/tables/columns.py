"""A class list's header as people write it: answer keys or the questions' texts, any case and
spacing; kept columns (`--keep`); unrelated columns ignored with one notice; near misses refused.

The names come from the knowledge base's questions and the answers keys, never from a list here,
so a new question (a country, certifications) is a column as soon as it is asked.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from bpo_cli.domain.knowledge import LIST_ANSWERS, KnowledgeBase
from bpo_cli.errors import InputFileError, UsageError

KINDS = {"select": "single", "checkbox": "multiple", "number": "number"}
_STOPWORDS = "a an and any are at do does for from have how in is many of or the to what which you"
STOPWORDS = frozenset([*_STOPWORDS.split(), "your"])
CLOSE = 0.8  # difflib ratio above which an unknown column is a typo of a known one
MAX_EXTRA_WORDS = 2  # "Work experience (years)" is experience_years with one word more
MAX_HEADER_CELLS = 10_000


class Target(NamedTuple):
    """Where a column's cells go in the answers, and how to read them."""

    path: tuple[str, ...]  # ("id",), ("skills",), ("preferences", "shifts")
    kind: str  # id | single | multiple | number | value
    names: tuple[str, ...]  # what a header may say; the first is shown in messages


class Column(NamedTuple):
    position: int
    header: str
    target: Target


class Layout(NamedTuple):
    """What each column of one file means."""

    columns: tuple[Column, ...]  # the answer columns (and id)
    kept: tuple[tuple[int, str], ...]  # (index, header) of the --keep columns, in --keep order
    width: int  # cells in the header


def norm(text: str) -> str:
    """'  Years of  Experience ' -> 'years of experience'; '_', '.', '-' and ':' are spaces."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def words(text: str) -> frozenset[str]:
    """The meaningful words of a name, singular: 'Years of experience' -> {year, experience}."""
    out = set()
    for word in norm(text).split():
        if word in STOPWORDS:
            continue
        out.add(word[:-1] if len(word) > 3 and word.endswith("s") else word)
    return frozenset(out)


def targets(kb: KnowledgeBase, answer_keys: Sequence[str]) -> list[Target]:
    """Every column bpo reads: id, each question's answer, and the answers keys not asked."""
    out = [Target(("id",), "id", ("id",))]
    seen: set[tuple[str, ...]] = {("id",)}
    for q in kb.questions:
        path = tuple(q.answer.split(".", 1))
        names = [q.answer, q.prompt]
        if q.preference is not None and q.preference in kb.preferences:
            names += [q.preference, kb.preferences[q.preference].label]
        out.append(Target(path, KINDS.get(q.kind, "single"), tuple(names)))
        seen.add(path)
    for pref in kb.preferences.values():
        path = ("preferences", pref.id)
        if path not in seen:
            out.append(Target(path, "single", (f"preferences.{pref.id}", pref.id, pref.label)))
            seen.add(path)
    for key in answer_keys:
        if (key,) not in seen and key in LIST_ANSWERS:
            out.append(Target((key,), "multiple", (key,)))
    return out


def layout(
    kb: KnowledgeBase,
    answer_keys: Sequence[str],
    name: str,
    header: Sequence[str],
    keep: Sequence[str],
    notify: Callable[[str], None],
) -> Layout:
    """What each column means; InputFileError for near misses and duplicates."""
    if len(header) > MAX_HEADER_CELLS:
        raise InputFileError(
            name, f"the header has {len(header):,} cells; bpo reads at most 10,000"
        )
    known = targets(kb, answer_keys)
    by_name: dict[str, Target] = {}
    by_words: dict[frozenset[str], Target] = {}
    for target in known:
        for n in target.names:
            by_name.setdefault(norm(n), target)
            if len(n.split()) <= 4 and words(n):
                by_words.setdefault(words(n), target)
    # Answers keys no question fills are mappings (interest_scores, ...): one column per key.
    groups = {k for k in answer_keys if (k,) not in {t.path for t in known}}

    columns: list[Column] = []
    ignored: list[str] = []
    close: list[str] = []
    first_of: dict[str, int] = {}
    owner: dict[tuple[str, ...], str] = {}
    for index, raw in enumerate(header):
        text = raw.strip()
        key = norm(text)
        if not key:
            continue  # an unnamed column (Excel's trailing empties): nothing to read or keep
        if key in first_of:
            raise InputFileError(
                name,
                f"the column {text!r} appears twice (columns {first_of[key] + 1} and {index + 1})",
                "rename or delete one of them",
            )
        first_of[key] = index
        found = by_name.get(key) or by_words.get(words(text)) or _grouped(text, groups)
        if found is None:
            hint = _near_miss(text, known)
            if hint:
                close.append(f"unknown column {text!r} in the header; did you mean {hint!r}?")
            else:
                ignored.append(text)
            continue
        if found.path in owner:
            raise InputFileError(
                name,
                f"the columns {owner[found.path]!r} and {text!r} both give {'.'.join(found.path)}",
                "delete one of them",
            )
        owner[found.path] = text
        columns.append(Column(index, text, found))
    if close:
        raise InputFileError(
            name,
            "; ".join(close[:5]),
            "rename it to an answers key (education, skills, experience_years, ...) or to a "
            "question's text from `bpo form`",
        )
    kept = _kept(name, header, keep)
    quiet = {norm(h) for _, h in kept}
    ignored = [h for h in ignored if norm(h) not in quiet]
    if ignored:
        shown = ", ".join(repr(h) for h in ignored[:8]) + (", ..." if len(ignored) > 8 else "")
        notify(
            f"{name}: ignoring column{'s' if len(ignored) > 1 else ''} bpo does not use: {shown} "
            "(--keep COLUMN copies one into the results)"
        )
    return Layout(tuple(columns), kept, len(header))


def _grouped(text: str, groups: set[str]) -> Target | None:
    """`interest_scores.research`, `typing.wpm`: a mapping answer, one key per column."""
    group, dot, key = text.partition(".")
    if dot and key.strip() and group.strip() in groups:
        return Target((group.strip(), key.strip()), "value", (text,))
    return None


def _near_miss(text: str, known: list[Target]) -> str | None:
    """The known name an unknown header is a typo or a wordier form of, if any."""
    key = norm(text)
    names = {norm(n): n for t in known for n in t.names}
    close = difflib.get_close_matches(key, list(names), n=3, cutoff=CLOSE)
    if close:
        # Of close names, prefer one whose words the header all has ('Work experience (years)'
        # is experience_years, not bpo_experience_years).
        have_words = words(text)
        within = [c for c in close if words(names[c]) and words(names[c]) <= have_words]
        return names[(within or close)[0]]
    have = words(text)
    for target in known:
        if target.kind == "id":
            continue
        want = words(target.names[0])
        if want and want < have and len(have - want) <= MAX_EXTRA_WORDS:
            return target.names[0]
    return None


def _kept(name: str, header: Sequence[str], keep: Sequence[str]) -> tuple[tuple[int, str], ...]:
    index = {norm(h): (i, h.strip()) for i, h in reversed(list(enumerate(header)))}
    out: list[tuple[int, str]] = []
    for wanted in keep:
        found = index.get(norm(wanted))
        if found is None:
            names = ", ".join(repr(h.strip()) for h in header if h.strip())
            raise UsageError(
                f"--keep {wanted!r}: {name} has no such column",
                f"its columns: {names[:300]}",
            )
        out.append(found)
    return tuple(out)
