"""Renderers: views build format-neutral blocks; backends turn blocks into text. No I/O here."""
