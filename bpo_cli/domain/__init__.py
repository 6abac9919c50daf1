"""The domain: typed knowledge, profiles, conditions and the rule engine. No I/O here."""
