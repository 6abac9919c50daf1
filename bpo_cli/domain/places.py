"""Items that apply in some countries only (`countries: [...]` in the data).

With the person's country, an item for other countries is left out; with no country (the
answers did not say), every item is kept and a country-specific one is labelled "(India)".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from bpo_cli.domain.knowledge import KnowledgeBase


def applies(countries: Iterable[str], country: str | None) -> bool:
    """Whether an item for `countries` (empty: everywhere) is for `country` (None: show all)."""
    where = tuple(countries)
    return country is None or not where or country in where


def label(kb: KnowledgeBase, countries: Iterable[str], country: str | None) -> str:
    """' (India)' for a country-specific item shown without a country, else ''."""
    where = tuple(countries)
    if country is not None or not where:
        return ""
    return f" ({', '.join(kb.label('countries', c) for c in where)})"


def placed(
    kb: KnowledgeBase,
    texts: Iterable[str],
    countries: Mapping[str, tuple[str, ...]],
    country: str | None,
) -> tuple[str, ...]:
    """The texts that apply in `country`, each labelled with its countries when none is given."""
    return tuple(
        text + label(kb, countries.get(text, ()), country)
        for text in texts
        if applies(countries.get(text, ()), country)
    )
