"""Great Expectations suites, one per published table, and the code that runs them on staged rows."""
