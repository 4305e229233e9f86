"""A corpus of broken and hostile batch files, built at test time (nothing big and no symlink is committed):
each case says which files it writes into a landing folder and what reading them must publish or quarantine."""

from tests.bad_input.cases import CASES, INJECTION_FIELDS
from tests.bad_input.corpus import CORPUS_LIMITS, GOOD_DAY, Case, Published, Quarantined, write_case

__all__ = ["CASES", "CORPUS_LIMITS", "GOOD_DAY", "INJECTION_FIELDS", "Case", "Published", "Quarantined", "write_case"]
