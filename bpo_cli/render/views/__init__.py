"""Views: one module per command family, each turning its documents into format-neutral blocks.

A family module is named after its documents module (`bpo_cli/documents/lookup.py` is drawn by
`bpo_cli/render/views/lookup.py`) and declares `VIEWS`: document type -> `View`. Views read the
document (and the knowledge base, for labels); they never compute a figure the document lacks.
"""
