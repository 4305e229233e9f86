"""Turn spaCy documents into event mentions: one row per extracted mention, with its evidence."""
