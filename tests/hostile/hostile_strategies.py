"""Hypothesis strategies for hostile input files: answers (YAML, JSON) and overlay data files.

Each draws what an attacker or a careless export would produce: control and escape sequences,
rich markup, bidirectional overrides, numbers past Python's digit limit, deep nesting, odd types
and keys. Batch inputs (CSV, JSON Lines) get their strategies beside these.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

ANSWER_KEYS = ["education", "fields", "interests", "skills", "experience_years", "preferences"]
IDS = ["bachelor", "diploma", "law", "legal-research", "writing", "fast-typing", "research"]

# Pieces that have broken tools before; mixed into ordinary text.
NASTY = [
    "\x1b[2J",
    "\x1b]0;pwned\x07",
    "\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\",
    "\x9b31m",
    "\r---\r# heading",
    "\r\n",
    "\u202e",
    "\x00",
    "[link=https://evil.example/login]official[/link]",
    "[/bold]",
    "[bold red]",
    "{{ }}",
    "%s%n",
    "'; DROP TABLE --",
    "=cmd|' /C calc'!A0",
    "9" * 5000,
    "\ufeff",
    "é" * 3,
]

hostile_text = st.lists(
    st.one_of(st.sampled_from(NASTY), st.sampled_from(IDS), st.text(max_size=20)), max_size=4
).map("".join)

huge_number = st.one_of(
    st.integers(min_value=10**4400, max_value=10**4500),  # past the 4,300-digit limit
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
)


def nested(depth: int, leaf: Any) -> Any:
    value = leaf
    for level in range(depth):
        value = [value] if level % 2 else {"k": value}
    return value


scalar = st.one_of(hostile_text, huge_number, st.booleans(), st.none(), st.sampled_from(IDS))
value = st.recursive(
    scalar,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(hostile_text, inner, max_size=4)
    ),
    max_leaves=12,
)
deep_value = st.builds(nested, st.integers(min_value=50, max_value=3000), scalar)

# The mappings inside answers (preferences, interest_scores), with hostile keys and values.
inner_mapping = st.dictionaries(
    st.one_of(
        st.sampled_from(["shifts", "work_style", "research", "law"]), hostile_text, huge_number
    ),
    scalar,
    max_size=4,
)
answers_doc = st.dictionaries(
    st.one_of(st.sampled_from([*ANSWER_KEYS, "interest_scores"]), hostile_text),
    st.one_of(value, deep_value, inner_mapping, st.lists(st.sampled_from(IDS), max_size=3)),
    max_size=6,
)
any_doc = st.one_of(answers_doc, value, deep_value)


def to_json(document: Any) -> str:
    """JSON text; numbers past the digit limit written out literally, as a file would hold them."""
    try:
        return json.dumps(document)
    except ValueError:
        return '{"experience_years": ' + "9" * 5000 + "}"
    except RecursionError:
        return '{"skills": ' + "[" * 5000 + "]" * 5000 + "}"


def to_yaml(document: Any) -> str:
    import yaml

    try:
        return yaml.safe_dump(document, allow_unicode=True)
    except (ValueError, RecursionError, yaml.YAMLError):
        return "skills: " + "[" * 3000 + "]" * 3000


# A whole answers file: (suffix, text), in the syntax the suffix promises, or broken on purpose.
answers_file = st.one_of(
    st.tuples(st.just(".json"), any_doc.map(to_json)),
    st.tuples(st.just(".yaml"), any_doc.map(to_yaml)),
    st.tuples(st.sampled_from([".yaml", ".json"]), hostile_text),
)

ROLE_FIELDS = ["title", "description", "aliases", "responsibilities", "steps", "experience_years"]
overlay_role = st.fixed_dictionaries(
    {"slug": st.just("hostile-role")},
    optional={key: st.one_of(hostile_text, value, huge_number) for key in ROLE_FIELDS},
)
# One overlay file: (relative path, text).
overlay_file = st.one_of(
    st.tuples(st.just("roles/hostile-role.yaml"), overlay_role.map(to_yaml)),
    st.tuples(st.sampled_from(["tips.yaml", "skills.yaml"]), any_doc.map(to_yaml)),
    st.tuples(st.sampled_from(["roles/x.yaml", "tips.yaml"]), hostile_text),
)
