"""Backends: each turns a view's blocks (or a document, for JSON) into one output format.

plain (pipes and files), rich (a terminal), markdown, html and json. A new format is one module
here plus one line in `bpo_cli/render/emit.py` and in `Format` (`bpo_cli/cli/options.py`).
"""
