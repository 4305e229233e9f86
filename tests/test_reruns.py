"""Rerunning an unchanged partition reuses the extraction results instead of calling spaCy again."""

import shutil

import pytest
from spacy.language import Language

from orchestration.defs import extract as extract_assets
from tests.conftest import SEED_PARTITION, copy_seed, run_partition
from tests.test_quality_gate import published_rows


@pytest.fixture
def spacy_calls(monkeypatch):
    """Counts every document the spaCy pipeline is asked to process."""
    calls = []
    original_pipe, original_call = Language.pipe, Language.__call__

    def pipe(self, texts, *args, **kwargs):
        for item in original_pipe(self, texts, *args, **kwargs):
            calls.append("pipe")
            yield item

    def call(self, *args, **kwargs):
        calls.append("call")
        return original_call(self, *args, **kwargs)

    monkeypatch.setattr(Language, "pipe", pipe)
    monkeypatch.setattr(Language, "__call__", call)
    return calls


def extraction_metadata(result) -> dict:
    [materialization] = result.asset_materializations_for_node("event_mentions")
    return {key: value.value for key, value in materialization.metadata.items() if key.startswith("articles_")}


def test_rerun_does_not_call_spacy(pipeline_env, spacy_calls):
    landing, warehouse_path = pipeline_env
    copy_seed(landing)
    first = run_partition(SEED_PARTITION)
    assert first.success
    assert extraction_metadata(first) == {"articles_parsed": 1, "articles_reused": 0}
    assert spacy_calls
    published = published_rows(warehouse_path)

    spacy_calls.clear()
    rerun = run_partition(SEED_PARTITION)
    assert rerun.success
    assert spacy_calls == []
    assert extraction_metadata(rerun) == {"articles_parsed": 0, "articles_reused": 1}
    assert published_rows(warehouse_path) == published


def test_a_new_extractor_version_parses_again(pipeline_env, spacy_calls, monkeypatch):
    landing, _ = pipeline_env
    copy_seed(landing)
    assert run_partition(SEED_PARTITION).success
    monkeypatch.setattr(extract_assets, "extractor_version", lambda: "extract-changed-rules")
    spacy_calls.clear()
    rerun = run_partition(SEED_PARTITION)
    assert rerun.success
    assert spacy_calls
    assert extraction_metadata(rerun) == {"articles_parsed": 1, "articles_reused": 0}


@pytest.mark.parametrize(
    ("version_of", "changed_file", "added_line"),
    [
        ("extractor_version", "rules/lexicon.jsonl", '{"label": "TRIGGER", "pattern": [{"LOWER": "neutralisé"}]}\n'),
        # A module of a package inside extract/ is extraction code too.
        ("extractor_version", "extract/interceptions/claims.py", "# changed\n"),
        # Likewise a module of a package inside facts/: a change to it marks the facts stale in the UI.
        ("facts_version", "facts/interceptions/merge.py", "# changed\n"),
    ],
)
def test_code_versions_follow_rule_and_code_files(tmp_path, monkeypatch, version_of, changed_file, added_line):
    from transforms import versions

    package = tmp_path / "transforms"
    shutil.copytree(versions.PACKAGE_DIR, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(versions, "PACKAGE_DIR", package)
    code_version = getattr(versions, version_of)
    code_version.cache_clear()
    before = code_version()
    with (package / changed_file).open("a", encoding="utf-8") as handle:
        handle.write(added_line)
    code_version.cache_clear()
    assert code_version() != before
    code_version.cache_clear()
