"""Smoke test of the benchmark: it runs end to end on a small batch and its three extractions agree."""

import subprocess
import sys

from tests.conftest import REPO


def test_benchmark_runs_and_product_baseline_and_published_facts_agree():
    result = subprocess.run(
        [sys.executable, str(REPO / "bench" / "nightly.py"), "--articles", "120"], capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "published by the nightly run = product extraction: yes" in result.stdout
    assert "product = naive baseline: yes" in result.stdout
    for figure in ("tokenizer only", "product extraction", "nightly run (Dagster)", "naive baseline", "product / naive baseline"):
        assert figure in result.stdout
