"""The pre-filter drops only sentences that can hold no mention, and the fast path finds exactly the mentions
of the full pipeline run over every whole article."""

import json
import sys

import pytest

from tests.conftest import REPO, SAMPLE, TEST_DATA
from transforms.extract.articles import Window, blank_citations, extract_articles, extract_whole_articles, parse_windows
from transforms.extract.candidates import FAMILY_LABELS, candidate_sentences, may_hold_fact, sentence_regexes
from transforms.extract.mentions import Mention
from transforms.nlp import build_pipeline, shared_pipeline

sys.path.insert(0, str(REPO / "bench"))
from corpus import generate  # noqa: E402

# Written for these tests in the style of French wire copy; they describe no real event.
WIRE_STYLE = [
    "La défense antiaérienne russe a abattu 41 drones ukrainiens dans la nuit, dont 17 dans la région de Belgorod, "
    "12 dans celle de Koursk, le reste au-dessus de la mer d'Azov, a indiqué le ministère de la Défense.",
    "Selon l'armée de l'air ukrainienne, 58 des 73 drones lancés par la Russie ont été neutralisés ou ont disparu "
    "des radars.\nLes débris ont endommagé un entrepôt.",
    "Berlin a annoncé mardi une nouvelle aide militaire de 500 millions d'euros à Kiev. Le paquet comprend des "
    "munitions, des véhicules blindés et des drones de reconnaissance.",
    "Le président Volodymyr Zelensky s'est entretenu jeudi à Rome avec la présidente du Conseil italien, "
    "avant de rencontrer le pape.",
    "Paris débloque une enveloppe de 2,5 Mds€ pour Kiev, et Londres un prêt de 500 M$.",
    "Les ministres ont signé un accord. Il a été conclu entre les deux pays en présence du secrétaire général.",
    # "la péninsule" four sentences after the Crimea it means: further back than a parse window reaches.
    "Des drones ukrainiens ont de nouveau visé la Crimée dans la nuit de samedi à dimanche, selon les autorités "
    "locales installées par Moscou. Les habitants de plusieurs villes côtières ont été invités à rester chez eux "
    "jusqu'au lever du jour et à ne pas approcher des fenêtres. Les écoles et les marchés de la région resteront "
    "fermés jusqu'à lundi matin, ont précisé les services municipaux dans un message publié sur leur site. Les "
    "autorités ont aussi demandé aux riverains de signaler tout débris tombé dans les jardins ou sur les routes. "
    "Selon le ministère russe de la Défense, deux drones ont été abattus au-dessus de la péninsule.",
]


def _shipped_articles() -> list[tuple[str, str, str, str | None]]:
    paths = [TEST_DATA / "corpus" / "articles.jsonl", *sorted(SAMPLE.glob("*.jsonl"))]
    records = [json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [(r["id"], r["lang"], r["text"], r.get("title")) for r in records]
    return articles + [(f"wire-{i}", "fr", text, None) for i, text in enumerate(WIRE_STYLE)]


def _naive(articles) -> list[Mention]:
    return [m for lang in ("fr", "en") for m in extract_whole_articles(build_pipeline(lang), lang, [a for a in articles if a[1] == lang])]


def _key(mention: Mention) -> tuple:
    return (mention.article_id, mention.sentence_index, mention.char_start, mention.family)


def test_every_required_label_lies_in_a_sentence_the_prefilter_keeps():
    regexes = sentence_regexes()
    labels = {label for required in FAMILY_LABELS.values() for label in required}
    checked = 0
    for lang in ("fr", "en"):
        nlp = build_pipeline(lang)
        texts = [blank_citations(text) for _, article_lang, text, _ in _shipped_articles() if article_lang == lang]
        for doc in nlp.pipe(texts):
            for span in doc.spans["lexicon"]:
                if span.label_ in labels:
                    sentence = span.sent
                    assert regexes[span.label_].search(doc.text, sentence.start_char, sentence.end_char), (span.label_, span.text, sentence.text)
                    checked += 1
    assert checked > 300


def test_prefilter_drops_articles_and_sentences_without_triggers():
    texts = [
        "Le Stade rennais s'est imposé 2-0 samedi face à Lens.",
        "Deux Su-34 ont été abattus près de Koursk.",
        "Le conseil municipal a voté le budget. La séance a été levée à minuit.",
    ]
    import polars as pl

    assert may_hold_fact(pl.Series(texts)).to_list() == [False, True, False]
    text = "La pluie est tombée. Un drone a été abattu. Le sommet se tiendra à Paris. Rien d'autre."
    starts = [0, 21, 44, 75]
    assert candidate_sentences(text, starts) == {"interception": [1], "aid": [], "meeting": [2]}


def test_windows_cover_the_sentences_read_before_and_after_a_candidate_and_context_then_merge():
    bounds = [(0, 10), (10, 30), (30, 40), (40, 60), (60, 90), (90, 100)]
    # An interception claim reads the sentence before it (its speaker) and the two after it; an aid package the two after.
    assert parse_windows(bounds, 100, {"interception": [1], "aid": [], "meeting": []}) == [Window(0, 66, [1])]
    assert parse_windows(bounds, 100, {"interception": [3], "aid": [], "meeting": []}) == [Window(24, 100, [3])]
    assert parse_windows(bounds, 100, {"interception": [], "aid": [3], "meeting": [5]}) == [Window(34, 100, [3, 5])]
    assert parse_windows(bounds, 100, {"interception": [], "aid": [], "meeting": [1]}) == [Window(4, 36, [1])]


def test_a_shifted_mention_moves_its_offsets_and_parts():
    mention = Mention("a", "interception", "r", 0, "s", 2, 5, 9, {"parts": [{"char_start": 5, "char_end": 9, "count": 3}]})
    moved = mention.shifted(100, 4)
    assert (moved.sentence_index, moved.sentence_start, moved.char_start, moved.char_end) == (4, 102, 105, 109)
    assert moved.payload["parts"] == [{"char_start": 105, "char_end": 109, "count": 3}]


@pytest.mark.parametrize("processes", [1, 2])
def test_fast_path_finds_exactly_the_naive_mentions(processes):
    generated = [(r["id"], r["lang"], r["text"], r["title"]) for r in generate(260, seed=7)]
    articles = _shipped_articles() + generated
    product = sorted(extract_articles(shared_pipeline, articles, processes=processes), key=_key)
    naive = sorted(_naive(articles), key=_key)
    assert len(naive) > 150
    assert product == naive
