"""The advice as a report a person can keep or print: answers, a chart, each role in full."""

from __future__ import annotations

from bpo_cli import __version__
from bpo_cli.domain.advice import Advice
from bpo_cli.domain.knowledge import KnowledgeBase
from bpo_cli.knowledge.onet import ATTRIBUTION
from bpo_cli.render.advice_view import FIT_MEANING, answers_view, badge, gap_lines, missing_text
from bpo_cli.render.blocks import (
    Bar,
    Block,
    Bullets,
    Cell,
    Chart,
    Fields,
    Heading,
    Paragraph,
    Section,
    Span,
    Table,
)
from bpo_cli.render.views import sources_text
from bpo_cli.services.about import DISCLAIMER

CHARTED = 10  # roles in the chart and the ranking table
DETAILED = 5  # roles described in full


def report_view(kb: KnowledgeBase, advice: Advice) -> list[Block]:
    best = advice.matches[:CHARTED]
    rows: list[list[Cell]] = [
        [str(i), Span(m.title, "strong"), Bar(m.score), badge(m.fit), missing_text(kb, m)]
        for i, m in enumerate(best, 1)
    ]
    blocks: list[Block] = [
        Heading("Your BPO career report", f"made with bpo {__version__}"),
        Paragraph(DISCLAIMER, style="warn"),
        *answers_view(kb, advice.profile),
        Chart(
            [(m.title, float(m.score)) for m in best],
            title="How well the best roles fit you",
            unit="score",
        ),
        Table(["#", "Role", "Score", "Fit", "Missing"], rows, title="Your best roles"),
    ]
    for rank, match in enumerate(advice.matches[:DETAILED], 1):
        role = kb.roles[match.role]
        why = sorted((r for r in match.reasons if r.weight > 0), key=lambda r: -r.weight)
        blocks.append(
            Section(
                f"{rank}. {match.title}",
                [
                    Paragraph(role.description),
                    Fields(
                        [
                            ("Fit", [badge(match.fit), Span(f"  {FIT_MEANING[match.fit]}")]),
                            ("Score", Bar(match.score)),
                        ]
                    ),
                    Bullets([r.text for r in why], title="Why it fits"),
                    Bullets(gap_lines(kb, match.gaps), title="Gaps"),
                    Bullets(
                        [s.text for s in match.steps],
                        title="Steps",
                        numbered=True,
                        details=[list(s.how) for s in match.steps],
                    ),
                ],
                style=badge(match.fit).style,
            )
        )
    sources = sorted({s for m in advice.matches[:DETAILED] for s in kb.roles[m.role].sources})
    blocks.append(
        Section(
            "Sources",
            [
                Paragraph(sources_text(kb, tuple(sources))),
                Paragraph(ATTRIBUTION, style="dim"),
            ],
        )
    )
    return blocks
