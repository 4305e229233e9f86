"""DuckDB: schema, write-audit-publish, reads. The only package that opens DuckDB connections."""
