"""The validation runner: advise every case in validation/ and measure agreement with real postings.

    python bench/validate.py             # the development part; report in bench/results/validation/
    python bench/validate.py --held-out  # also the held-out part (only when the suite is frozen)
    python bench/validate.py --check     # fail when a development figure fell below the floor
    python bench/validate.py --record    # write the development figures as the new floor

Every case goes through the installed `bpo advise --answers - --json`, the same code path a person
uses, one process per case. A case whose answers bpo refuses counts as a miss, with bpo's error.

Figures (each with a 95% Wilson interval):
- fit agreement: a "meets" case expects the posting's role to be ready; a "misses" case expects it
  not to be ready; a blind case expects the fits it states (all of them must agree).
- top-5 hit rate: the role (a blind case: any of its expected roles) ranks in the best five. The
  rank is 1 + the number of roles with a strictly higher score: a role tied with the fifth is a hit.
- named-gap agreement: a "misses" case (or a blind case that names gaps) expects bpo to name the
  missing requirement among the role's gaps.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "validation"
RESULTS = ROOT / "bench" / "results" / "validation"
Z95 = 1.959963984540054
TOP_K = 5
FITS = ("ready", "reachable", "stretch")
EXPECTED_FITS = (*FITS, "not-ready")
METRICS = ("fit", "top5", "gap")
METRIC_NAMES = {
    "fit": "Fit agreement",
    "top5": "Top-5 hit rate",
    "gap": "Named-gap agreement",
}
POSTING_KEYS = {
    "id",
    "address",
    "publisher",
    "kind",
    "title",
    "seen",
    "posted",
    "country",
    "role",
    "requirements",
    "notes",
    "cases",
}
REQUIREMENT_KEYS = {
    "education",
    "experience",
    "skills",
    "certifications",
    "tests",
    "shifts",
}
POSTING_KINDS = {
    "posting",  # a job advertisement
    "official-guide",  # a government or sector-council guide or occupational standard
    "employer-guide",  # an employer's own published hiring requirements
    "job-board-guide",  # a job board's role guide
    "career-guide",  # a third-party career guide site's role page
}
CASE_KINDS = {"meets", "misses"}


class DataError(Exception):
    """A validation data file is incomplete or malformed (names the file and the field)."""


# --- statistics -----------------------------------------------------------------------------


def wilson(successes: int, trials: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval for a binomial proportion (0..1 bounds); (0, 1) with no trials."""
    if trials < 0 or successes < 0 or successes > trials:
        raise ValueError(f"need 0 <= successes <= trials, got {successes} of {trials}")
    if trials == 0:
        return (0.0, 1.0)
    p = successes / trials
    z2 = z * z
    denominator = 1 + z2 / trials
    centre = (p + z2 / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / denominator
    return (max(0.0, centre - half), min(1.0, centre + half))


@dataclass
class Tally:
    successes: int = 0
    trials: int = 0

    def add(self, ok: bool) -> None:
        self.trials += 1
        self.successes += int(ok)

    def as_dict(self) -> dict[str, Any]:
        low, high = wilson(self.successes, self.trials)
        rate = self.successes / self.trials if self.trials else None
        return {
            "successes": self.successes,
            "trials": self.trials,
            "rate": None if rate is None else round(rate, 4),
            "wilson95": [round(low, 4), round(high, 4)],
        }


# --- the data -------------------------------------------------------------------------------


@dataclass
class Case:
    id: str
    kind: str  # meets, misses, blind
    answers: dict[str, Any]
    role: str | None  # the posting's role (blind: the first expected role, for grouping)
    country: str
    source: str  # the posting's address, or "blind"
    part: str = "development"
    expect_fit: dict[str, str] = field(default_factory=dict)  # role -> fit
    expect_top: list[str] = field(default_factory=list)  # roles, any in the best five
    expect_gaps: dict[str, list[str]] = field(default_factory=dict)  # role -> gaps
    nothing_ready: bool = False


def _load_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"{path}: cannot read: {exc}") from None


def _need(record: dict[str, Any], key: str, where: str) -> Any:
    value = record.get(key)
    if value is None or value == "" or value == []:
        raise DataError(f"{where}: '{key}' is missing or empty")
    return value


def load_postings(data: Path = DATA) -> list[dict[str, Any]]:
    """Every posting file, checked for completeness."""
    postings: list[dict[str, Any]] = []
    seen_ids: set[str] = set()
    for path in sorted((data / "postings").glob("*.yaml")):
        record = _load_yaml(path)
        where = f"{path.name}"
        if not isinstance(record, dict):
            raise DataError(f"{where}: expected a mapping")
        unknown = set(record) - POSTING_KEYS
        if unknown:
            raise DataError(f"{where}: unknown keys {sorted(unknown)}")
        for key in ("id", "address", "publisher", "kind", "seen", "posted", "country", "role"):
            _need(record, key, where)
        if record["id"] != path.stem:
            raise DataError(f"{where}: id '{record['id']}' differs from the file name")
        if record["id"] in seen_ids:
            raise DataError(f"{where}: id '{record['id']}' is used twice")
        seen_ids.add(record["id"])
        if record["kind"] not in POSTING_KINDS:
            raise DataError(
                f"{where}: kind '{record['kind']}' is not one of {sorted(POSTING_KINDS)}"
            )
        if not str(record["address"]).startswith(("http://", "https://")):
            raise DataError(f"{where}: address '{record['address']}' is not a web address")
        posted = str(record["posted"])
        if posted != "undated copy" and not _is_date(posted):
            raise DataError(f"{where}: posted '{posted}' is neither a date nor 'undated copy'")
        if not _is_date(str(record["seen"])):
            raise DataError(f"{where}: seen '{record['seen']}' is not a date")
        requirements = _need(record, "requirements", where)
        if not isinstance(requirements, dict) or set(requirements) - REQUIREMENT_KEYS:
            raise DataError(
                f"{where}: requirements must use only the keys {sorted(REQUIREMENT_KEYS)}"
            )
        if not any(requirements.values()):
            raise DataError(f"{where}: requirements state nothing")
        cases = _need(record, "cases", where)
        kinds = [case.get("kind") for case in cases if isinstance(case, dict)]
        if "meets" not in kinds:
            raise DataError(f"{where}: no 'meets' case")
        postings.append(record)
    return postings


def _is_date(text: str) -> bool:
    import datetime

    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def posting_cases(postings: Iterable[dict[str, Any]]) -> Iterator[Case]:
    for posting in postings:
        for number, raw in enumerate(posting["cases"], 1):
            where = f"{posting['id']}.yaml case {number}"
            if not isinstance(raw, dict):
                raise DataError(f"{where}: expected a mapping")
            kind = _need(raw, "kind", where)
            if kind not in CASE_KINDS:
                raise DataError(f"{where}: kind '{kind}' is not one of {sorted(CASE_KINDS)}")
            answers = raw.get("answers")
            if not isinstance(answers, dict):
                raise DataError(f"{where}: 'answers' must be a mapping of answers keys")
            case = Case(
                id=f"{posting['id']}/{number}",
                kind=kind,
                answers=answers,
                role=posting["role"],
                country=posting["country"],
                source=posting["address"],
            )
            if kind == "meets":
                case.expect_fit = {posting["role"]: "ready"}
                case.expect_top = [posting["role"]]
            else:
                gap = _need(raw, "gap", where)
                case.expect_fit = {posting["role"]: "not-ready"}
                case.expect_gaps = {posting["role"]: [gap] if isinstance(gap, str) else list(gap)}
            yield case


def load_all_blind(data: Path = DATA) -> list[tuple[dict[str, Any], list[Case]]]:
    """Every set of blind cases: blind.yaml, then blind-*.yaml (each written, dated and
    committed on its own; ids are unique across the sets)."""
    sets = [load_blind(data, path.name) for path in _blind_files(data)]
    seen: set[str] = set()
    for _document, cases in sets:
        for case in cases:
            if case.id in seen:
                raise DataError(f"{case.id}: id used in two blind sets")
            seen.add(case.id)
    return sets


def _blind_files(data: Path) -> list[Path]:
    return [data / "blind.yaml", *sorted(data.glob("blind-*.yaml"))]


def load_blind(data: Path = DATA, name: str = "blind.yaml") -> tuple[dict[str, Any], list[Case]]:
    """One set of blind cases. Cases of a later set (blind-N.yaml) have kind "blind-N", so the
    report shows each set's figures apart."""
    path = data / name
    kind = "blind" if name == "blind.yaml" else name.removesuffix(".yaml")
    document = _load_yaml(path)
    if not isinstance(document, dict):
        raise DataError(f"{path.name}: expected a mapping with 'written', 'by' and 'cases'")
    for key in ("written", "by", "cases"):
        _need(document, key, path.name)
    cases: list[Case] = []
    ids: set[str] = set()
    for raw in document["cases"]:
        where = f"{name} case {raw.get('id', '?')}"
        for key in ("id", "who", "country", "answers", "expect"):
            _need(raw, key, where)
        if raw["id"] in ids:
            raise DataError(f"{where}: id used twice")
        ids.add(raw["id"])
        expect = raw["expect"]
        fits = expect.get("fits") or {}
        for role, fit in fits.items():
            if fit not in EXPECTED_FITS:
                raise DataError(f"{where}: fit '{fit}' for {role} is not one of {EXPECTED_FITS}")
        top = list(expect.get("top") or [])
        nothing = bool(expect.get("nothing_ready"))
        if not (fits or top or nothing):
            raise DataError(f"{where}: expect states no fits, no top roles and not nothing_ready")
        gaps = {role: list(v) for role, v in (expect.get("gaps") or {}).items()}
        first = top[0] if top else (next(iter(fits)) if fits else None)
        cases.append(
            Case(
                id=f"blind/{raw['id']}",
                kind=kind,
                answers=raw["answers"],
                role=first,
                country=raw["country"],
                source="blind",
                expect_fit=dict(fits),
                expect_top=top,
                expect_gaps=gaps,
                nothing_ready=nothing,
            )
        )
    return document, cases


# --- the split ------------------------------------------------------------------------------


def split_key(text: str) -> int:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:8], 16)


def load_split(data: Path = DATA) -> dict[str, Any]:
    split = _load_yaml(data / "split.yaml")
    if not isinstance(split, dict):
        raise DataError("split.yaml: expected a mapping")
    for key in ("rule", "modulus", "held_out_remainder", "frozen"):
        _need(split, key, "split.yaml")
    return dict(split)


def part_of(text: str, split: dict[str, Any], forced: bool = False) -> str:
    if forced:
        return "development"
    remainder = split_key(text) % int(split["modulus"])
    return "held-out" if remainder == int(split["held_out_remainder"]) else "development"


def cited_addresses() -> set[str]:
    """Every address the knowledge base cites. A posting bpo's data was written from (issue 10's
    routes, issue 12's pay and hiring facts) is always development, whenever it was cited."""
    sources = yaml.safe_load((ROOT / "data" / "sources.yaml").read_text(encoding="utf-8")) or []
    return {str(s["url"]).rstrip("/") for s in sources if isinstance(s, dict) and s.get("url")}


def assign_parts(cases: list[Case], split: dict[str, Any]) -> None:
    forced = {str(a).rstrip("/") for a in split.get("development_forced") or []}
    forced |= cited_addresses()
    for case in cases:
        if case.kind.startswith("blind"):
            case.part = part_of(case.id, split)
        else:
            case.part = part_of(case.source, split, case.source.rstrip("/") in forced)


# --- advising -------------------------------------------------------------------------------


def find_bpo(explicit: str | None) -> list[str]:
    if explicit:
        return explicit.split()
    beside = Path(sys.executable).parent / "bpo"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("bpo")
    if found:
        return [found]
    raise DataError("no installed bpo command found: install it (pip install .) or pass --bpo")


COUNTRY_IDS = {"india": "india", "philippines": "philippines"}


def country_supported(bpo: list[str]) -> bool:
    """Whether this bpo takes a `country` answer (`bpo vocab countries` knows the ids)."""
    proc = subprocess.run(
        [*bpo, "vocab", "countries"], capture_output=True, text=True, check=False, timeout=60
    )
    return proc.returncode == 0


def with_country(case: Case, supported: bool) -> dict[str, Any]:
    """The case's answers, with its country as the `country` answer when bpo takes one."""
    answers = dict(case.answers)
    if supported and "country" not in answers:
        answers["country"] = COUNTRY_IDS.get(case.country.lower(), "other")
    return answers


def advise(bpo: list[str], answers: dict[str, Any]) -> tuple[dict[str, Any] | None, str]:
    """bpo's advice as JSON, or None and the error it printed."""
    proc = subprocess.run(
        [*bpo, "advise", "--answers", "-", "--json"],
        input=json.dumps(answers),
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "NO_COLOR": "1", "BPO_NO_KEEP": "1"},
        check=False,
    )
    if proc.returncode != 0:
        return None, (proc.stderr.strip() or f"exit code {proc.returncode}")
    try:
        return json.loads(proc.stdout), ""
    except json.JSONDecodeError as exc:
        return None, f"bpo printed something that is not JSON: {exc}"


def ranks(advice: dict[str, Any]) -> dict[str, int]:
    """Each role's rank: 1 + the number of roles with a strictly higher score."""
    scores = {m["role"]: m["score"] for m in advice["matches"]}
    return {
        role: 1 + sum(1 for s in scores.values() if s > score) for role, score in scores.items()
    }


def fit_agrees(expected: str, actual: str | None) -> bool:
    if actual is None:
        return False
    if expected == "not-ready":
        return actual != "ready"
    return actual == expected


def gap_named(gap: str, gaps: dict[str, Any] | None) -> bool:
    """Whether bpo names this gap: 'education', 'experience', 'skill:ID', or any other 'kind:ID'."""
    if not gaps:
        return False
    kind, _, wanted = gap.partition(":")
    if not wanted:
        return any(key.startswith(kind) and value for key, value in gaps.items())
    if kind == "skill":
        return wanted in (gaps.get("skills") or [])
    return _mentions(gaps, wanted)


def _mentions(value: Any, wanted: str) -> bool:
    if isinstance(value, str):
        return value == wanted
    if isinstance(value, dict):
        return any(_mentions(v, wanted) for v in value.values())
    if isinstance(value, list):
        return any(_mentions(v, wanted) for v in value)
    return False


@dataclass
class Outcome:
    case: Case
    error: str = ""
    results: dict[str, bool] = field(default_factory=dict)  # metric -> agreed
    seen: dict[str, Any] = field(default_factory=dict)  # what bpo said, for the misses list


def score_case(case: Case, advice: dict[str, Any] | None, error: str) -> Outcome:
    outcome = Outcome(case, error=error)
    matches = {m["role"]: m for m in advice["matches"]} if advice else {}
    rank = ranks(advice) if advice else {}
    wants_fit = bool(case.expect_fit) or case.nothing_ready
    if wants_fit:
        ok = advice is not None
        for role, fit in case.expect_fit.items():
            actual = matches.get(role, {}).get("fit")
            ok = ok and fit_agrees(fit, actual)
            outcome.seen.setdefault("fits", {})[role] = actual
        if case.nothing_ready:
            ready = [r for r, m in matches.items() if m["fit"] == "ready"]
            ok = ok and not ready
            outcome.seen["ready_roles"] = ready[:5]
        outcome.results["fit"] = ok
    if case.expect_top:
        hits = [role for role in case.expect_top if rank.get(role, 99) <= TOP_K]
        outcome.results["top5"] = advice is not None and bool(hits)
        outcome.seen["ranks"] = {role: rank.get(role) for role in case.expect_top}
        if advice:
            outcome.seen["best"] = [m["role"] for m in advice["matches"][:TOP_K]]
    if case.expect_gaps:
        ok = advice is not None
        for role, gaps in case.expect_gaps.items():
            named = matches.get(role, {}).get("gaps")
            ok = ok and all(gap_named(gap, named) for gap in gaps)
            outcome.seen.setdefault("gaps", {})[role] = named
        outcome.results["gap"] = ok
    return outcome


def run_cases(cases: list[Case], bpo: list[str], workers: int) -> list[Outcome]:
    countries = country_supported(bpo)

    def one(case: Case) -> Outcome:
        advice, error = advise(bpo, with_country(case, countries))
        return score_case(case, advice, error)

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return list(pool.map(one, cases))


# --- the report -----------------------------------------------------------------------------


def summarise(outcomes: list[Outcome]) -> dict[str, Any]:
    def tallies(selected: list[Outcome]) -> dict[str, Any]:
        out: dict[str, Tally] = {m: Tally() for m in METRICS}
        for o in selected:
            for metric, ok in o.results.items():
                out[metric].add(ok)
        return {m: t.as_dict() for m, t in out.items()}

    def grouped(key: str) -> dict[str, Any]:
        groups: dict[str, list[Outcome]] = {}
        for o in outcomes:
            groups.setdefault(str(getattr(o.case, key)), []).append(o)
        return {name: tallies(group) for name, group in sorted(groups.items())}

    return {
        "cases": len(outcomes),
        "refused": sum(1 for o in outcomes if o.error),
        "overall": tallies(outcomes),
        "by_kind": grouped("kind"),
        "by_country": grouped("country"),
        "by_role": grouped("role"),
    }


def misses(outcomes: list[Outcome]) -> list[dict[str, Any]]:
    out = []
    for o in outcomes:
        failed = [m for m, ok in o.results.items() if not ok]
        if not failed:
            continue
        out.append(
            {
                "case": o.case.id,
                "kind": o.case.kind,
                "role": o.case.role,
                "country": o.case.country,
                "address": o.case.source,
                "failed": failed,
                "error": o.error or None,
                "expected": {
                    "fits": o.case.expect_fit,
                    "top": o.case.expect_top,
                    "gaps": o.case.expect_gaps,
                    "nothing_ready": o.case.nothing_ready,
                },
                "bpo_said": o.seen,
            }
        )
    return out


def build_report(outcomes: list[Outcome], parts: list[str], meta: dict[str, Any]) -> dict[str, Any]:
    report: dict[str, Any] = {"meta": meta, "parts": {}}
    for part in parts:
        selected = [o for o in outcomes if o.case.part == part]
        report["parts"][part] = {**summarise(selected), "misses": misses(selected)}
    return report


def _pct(t: dict[str, Any]) -> str:
    if not t["trials"]:
        return "-"
    low, high = t["wilson95"]
    return (
        f"{t['successes']}/{t['trials']} = {100 * t['rate']:.0f}% "
        f"(95% CI {100 * low:.0f} to {100 * high:.0f}%)"
    )


def markdown(report: dict[str, Any]) -> str:
    meta = report["meta"]
    lines = [
        "# bpo validation report",
        "",
        f"Run {meta['run_at']} with bpo {meta['bpo_version']}; data: {meta['postings']} postings, "
        f"{meta['cases']} cases; split frozen {meta['split_frozen']}.",
        "Intervals are 95% Wilson score intervals. bpo's advice is for career exploration only; "
        "this report measures agreement with postings, not hiring outcomes.",
    ]
    for part, body in report["parts"].items():
        lines += ["", f"## {part.capitalize()} part", ""]
        lines.append(f"{body['cases']} cases; answers refused by bpo: {body['refused']}.")
        lines += ["", "| figure | result |", "|---|---|"]
        for metric in METRICS:
            lines.append(f"| {METRIC_NAMES[metric]} | {_pct(body['overall'][metric])} |")
        for title, key in (
            ("By kind of case", "by_kind"),
            ("By country", "by_country"),
            ("By role", "by_role"),
        ):
            lines += ["", f"### {title}", ""]
            lines.append("| group | " + " | ".join(METRIC_NAMES[m] for m in METRICS) + " |")
            lines.append("|---" * (len(METRICS) + 1) + "|")
            for name, tallies in body[key].items():
                cells = " | ".join(_pct(tallies[m]) for m in METRICS)
                lines.append(f"| {name} | {cells} |")
        lines += ["", "### Misses", ""]
        if not body["misses"]:
            lines.append("None.")
        for miss in body["misses"]:
            said = json.dumps(miss["bpo_said"], sort_keys=True)
            where = miss["address"] if miss["address"] != "blind" else "blind case"
            error = f" bpo refused the answers: {miss['error']}" if miss["error"] else ""
            lines.append(
                f"- `{miss['case']}` ({miss['kind']}, {miss['role']}, {miss['country']}): "
                f"failed {', '.join(miss['failed'])}; expected "
                f"{json.dumps(miss['expected'], sort_keys=True)}; bpo said {said}; "
                f"source: {where}.{error}"
            )
    return "\n".join(lines) + "\n"


# --- the floor ------------------------------------------------------------------------------


def floor_problems(current: dict[str, Any], recorded: dict[str, Any]) -> list[str]:
    """A development figure whose misses grew by more than one case since it was recorded."""
    problems = []
    for metric, was in recorded["figures"].items():
        now = current["overall"].get(metric)
        if now is None:
            continue
        was_missed = was["trials"] - was["successes"]
        now_missed = now["trials"] - now["successes"]
        if now_missed > was_missed + 1:
            problems.append(
                f"{METRIC_NAMES.get(metric, metric)}: {now['successes']}/{now['trials']} now, "
                f"{was['successes']}/{was['trials']} recorded "
                f"({now_missed - was_missed} more misses)"
            )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the validation directory")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the report")
    parser.add_argument("--bpo", help="the bpo command (default: the installed one)")
    parser.add_argument("--held-out", action="store_true", help="also score the held-out part")
    parser.add_argument("--check", action="store_true", help="fail below the recorded floor")
    parser.add_argument("--record", action="store_true", help="record the development figures")
    parser.add_argument("--workers", type=int, default=2, help="bpo processes at once")
    args = parser.parse_args(argv)
    try:
        postings = load_postings(args.data)
        cases = list(posting_cases(postings))
        blind_sets = load_all_blind(args.data)
        for _document, blind in blind_sets:
            cases += blind
        split = load_split(args.data)
        assign_parts(cases, split)
        bpo = find_bpo(args.bpo)
    except DataError as exc:
        print(f"validate: {exc}", file=sys.stderr)
        return 2
    parts = ["development", "held-out"] if args.held_out else ["development"]
    selected = [c for c in cases if c.part in parts]
    outcomes = run_cases(selected, bpo, args.workers)
    import datetime

    version = subprocess.run([*bpo, "--version"], capture_output=True, text=True, check=False)
    meta = {
        "run_at": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "bpo_version": (version.stdout.split("\n")[0].strip() or "unknown"),
        "postings": len(postings),
        "cases": len(cases),
        "blind_written": str(blind_sets[0][0]["written"]),
        "blind_sets": [
            {
                "kind": cases[0].kind if cases else "",
                "written": str(doc["written"]),
                "cases": len(cases),
            }
            for doc, cases in blind_sets
        ],
        "split_frozen": str(split["frozen"]),
        "held_out_scored": args.held_out,
    }
    report = build_report(outcomes, parts, meta)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "report.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    (args.out / "report.md").write_text(markdown(report), encoding="utf-8")
    dev = report["parts"]["development"]
    for metric in METRICS:
        print(f"development {METRIC_NAMES[metric]}: {_pct(dev['overall'][metric])}")
    if args.held_out:
        for metric in METRICS:
            held = report["parts"]["held-out"]["overall"][metric]
            print(f"held-out {METRIC_NAMES[metric]}: {_pct(held)}")
    print(f"report: {args.out / 'report.md'} and report.json")
    recorded_path = args.data / "recorded.json"
    if args.record:
        recorded = {
            "recorded_at": meta["run_at"],
            "bpo_version": meta["bpo_version"],
            "part": "development",
            "cases": dev["cases"],
            "figures": {m: dev["overall"][m] for m in METRICS},
        }
        recorded_path.write_text(json.dumps(recorded, indent=2) + "\n", encoding="utf-8")
        print(f"recorded the development figures in {recorded_path}")
    if args.check:
        if not recorded_path.exists():
            print("validate: no recorded figures: run with --record first", file=sys.stderr)
            return 1
        problems = floor_problems(dev, json.loads(recorded_path.read_text(encoding="utf-8")))
        for problem in problems:
            print(f"validate: below the floor: {problem}", file=sys.stderr)
        if problems:
            print(
                "a rule change lowered agreement with real postings; if intended, "
                "re-record with: python bench/validate.py --record",
                file=sys.stderr,
            )
            return 1
        print("floor: every development figure is within one case of the recorded one")
    return 0


if __name__ == "__main__":
    sys.exit(main())
