"""Answers (from a file, a saved profile or the questionnaire) checked and normalised to a Profile.

Every path goes through `to_profile`, so the same answers always give the same profile, and the
same `--json` output, however they were given.
"""

from __future__ import annotations

import contextlib
import copy
import os
from datetime import date
from typing import Any

from bpo_cli.domain.knowledge import LIST_ANSWERS, KnowledgeBase
from bpo_cli.domain.profile import Profile, Typing
from bpo_cli.domain.wording import normalise
from bpo_cli.errors import InvalidAnswersError
from bpo_cli.knowledge.reader import did_you_mean, show, type_name
from bpo_cli.services import names
from bpo_cli.terms import MAX_EXPERIENCE

ANSWER_KEYS = (
    "country",
    "education",
    *LIST_ANSWERS,
    "experience_years",
    "bpo_experience_years",
    "preferences",
    "interest_scores",
    "typing",
)
MAX_WPM = 250
MAX_SHOWN = 5  # problems listed in one error message


def defaults(kb: KnowledgeBase) -> dict[str, Any]:
    """What pressing Enter at every question gives, and what a missing key means."""
    return copy.deepcopy(_defaults(kb))


_DEFAULTS: dict[int, tuple[KnowledgeBase, dict[str, Any]]] = {}


def _defaults(kb: KnowledgeBase) -> dict[str, Any]:
    """The defaults, worked out once per knowledge base (a batch asks for them per record)."""
    hit = _DEFAULTS.get(id(kb))
    if hit is not None and hit[0] is kb:
        return hit[1]
    values: dict[str, Any] = {
        "education": "high-school",
        "fields": [],
        "interests": [],
        "skills": [],
        "certifications": [],
        "experience_years": 0,
        "bpo_experience_years": 0,
    }
    values["preferences"] = {p.id: p.default for p in kb.preferences.values()}
    for q in kb.questions:
        if q.default is None:
            continue
        if q.preference is not None:
            values["preferences"][q.preference] = q.default
        else:
            values[q.answer] = q.default
    _DEFAULTS.clear()
    _DEFAULTS[id(kb)] = (kb, values)
    return values


def preselected_country(kb: KnowledgeBase) -> tuple[str, str | None]:
    """The questionnaire's preselected country: BPO_COUNTRY (an id or name), else "other".

    Returns the id and, when BPO_COUNTRY names no known country, a notice saying so. Only the
    questionnaire uses this: answers given in a file never depend on the environment.
    """
    fallback = "other" if "other" in kb.countries else next(iter(kb.countries), "other")
    wanted = os.environ.get("BPO_COUNTRY", "").strip()
    if not wanted:
        return fallback, None
    found = _resolve(kb, "countries", wanted)
    if found is not None:
        return found, None
    hint = did_you_mean(wanted, kb.countries)
    return fallback, (
        f"BPO_COUNTRY={show(wanted)} is not a known country{hint} "
        f"(see `bpo vocab countries`); preselecting {kb.label('countries', fallback)!r}"
    )


def to_profile(kb: KnowledgeBase, data: Any, source: str) -> Profile:
    """A checked profile; InvalidAnswersError names the source, key and value of each problem."""
    problems: list[str] = []
    # A file that is not answers at all (a link to /etc/shadow, a log) is never quoted back:
    # only its shape is named, not its contents.
    if not isinstance(data, dict):
        what = "empty" if data is None else _shape(data)
        raise InvalidAnswersError(
            f"{source}: expected a mapping of answers, got {what}",
            f"use keys such as: {', '.join(ANSWER_KEYS[:5])} (see the README)",
        )
    if data and not any(_answerish(key) for key in list(data)[:20]):
        raise InvalidAnswersError(
            f"{source}: not an answers file (none of its {len(data):,} keys is an answer key)",
            f"use keys such as: {', '.join(ANSWER_KEYS[:5])} (see the README)",
        )
    for key in data:
        if key not in ANSWER_KEYS:
            if len(problems) >= MAX_SHOWN:
                problems.append("")  # counted, not shown: no need to look for a close match
                continue
            hint = did_you_mean(key[:40], ANSWER_KEYS) if isinstance(key, str) else ""
            problems.append(f"unknown key {show(key)}{hint}")
    base = _defaults(kb)  # read only here: never mutated

    def get(key: str) -> Any:
        return data[key] if data.get(key) is not None else base.get(key)

    country = _country(kb, data.get("country"), problems)
    education = _one_id(kb, "education", get("education"), problems)
    lists = {key: _ids(kb, key, get(key), problems) for key in LIST_ANSWERS}
    experience = _experience(get("experience_years"), problems)
    bpo_years = _experience(get("bpo_experience_years"), problems, "bpo_experience_years")
    if bpo_years > experience:
        problems.append(
            f"bpo_experience_years: {bpo_years} is more than experience_years ({experience}); "
            "count BPO and contact-centre years inside your total years"
        )
        bpo_years = experience
    typing = _typing(data.get("typing"), problems)
    preferences = _preferences(kb, data.get("preferences"), base["preferences"], problems)
    scores = _interest_scores(kb, data.get("interest_scores"), problems)
    if problems:
        shown = problems[:MAX_SHOWN]
        more = f" (and {len(problems) - MAX_SHOWN} more)" if len(problems) > MAX_SHOWN else ""
        raise InvalidAnswersError(f"{source}: " + "; ".join(shown) + more, _answers_hint(kb, shown))
    return Profile(
        education=education,
        fields=lists["fields"],
        interests=lists["interests"],
        skills=lists["skills"],
        experience_years=experience,
        preferences=preferences,
        interest_scores=scores,
        country=country,
        certifications=lists["certifications"],
        bpo_experience_years=bpo_years,
        typing=typing,
    )


def _answerish(key: Any) -> bool:
    """An answer key, or a near miss of one (`skils`)."""
    return isinstance(key, str) and (
        key in ANSWER_KEYS or bool(did_you_mean(key[:40], ANSWER_KEYS))
    )


def _shape(data: Any) -> str:
    if isinstance(data, str):
        return f"a text of {len(data):,} characters"
    if isinstance(data, list):
        return f"a list of {len(data):,} items"
    return "a single value"


def profile_dict(profile: Profile) -> dict[str, Any]:
    """The normalised answers, in the answers-file format (and the JSON `profile`)."""
    from msgspec import to_builtins

    from bpo_cli.services.advice import profile_document

    out: dict[str, Any] = to_builtins(profile_document(profile))
    return out


def _resolve(kb: KnowledgeBase, vocabulary: str, value: Any) -> str | None:
    """The id a value names (by id or label, any case), or None."""
    return names.resolve(kb, vocabulary, value)


NOUNS = {
    "countries": "country",
    "education": "education level",
    "fields": "field",
    "skills": "skill",
    "interests": "interest",
    "certifications": "certification",
}


def _unknown(kb: KnowledgeBase, vocabulary: str, key: str, value: Any) -> str:
    hint = ""
    if isinstance(value, str):
        hint = did_you_mean(value, kb.labels(vocabulary)) or _named_in(kb, vocabulary, value)
    return f"{key}: unknown {NOUNS[vocabulary]} {show(value)}{hint} (see `bpo vocab {vocabulary}`)"


def _named_in(kb: KnowledgeBase, vocabulary: str, value: str) -> str:
    """'; did you mean x?' when exactly one entry's label or description uses the word
    (`college`, `TESDA`, `MBA`: the words people write for an education level)."""
    import re

    word = value.strip().lower()
    if not word.isascii() or len(word) < 2 or len(word) > 40:
        return ""
    records = kb.education if vocabulary == "education" else getattr(kb, vocabulary).values()
    found = []
    for record in records:  # countries have a name and no description; others a label
        text = " ".join(
            str(getattr(record, attr, "") or "") for attr in ("label", "name", "description")
        )
        if word in re.findall(r"[a-z0-9]+", text.lower()):
            found.append(record.id)
    return f"; did you mean '{found[0]}'?" if len(found) == 1 else ""


def _answers_hint(kb: KnowledgeBase, problems: list[str]) -> str:
    """Where the valid values are, for the kinds of value that were wrong."""
    import re

    kinds = list(dict.fromkeys(re.findall(r"see `bpo vocab (\w+)`", " ".join(problems))))
    if any(p.startswith("unknown key") for p in problems):
        return f"answer keys are: {', '.join(ANSWER_KEYS)} (see the README)"
    if any(p.startswith("preferences") for p in problems):
        kinds.append("preferences")
    if kinds == ["education"]:
        return f"education levels are: {', '.join(kb.labels('education'))}"
    if kinds:
        return "valid ids: " + ", ".join(f"`bpo vocab {kind}`" for kind in kinds)
    return "see the README for the answers keys and their values"


def _one_id(kb: KnowledgeBase, vocabulary: str, value: Any, problems: list[str]) -> str:
    found = _resolve(kb, vocabulary, value)
    if found is None:
        if isinstance(value, (list, dict)):
            problems.append(f"{vocabulary}: expected one id, got {type_name(value)}")
        else:
            problems.append(_unknown(kb, vocabulary, vocabulary, value))
        return "high-school"
    return found


def _country(kb: KnowledgeBase, value: Any, problems: list[str]) -> str | None:
    """The country id (by id or name, any case); None when the answers do not say."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    found = _resolve(kb, "countries", value)
    if found is None:
        if isinstance(value, (list, dict)):
            problems.append(f"country: expected one country id, got {type_name(value)}")
        else:
            problems.append(_unknown(kb, "countries", "country", value))
    return found


def _ids(kb: KnowledgeBase, key: str, value: Any, problems: list[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        # "fast-typing, accuracy" in a hand-written file or a spreadsheet cell
        value = [part for part in value.replace(";", ",").split(",") if part.strip()]
    if not isinstance(value, list):
        problems.append(f"{key}: expected a list of ids, got {type_name(value)}")
        return ()
    chosen: set[str] = set()
    for item in value:
        found = _resolve(kb, key, item)
        if found is None:
            # Only the problems shown get a "did you mean": 60,000 unknown ids stay linear.
            problems.append(_unknown(kb, key, key, item) if len(problems) < MAX_SHOWN else "")
        else:
            chosen.add(found)
    order = list(
        kb.labels(key)
    )  # the vocabulary's own order, so output never depends on input order
    return tuple(sorted(chosen, key=order.index))


def _experience(value: Any, problems: list[str], key: str = "experience_years") -> int:
    text = value.strip() if isinstance(value, str) else ""
    if text.isascii() and text.isdigit() and len(text) <= 4:  # not '²', not 5,000 digits
        value = int(text)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        problems.append(f"{key}: expected a whole number of years, got {show(value)}")
        return 0
    if not 0 <= value <= MAX_EXPERIENCE:
        problems.append(f"{key}: {show(value)} is out of range (0 to {MAX_EXPERIENCE})")
        return 0
    return value


def _typing(value: Any, problems: list[str]) -> Typing | None:
    """`typing: {wpm, accuracy, date, measured}`; a figure typed in by hand is "reported"."""
    if value is None:
        return None
    if not isinstance(value, dict):
        problems.append(
            f"typing: expected a mapping such as {{wpm: 35, accuracy: 96}}, got {type_name(value)}"
        )
        return None
    before = len(problems)
    for key in value:
        if key not in ("wpm", "accuracy", "date", "measured"):
            hint = did_you_mean(str(key), ("wpm", "accuracy", "date", "measured"))
            problems.append(f"typing: unknown key {show(key)}{hint}")
    wpm = value.get("wpm")
    if isinstance(wpm, str) and wpm.strip().isascii() and wpm.strip().isdigit() and len(wpm) < 8:
        wpm = int(wpm.strip())
    if isinstance(wpm, float) and wpm.is_integer():
        wpm = int(wpm)
    if isinstance(wpm, bool) or not isinstance(wpm, int) or not 0 <= wpm <= MAX_WPM:
        problems.append(f"typing.wpm: expected words per minute, 0 to {MAX_WPM}, got {show(wpm)}")
    accuracy = value.get("accuracy", 100)
    if isinstance(accuracy, str):
        with contextlib.suppress(ValueError):  # left as text, it is named below
            accuracy = float(accuracy.strip().rstrip("%"))
    if (
        isinstance(accuracy, bool)
        or not isinstance(accuracy, (int, float))
        or not 0 <= accuracy <= 100
    ):
        problems.append(f"typing.accuracy: expected a percentage, 0 to 100, got {show(accuracy)}")
    raw_date = value.get("date")  # YAML reads an unquoted 2026-11-20 as a date
    date_text: Any = raw_date.isoformat() if isinstance(raw_date, date) else raw_date
    if date_text is not None and not (
        isinstance(date_text, str) and len(date_text) == 10 and date_text[4] == "-"
    ):
        problems.append(f"typing.date: expected YYYY-MM-DD, got {show(raw_date)}")
    measured = value.get("measured", False)
    if isinstance(measured, str) and measured.strip().lower() in ("true", "false", "yes", "no"):
        measured = measured.strip().lower() in ("true", "yes")
    if not isinstance(measured, bool):
        problems.append(f"typing.measured: expected true or false, got {show(measured)}")
    if len(problems) > before:
        return None
    assert isinstance(wpm, int)
    return Typing(
        wpm=wpm,
        accuracy=round(float(accuracy), 1),
        date=str(date_text) if date_text is not None else None,
        measured=bool(measured),
    )


def _preferences(
    kb: KnowledgeBase, value: Any, base: dict[str, str], problems: list[str]
) -> dict[str, str]:
    chosen = dict(base)
    if value is None:
        return chosen
    if not isinstance(value, dict):
        problems.append(f"preferences: expected a mapping, got {type_name(value)}")
        return chosen
    for key, option in value.items():
        pref = kb.preferences.get(normalise(str(key)).replace("-", "_")) or kb.preferences.get(
            str(key)
        )
        if pref is None:
            hint = did_you_mean(str(key), kb.preferences)
            problems.append(f"preferences: unknown preference {show(key)}{hint}")
            continue
        options = pref.option_ids()
        wanted = normalise(str(option)) if option is not None else ""
        match = next((o.id for o in pref.options if wanted in (o.id, normalise(o.label))), None)
        if match is None:
            problems.append(
                f"preferences.{pref.id}: {show(option)} is not one of: {', '.join(options)}"
            )
        else:
            chosen[pref.id] = match
    return {p: chosen[p] for p in kb.preferences if p in chosen}


def _interest_scores(kb: KnowledgeBase, value: Any, problems: list[str]) -> dict[str, float] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        problems.append(
            f"interest_scores: expected a mapping of interest: 0..1, got {type_name(value)}"
        )
        return None
    scores: dict[str, float] = {}
    for key, strength in value.items():
        found = _resolve(kb, "interests", key)
        if found is None:
            shown = len(problems) < MAX_SHOWN
            problems.append(_unknown(kb, "interests", "interest_scores", key) if shown else "")
            continue
        if (
            isinstance(strength, bool)
            or not isinstance(strength, (int, float))
            or not (0 <= strength <= 1)
        ):
            problems.append(
                f"interest_scores.{found}: expected a number from 0 to 1, got {show(strength)}"
            )
            continue
        scores[found] = round(float(strength), 3)
    order = list(kb.interests)
    return {k: scores[k] for k in sorted(scores, key=order.index)}
