"""Lookup commands: roles, role, types, type, vocab, overview.

Modules below the CLI are imported inside each command, so that starting `bpo` costs only
what the command in hand needs.
"""

from typing import Annotated

import typer

from bpo_cli.cli.common import complete_role, complete_type, knowledge
from bpo_cli.cli.options import Data, FormatOpt, Json, NoColor, Output
from bpo_cli.cli.output import Out, emit, message


def roles_cmd(
    type_: Annotated[
        str | None,
        typer.Option(
            "--type",
            "-t",
            metavar="TYPE",
            autocompletion=complete_type,
            help="Only roles of this BPO type (kpo includes lpo and rpo).",
        ),
    ] = None,
    education: Annotated[
        str | None,
        typer.Option(
            "--education",
            "-e",
            metavar="LEVEL",
            help="Only roles open to this education level (see `bpo vocab education`).",
        ),
    ] = None,
    json: Json = False,
    format_: FormatOpt = None,
    output: Output = None,
    data: Data = None,
    no_color: NoColor = False,
) -> None:
    """List BPO roles, optionally of one type or open to one education level."""
    from bpo_cli.services import lookup

    kb = knowledge(data)
    out = Out(json, format_, output, no_color)
    listing = lookup.roles_document(kb, lookup.list_roles(kb, type_, education))
    emit(listing, out, kb)
    if listing.note and out.fmt == "json":
        message(listing.note)  # the JSON is a bare list: the note goes to the person instead


def role_cmd(
    name: Annotated[
        str,
        typer.Argument(help="A slug, title or alias, in any case.", autocompletion=complete_role),
    ],
    country: Annotated[
        str | None,
        typer.Option(
            "--country",
            "-c",
            metavar="COUNTRY",
            help="Pay, hiring and programmes for this country only (see `bpo vocab countries`).",
        ),
    ] = None,
    json: Json = False,
    format_: FormatOpt = None,
    output: Output = None,
    data: Data = None,
    no_color: NoColor = False,
) -> None:
    """Everything about one role: work, education, skills, pay, hiring, outlook, O*NET facts."""
    from bpo_cli.services import lookup

    kb = knowledge(data)
    where = lookup.find_country(kb, country) if country is not None else None
    emit(
        lookup.role_document(kb, lookup.find_role(kb, name), where),
        Out(json, format_, output, no_color),
        kb,
    )


def types_cmd(
    json: Json = False,
    format_: FormatOpt = None,
    output: Output = None,
    data: Data = None,
    no_color: NoColor = False,
) -> None:
    """List the BPO types: by function, by location and by service."""
    from bpo_cli.services import lookup

    kb = knowledge(data)
    emit(lookup.types_document(kb), Out(json, format_, output, no_color), kb)


def type_cmd(
    name: Annotated[
        str, typer.Argument(help="A type slug or name, e.g. kpo.", autocompletion=complete_type)
    ],
    json: Json = False,
    format_: FormatOpt = None,
    output: Output = None,
    data: Data = None,
    no_color: NoColor = False,
) -> None:
    """One BPO type: what it is, examples, benefits, challenges and its roles."""
    from bpo_cli.services import lookup

    kb = knowledge(data)
    document = lookup.type_document(kb, lookup.find_type(kb, name))
    emit(document, Out(json, format_, output, no_color), kb)


def vocab_cmd(
    kind: Annotated[
        str | None,
        typer.Argument(
            help="One of: education, fields, skills, interests, tags, preferences, countries."
        ),
    ] = None,
    item: Annotated[
        str | None, typer.Argument(help="One id, e.g. `bpo vocab skills excel`.")
    ] = None,
    json: Json = False,
    format_: FormatOpt = None,
    output: Output = None,
    data: Data = None,
    no_color: NoColor = False,
) -> None:
    """The ids answers and rules use: education levels, fields, skills, interests, tags,
    preferences and countries."""
    from bpo_cli.services import lookup

    kb = knowledge(data)
    kinds = [lookup.check_vocabulary(kind)] if kind else list(lookup.VOCABULARIES)
    out = Out(json, format_, output, no_color)
    if item is not None:
        emit(lookup.vocab_item_document(kb, kinds[0], item), out, kb)
    else:
        emit(lookup.vocab_document(kb, kinds), out, kb)


def overview_cmd(
    json: Json = False,
    format_: FormatOpt = None,
    output: Output = None,
    data: Data = None,
    no_color: NoColor = False,
) -> None:
    """BPO in general: what it is, why companies outsource, challenges, market and industries."""
    from bpo_cli.services import lookup

    kb = knowledge(data)
    emit(lookup.overview_document(kb), Out(json, format_, output, no_color), kb)
