"""The O*NET extract (CC BY 4.0): occupation facts looked up by O*NET-SOC code."""

from __future__ import annotations

from bpo_cli.domain.models import HOLLAND_LETTERS, OnetOccupation

COLUMNS = [
    "soc",
    "title",
    *HOLLAND_LETTERS,
    "high_point_code",
    "job_zone",
    "modal_education_category",
    "modal_education_pct",
]


class OnetTable:
    """Rows of occupations.tsv, split lazily: only the codes roles use are parsed in full."""

    def __init__(self, occupations_tsv: str, categories_tsv: str = "") -> None:
        lines = occupations_tsv.splitlines()
        self.header_ok = bool(lines) and lines[0].split("\t") == COLUMNS
        self._rows = {line.split("\t", 1)[0]: line for line in lines[1:] if line.strip()}
        self._categories: dict[int, str] = {}
        for line in categories_tsv.splitlines()[1:]:
            number, _, label = line.partition("\t")
            if number.strip().isdigit():
                self._categories[int(number)] = label.strip()

    def __len__(self) -> int:
        return len(self._rows)

    def occupation(self, soc: str) -> OnetOccupation | None:
        line = self._rows.get(soc)
        if line is None:
            return None
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            return None
        row = dict(zip(COLUMNS, cells, strict=True))
        try:
            scores = {letter: float(row[letter]) for letter in HOLLAND_LETTERS}
            zone = int(row["job_zone"])
            category = (
                int(row["modal_education_category"]) if row["modal_education_category"] else None
            )
            pct = int(row["modal_education_pct"]) if row["modal_education_pct"] else None
        except ValueError:
            return None
        return OnetOccupation(
            soc=soc,
            title=row["title"],
            interest_scores=scores,
            holland=row["high_point_code"],
            job_zone=zone,
            education_category=category,
            education_label=self._categories.get(category) if category else None,
            education_pct=pct,
        )
