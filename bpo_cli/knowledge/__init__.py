"""The knowledge base: reading, checking and caching the YAML under data/."""
