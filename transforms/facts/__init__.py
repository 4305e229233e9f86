"""Build fact tables (Polars) from event mentions: normalise, merge repeated mentions, keep evidence."""
