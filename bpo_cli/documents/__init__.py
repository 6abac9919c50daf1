"""The documents bpo prints: one msgspec Struct per command result, the versioned JSON contract.

A document is plain data (no knowledge base, no I/O). Its Struct is the single description of the
command's `--json` output: `bpo schema` and the files in `bpo_cli/schemas/` are generated from it
(`bpo_cli/documents/schema.py`), and every text, Markdown and HTML view reads the same document, so
no figure is computed twice. Add a key by adding a field (with its `Meta` description) here; the
schema test then asks you to regenerate the shipped files.
"""
