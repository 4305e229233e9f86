"""Pure Python/Polars business logic: batch parsing, spaCy extraction, normalisation, fact building."""
