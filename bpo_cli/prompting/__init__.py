"""Interactive prompting: the questionnaire. Only the CLI imports this package."""
