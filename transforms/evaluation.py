"""Precision, recall and per-field accuracy of the extractor against hand-made gold facts.

Matching (one gold row to at most one predicted row, within one article and family):
- interception: same weapon, count and set of region codes;
- aid package: same donor and currency, amount within 0.5%;
- meeting: same set of participant names; when the gold names nobody, same city. Calls are not meetings.
Borderline gold rows are reported apart: a prediction matching one is neither a hit nor a false positive,
and a missed one is not a miss.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

FAMILIES = ("interception", "aid_package", "meeting")
AMOUNT_TOLERANCE = 0.005
FIELDS = {
    "interception": ("count", "weapon", "region_codes", "event_date", "claimant_country"),
    "aid_package": ("donor", "recipient", "amount", "currency", "kind", "announced_date"),
    "meeting": ("participants", "city", "country", "meeting_date", "status", "format"),
}


def _same_amount(gold: float | None, predicted: float | None) -> bool:
    if gold is None or predicted is None:
        return gold is predicted
    return abs(gold - predicted) <= AMOUNT_TOLERANCE * abs(gold)


def _matches(family: str, gold: dict, predicted: dict) -> bool:
    if family == "interception":
        return (gold["weapon"], gold["count"], sorted(gold["region_codes"])) == (
            predicted["weapon"], predicted["count"], sorted(predicted["region_codes"]))
    if family == "aid_package":
        return gold["donor"] == predicted["donor"] and gold["currency"] == predicted["currency"] and _same_amount(gold["amount"], predicted["amount"])
    if not gold["participants"]:
        return not predicted["participants"] and gold["city"] == predicted["city"]
    return set(gold["participants"]) == set(predicted["participants"])


def _field_equal(name: str, gold: object, predicted: object) -> bool:
    if name == "amount":
        return _same_amount(gold, predicted)
    if isinstance(gold, list):
        return sorted(gold) == sorted(predicted or [])
    return gold == predicted


@dataclass
class FamilyScore:
    hits: int = 0
    misses: int = 0
    false_positives: int = 0
    borderline_matched: int = 0
    borderline_missed: int = 0
    field_hits: dict[str, int] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        found = self.hits + self.false_positives
        return self.hits / found if found else None

    @property
    def recall(self) -> float | None:
        expected = self.hits + self.misses
        return self.hits / expected if expected else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else None

    def as_dict(self) -> dict:
        return {
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
            "hits": self.hits, "misses": self.misses, "false_positives": self.false_positives,
            "borderline_matched": self.borderline_matched, "borderline_missed": self.borderline_missed,
            "field_accuracy": {name: count / self.hits for name, count in self.field_hits.items()} if self.hits else {},
            "errors": self.errors,
        }


def score_article(family: str, gold_rows: list[dict], predictions: list[dict], score: FamilyScore) -> None:
    remaining = list(predictions)
    # Firm rows claim their match first, so that a borderline row never steals a hit.
    for gold in sorted(gold_rows, key=lambda row: bool(row.get("borderline"))):
        match = next((p for p in remaining if _matches(family, gold, p)), None)
        if match is not None:
            remaining.remove(match)
        if gold.get("borderline"):
            if match is None:
                score.borderline_missed += 1
            else:
                score.borderline_matched += 1
            continue
        if match is None:
            score.misses += 1
            score.errors.append({"kind": "missed", "gold": gold})
            continue
        score.hits += 1
        for name in FIELDS[family]:
            if _field_equal(name, gold.get(name), match.get(name)):
                score.field_hits[name] = score.field_hits.get(name, 0) + 1
    for prediction in remaining:
        score.false_positives += 1
        score.errors.append({"kind": "false_positive", "predicted": prediction})


def evaluate(
    articles: list[dict], gold: list[dict], predict: Callable[[list[dict]], dict[str, dict[str, list[dict]]]]
) -> dict[str, dict[str, FamilyScore]]:
    """Scores per language and family; `predict` maps articles to {article_id: {family: [rows]}}."""
    predictions = predict(articles)
    scores: dict[str, dict[str, FamilyScore]] = {}
    for article in articles:
        by_family = scores.setdefault(article.get("lang") or "fr", {family: FamilyScore() for family in FAMILIES})
        for family in FAMILIES:
            gold_rows = [row for row in gold if row["article_id"] == article["id"] and row["family"] == family]
            predicted = predictions.get(article["id"], {}).get(family, [])
            score_article(family, gold_rows, predicted, by_family[family])
    return scores


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def format_table(scores: dict[str, dict[str, FamilyScore]]) -> str:
    lines = [f"{'lang':<5}{'family':<14}{'P':>6}{'R':>6}{'F1':>6}{'hit':>5}{'miss':>5}{'FP':>5}{'bl+':>5}{'bl-':>5}  field accuracy on hits"]
    for lang, families in sorted(scores.items()):
        for family, score in families.items():
            def fmt(value):
                return f"{value:6.2f}" if value is not None else f"{'-':>6}"
            fields = ", ".join(f"{name} {count / score.hits:.2f}" for name, count in score.field_hits.items()) if score.hits else ""
            lines.append(
                f"{lang:<5}{family:<14}{fmt(score.precision)}{fmt(score.recall)}{fmt(score.f1)}"
                f"{score.hits:>5}{score.misses:>5}{score.false_positives:>5}{score.borderline_matched:>5}{score.borderline_missed:>5}  {fields}"
            )
    lines.append("bl+ / bl-: borderline gold rows matched / missed (not counted in P and R)")
    return "\n".join(lines)
