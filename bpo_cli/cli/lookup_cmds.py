"""Lookup commands: roles, role, types, type, vocab, overview.

Modules below the CLI are imported inside each command, so that starting `bpo` costs only
what the command in hand needs.
"""

from typing import Annotated

import typer

from bpo_cli.cli.common import complete_role, complete_type, knowledge
from bpo_cli.cli.options import Data, Json, NoColor
from bpo_cli.cli.output import emit_blocks, emit_json, message


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
    data: Data = None,
    no_color: NoColor = False,
) -> None:
    """List BPO roles, optionally of one type or open to one education level."""
    from bpo_cli.render import json_out, views
    from bpo_cli.services import lookup

    kb = knowledge(data)
    listing = lookup.list_roles(kb, type_, education)
    if json:
        emit_json([json_out.role_dict(kb, r) for r in listing.roles])
        if listing.note:
            message(listing.note)
        return
    emit_blocks(views.roles_view(kb, listing.roles, listing.note), no_color=no_color)


def role_cmd(
    name: Annotated[
        str,
        typer.Argument(help="A slug, title or alias, in any case.", autocompletion=complete_role),
    ],
    json: Json = False,
    data: Data = None,
    no_color: NoColor = False,
) -> None:
    """Everything about one role: work, education, skills, interests, O*NET facts, career steps."""
    from bpo_cli.render import json_out, views
    from bpo_cli.services import lookup

    kb = knowledge(data)
    role = lookup.find_role(kb, name)
    if json:
        emit_json(json_out.role_dict(kb, role))
    else:
        emit_blocks(views.role_view(kb, role), no_color=no_color)


def types_cmd(json: Json = False, data: Data = None, no_color: NoColor = False) -> None:
    """List the BPO types: by function, by location and by service."""
    from bpo_cli.render import json_out, views
    from bpo_cli.services import lookup

    kb = knowledge(data)
    if json:
        emit_json(
            [json_out.type_dict(kb, t, lookup.roles_of_type(kb, t)) for t in kb.types.values()]
        )
    else:
        emit_blocks(views.types_view(kb), no_color=no_color)


def type_cmd(
    name: Annotated[
        str, typer.Argument(help="A type slug or name, e.g. kpo.", autocompletion=complete_type)
    ],
    json: Json = False,
    data: Data = None,
    no_color: NoColor = False,
) -> None:
    """One BPO type: what it is, examples, benefits, challenges and its roles."""
    from bpo_cli.render import json_out, views
    from bpo_cli.services import lookup

    kb = knowledge(data)
    bpo_type = lookup.find_type(kb, name)
    roles = lookup.roles_of_type(kb, bpo_type)
    if json:
        emit_json(json_out.type_dict(kb, bpo_type, roles))
    else:
        emit_blocks(views.type_view(kb, bpo_type, roles), no_color=no_color)


def vocab_cmd(
    kind: Annotated[
        str | None,
        typer.Argument(help="One of: education, fields, skills, interests, tags, preferences."),
    ] = None,
    item: Annotated[
        str | None, typer.Argument(help="One id, e.g. `bpo vocab skills excel`.")
    ] = None,
    json: Json = False,
    data: Data = None,
    no_color: NoColor = False,
) -> None:
    """The ids answers and rules use: education levels, fields, skills, interests, tags."""
    from bpo_cli.render import json_out, views
    from bpo_cli.services import lookup

    kb = knowledge(data)
    kinds = [lookup.check_vocabulary(kind)] if kind else list(lookup.VOCABULARIES)
    if item is not None:
        item_id = lookup.find_vocab_id(kb, kinds[0], item)
        if json:
            emit_json(json_out.vocab_item(kb, kinds[0], item_id))
        else:
            emit_blocks(views.vocab_item_view(kb, kinds[0], item_id), no_color=no_color)
        return
    if json:
        emit_json(
            {
                "schema_version": json_out.SCHEMA_VERSION,
                **{k: json_out.vocab_items(kb, k) for k in kinds},
            }
        )
    else:
        emit_blocks(views.vocab_views(kb, kinds), no_color=no_color)


def overview_cmd(json: Json = False, data: Data = None, no_color: NoColor = False) -> None:
    """BPO in general: what it is, why companies outsource, challenges, market and industries."""
    from bpo_cli.render import json_out, views

    kb = knowledge(data)
    if json:
        emit_json(json_out.overview_dict(kb))
    else:
        emit_blocks(views.overview_view(kb), no_color=no_color)
