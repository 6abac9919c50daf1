"""Tables in and out: class lists from CSV, TSV, JSON Lines and .xlsx; results as CSV and .xlsx."""
