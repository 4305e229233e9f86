"""Materialising a partition twice leaves the same published rows."""

import duckdb

from tests.conftest import SEED_PARTITION, copy_seed, run_partition
from tests.test_quality_gate import PUBLISHED, published_rows


def test_rerun_leaves_identical_rows(pipeline_env):
    landing, warehouse_path = pipeline_env
    copy_seed(landing)
    assert run_partition(SEED_PARTITION).success
    first = published_rows(warehouse_path)
    assert run_partition(SEED_PARTITION).success
    second = published_rows(warehouse_path)
    assert second == first
    con = duckdb.connect(str(warehouse_path), read_only=True)
    counts = {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in PUBLISHED}
    con.close()
    assert counts == {
        "articles": 1,
        "interception_claims": 1,
        "interceptions": 3,
        "aid_packages": 1,
        "diplomatic_meetings": 1,
        "meeting_participants": 3,
    }
