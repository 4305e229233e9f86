"""`warwire eval` on the development corpus: French precision ≥ 0.95 and recall ≥ 0.90 in every family."""

import json

from orchestration.cli import main
from tests.conftest import TEST_DATA

CORPUS = TEST_DATA / "corpus"


def test_french_precision_and_recall(capsys):
    assert main(["eval", "--articles", str(CORPUS / "articles.jsonl"), "--gold", str(CORPUS / "gold.jsonl"), "--json"]) == 0
    french = json.loads(capsys.readouterr().out)["fr"]
    for family in ("interception", "aid_package", "meeting"):
        score = french[family]
        assert score["hits"] > 0, family
        assert score["precision"] >= 0.95, (family, score["errors"])
        assert score["recall"] >= 0.90, (family, score["errors"])
