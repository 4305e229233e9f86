"""Long texts: an article past spaCy's max_length, a text with no full stop, an article of thousands of candidate
sentences. Each goes through in pieces and bounded sentences and windows, and its facts are still found."""

import random
import time
from datetime import datetime, timezone

import duckdb
from spacy.tokens import Doc

from tests.conftest import run_partition, write_jsonl
from transforms.extract import articles
from transforms.extract.aid import ITEM_LOOKAHEAD_SENTENCES
from transforms.extract.articles import CONTEXT_TOKENS, PARSE_TOKENS, extract_articles, extract_whole_articles, parse_windows, text_pieces
from transforms.extract.mentions import Mention, spans_in
from transforms.facts.interceptions.merge import Claim, _taking_claim, merge_claims, stated
from transforms.nlp import MAX_SENTENCE_TOKENS, punctuation_sentences, shared_pipeline

# Written for these tests in the style of French wire copy; they describe no real event.
ORDINARY = [
    "Le conseil municipal de Lyon a adopté mardi soir le budget de l'année prochaine, après un débat de plus de quatre heures.",
    "Les prix de l'énergie ont reculé de 3 % en un mois, selon les chiffres publiés jeudi par l'Insee.",
    "La SNCF prévoit des perturbations sur plusieurs lignes régionales ce week-end en raison de travaux.",
    "Le Stade rennais s'est imposé 2-0 samedi face à Lens, au terme d'un match disputé sous la pluie.",
    "Météo-France a placé douze départements en vigilance orange pour des orages attendus dans la nuit.",
    "Le festival d'Avignon a annoncé sa programmation, qui fera une large place aux jeunes compagnies.",
    "La Banque centrale européenne a laissé ses taux directeurs inchangés, comme l'attendaient les marchés.",
    "Une exposition consacrée aux peintres impressionnistes ouvrira ses portes au printemps au musée d'Orsay.",
    "Les ventes de voitures électriques ont progressé de 12 % sur un an, portées par les nouveaux modèles.",
    "Le tribunal de commerce a validé le plan de reprise de l'entreprise, qui conserve 240 emplois.",
]
CLAIM = "Le ministère russe de la Défense a annoncé que 17 drones ukrainiens avaient été abattus au-dessus de la région de Belgorod."
EVIDENCE = "17 drones ukrainiens avaient été abattus au-dessus de la région de Belgorod"
# A wall-clock bound far above what these texts take (a few seconds), far below what a quadratic pass takes.
REASONABLE_SECONDS = 60


def _paragraphs(sentences: int) -> str:
    """Ordinary sentences, five to a paragraph."""
    return "".join(ORDINARY[i % len(ORDINARY)] + ("\n" if i % 5 == 4 else " ") for i in range(sentences))


def _claims(text: str) -> list[tuple]:
    found = list(extract_articles(shared_pipeline, [("a", "fr", text, None)]))
    return [(m.family, m.payload["total"], [part["region_codes"] for part in m.payload["parts"]]) for m in found]


def test_an_article_past_spacy_max_length_gives_its_claim_at_article_offsets():
    before = 10_500
    text = _paragraphs(before) + CLAIM + " " + _paragraphs(400)
    assert len(text) > shared_pipeline("fr").max_length and text.index(CLAIM) > articles.MAX_PIECE_CHARS
    [mention] = extract_articles(shared_pipeline, [("a", "fr", text, None)])
    assert (mention.family, mention.payload["total"], mention.payload["parts"][0]["region_codes"]) == ("interception", 17, ["RU-BEL"])
    assert text[mention.char_start : mention.char_end] == EVIDENCE
    assert (mention.sentence, mention.sentence_start, mention.sentence_index) == (CLAIM, text.index(CLAIM), before)
    [part] = mention.payload["parts"]
    assert text[part["char_start"] : part["char_end"]] == EVIDENCE


def test_a_text_of_one_sentence_without_a_full_stop_is_read_in_bounded_sentences():
    clauses = [sentence.removesuffix(".") for sentence in ORDINARY]
    parts = [clauses[i % len(clauses)] for i in range(19_000)]
    parts.insert(18_990, "et le ministère russe de la Défense a annoncé que " + EVIDENCE)
    text = ", ".join(parts)
    assert len(text) > 1_900_000 and "." not in text
    started = time.perf_counter()
    [mention] = extract_articles(shared_pipeline, [("a", "fr", text, None)])
    assert time.perf_counter() - started < REASONABLE_SECONDS
    assert text[mention.char_start : mention.char_end] == EVIDENCE
    assert (mention.payload["total"], mention.payload["parts"][0]["region_codes"]) == (17, ["RU-BEL"])
    # The claim's sentence is a run of whole clauses, cut after a comma.
    assert text[mention.sentence_start - 2 : mention.sentence_start] == ", "
    assert text[mention.sentence_start :].startswith(mention.sentence)
    assert len(shared_pipeline("fr").make_doc(mention.sentence)) <= MAX_SENTENCE_TOKENS


def test_the_whole_article_path_reads_a_text_past_spacy_max_length_as_the_fast_path_does():
    # Paragraphs set far apart by runs of blanks, as text taken from a laid-out page: long, and cheap to parse.
    blank = "\n" + " " * 40_000 + "\n"
    paragraphs = [_paragraphs(10) for _ in range(26)]
    paragraphs[23] += CLAIM
    text = blank.join(paragraphs)
    assert len(text) > shared_pipeline("fr").max_length
    whole = list(extract_whole_articles(shared_pipeline("fr"), "fr", [("a", "fr", text, None)]))
    fast = list(extract_articles(shared_pipeline, [("a", "fr", text, None)]))
    assert whole == fast
    [mention] = whole
    assert text[mention.char_start : mention.char_end] == EVIDENCE
    assert (mention.sentence_start, mention.sentence_index) == (text.index(CLAIM), 23 * 10 + 10)


def test_an_article_of_a_thousand_candidate_sentences_gives_what_one_sentence_gives():
    # Verbless, as in a headline: "17 drones abattus" is the claim; the sentences after it repeat no count.
    repeated = "Selon Moscou, 17 " + ". ".join(["drones abattus au-dessus de la région de Belgorod"] * 1_000)
    assert len(repeated) > 50_000
    started = time.perf_counter()
    expected = [("interception", 17, [["RU-BEL"]])]
    assert _claims(repeated) == _claims("Selon Moscou, 17 drones abattus au-dessus de la région de Belgorod.") == expected
    assert time.perf_counter() - started < REASONABLE_SECONDS


def test_each_sentence_gives_the_same_mention_however_many_sentences_the_article_has():
    sentence = "Selon Moscou, 17 drones ont été abattus au-dessus de la région de Belgorod. "
    [alone] = extract_articles(shared_pipeline, [("a", "fr", sentence, None)])
    assert (alone.payload["total"], alone.payload["parts"][0]["region_codes"]) == (17, ["RU-BEL"])
    many = list(extract_articles(shared_pipeline, [("a", "fr", sentence * 600, None)]))
    assert many == [alone.shifted(i * len(sentence), i) for i in range(600)]


def test_pieces_end_after_a_line_break_else_a_sentence_else_a_space(monkeypatch):
    monkeypatch.setattr(articles, "MAX_PIECE_CHARS", 20)
    assert text_pieces("") == []
    assert text_pieces("Court.") == [(0, 6)]
    # The last break of the best kind in the second half of the room: line, sentence end, space, else anywhere.
    assert text_pieces("Une ligne.\nUn mot. Et encore") == [(0, 11), (11, 28)]
    assert text_pieces("Il pleut fort. Un mot de plus ici") == [(0, 15), (15, 33)]
    assert text_pieces("sans aucune ponctuation ici") == [(0, 12), (12, 27)]
    assert text_pieces("x" * 45) == [(0, 20), (20, 40), (40, 45)]
    # A break in the first half would make a short piece; blanks that run past the room are no place to end.
    assert text_pieces("Un.\nmot puis encore des mots") == [(0, 13), (13, 28)]
    assert text_pieces("Il pleut fort." + " " * 10 + "Fin") == [(0, 20), (20, 27)]


def test_a_sentence_without_stop_ends_after_its_last_clause_before_the_bound():
    nlp = shared_pipeline("fr")
    clause = "les travaux reprendront lundi dans le quartier de la gare"  # 10 tokens
    doc = punctuation_sentences(nlp.make_doc(", ".join([clause] * 250)))
    lengths = [len(sent) for sent in doc.sents]
    assert max(lengths) <= MAX_SENTENCE_TOKENS and sum(lengths) == len(doc) == 250 * 11 - 1
    assert all(sent[-1].text == "," for sent in list(doc.sents)[:-1])
    words = punctuation_sentences(nlp.make_doc(" ".join(["mot"] * (2 * MAX_SENTENCE_TOKENS + 100))))
    assert [len(sent) for sent in words.sents] == [MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, 100]


def test_a_model_name_ending_on_a_letter_ends_its_sentence_an_initial_does_not():
    nlp = shared_pipeline("fr")
    model = punctuation_sentences(nlp.make_doc("Deux missiles Iskander-K. Cependant, 63 drones ont frappé des cibles."))
    assert [sent.text for sent in model.sents] == ["Deux missiles Iskander-K.", "Cependant, 63 drones ont frappé des cibles."]
    person = punctuation_sentences(nlp.make_doc("Selon Vladimir V. Poutine, rien."))
    assert len(list(person.sents)) == 1


def test_windows_stay_within_the_parse_bound_and_read_each_candidate_once():
    # The longest window holds a candidate sentence and the sentences an aid rule reads after it, each of at most
    # MAX_SENTENCE_TOKENS words and a blank.
    assert (ITEM_LOOKAHEAD_SENTENCES + 1) * (MAX_SENTENCE_TOKENS + 1) + 2 * CONTEXT_TOKENS <= PARSE_TOKENS
    bounds = [(i * 10, i * 10 + 10) for i in range(2_000)]
    candidates = {"interception": list(range(0, 2_000, 2)), "aid": list(range(1, 2_000, 2)), "meeting": []}
    windows = parse_windows(bounds, 20_000, candidates)
    assert max(window.end - window.start for window in windows) <= PARSE_TOKENS
    assert [index for window in windows for index in window.sentences] == list(range(2_000))
    # Each window holds its candidates, and the two sentences an aid rule reads after one.
    for window in windows:
        for index in window.sentences:
            last = min(index + 2, 1_999) if index in candidates["aid"] else index
            assert window.start <= bounds[index][0] and bounds[last][1] <= window.end


def test_spans_of_a_sentence_are_those_a_scan_of_the_document_finds():
    doc = shared_pipeline("fr")(" ".join(ORDINARY[:3]) + " " + CLAIM + " Berlin et Paris ont salué la décision de Kiev.")
    for key in ("lexicon", "regions", "actors", "countries"):
        for sent in doc.sents:
            for label in (None, *{span.label_ for span in doc.spans[key]}):
                scanned = [s for s in doc.spans[key] if s.start >= sent.start and s.end <= sent.end and label in (None, s.label_)]
                assert spans_in(sent, key, label) == sorted(scanned, key=lambda span: (span.start, -span.end))


def test_the_span_index_follows_a_group_set_again():
    doc = Doc(shared_pipeline("fr").vocab, words=["Des", "drones", "au-dessus", "de", "Koursk"])
    sent = doc[0:5]
    doc.spans["regions"] = [doc[4:5]]
    assert [span.text for span in spans_in(sent, "regions")] == ["Koursk"]
    doc.spans["regions"] = [doc[1:2], doc[4:5]]
    assert [span.text for span in spans_in(sent, "regions")] == ["drones", "Koursk"]


def _stated_sum(parts: list[dict]) -> int:
    return sum(part["count"] or 0 for part in parts if not part["is_remainder"])


PUBLISHED_AT = datetime(2025, 5, 1, 8, tzinfo=timezone.utc)


def _joins(claim: Claim, mention: Mention) -> bool:
    payload = mention.payload
    if claim.weapon != payload["weapon"] or (payload.get("another") and not payload["is_split"]) or claim.stated.conflicts(stated(mention, PUBLISHED_AT)):
        return False
    if payload["total"] is not None:
        return claim.total == payload["total"]
    return payload["is_split"] and claim.split is None and claim.total is not None and claim.total >= _stated_sum(payload["parts"])


def _scanned_claims(mentions: list[Mention]) -> list[Claim]:
    """Claims as merge_claims builds them, but joined by a look at every earlier claim, newest first, instead of
    its index."""
    claims: list[Claim] = []
    latest_totals: dict[str | None, Claim] = {}
    for mention in mentions:
        payload = mention.payload
        only_a_rest = all(part["is_remainder"] for part in payload["parts"])
        claim = None if only_a_rest else next((claim for claim in reversed(claims) if _joins(claim, mention)), None)
        if claim is None and (taking := _taking_claim(latest_totals, mention, stated(mention, PUBLISHED_AT))) is not None:
            taking.take_parts(mention, stated(mention, PUBLISHED_AT))
            continue
        if only_a_rest:
            continue
        if claim is None:
            stated_total = None if any(part["is_remainder"] for part in payload["parts"]) else _stated_sum(payload["parts"]) or None
            total = payload["total"] if payload["total"] is not None else stated_total
            countless = all(part["count"] is None and not part["is_remainder"] for part in payload["parts"])
            claim = Claim(payload["weapon"], total, stated(mention, PUBLISHED_AT), approximate=total is None and countless)
            claims.append(claim)
        if claim.total is not None or claim.approximate:
            latest_totals[claim.weapon] = latest_totals[None] = claim
        claim.stated = claim.stated.joined(stated(mention, PUBLISHED_AT))
        claim.mentions.append(mention)
        if payload["is_split"] and claim.split is None:
            claim.split = mention
    return claims


def test_the_mentions_of_an_article_join_the_claims_a_look_at_every_claim_finds():
    rng = random.Random(7)

    def payload() -> dict:
        is_split = rng.random() < 0.4
        parts = [
            {"count": rng.choice([None, 1, 2, 5, 10]), "is_remainder": rng.random() < 0.15, "region_codes": rng.choice([[], ["RU-BEL"], ["RU-KRS"]])}
            for _ in range(rng.randint(2, 3) if is_split else 1)
        ]
        return {
            "weapon": rng.choice(["drone", "missile"]), "total": rng.choice([None, None, 5, 10, 17, 30]), "is_split": is_split,
            "parts": parts, "launched": rng.choice([None, None, 40]), "attacker_country": rng.choice([None, None, "UA", "RU"]),
            "another": rng.random() < 0.1, "governor_region": rng.choice([None, None, "RU-BEL"]), "actor_ids": rng.choice([[], ["RU-MOD"]]),
        }

    for _ in range(500):
        mentions = [Mention("a", "interception", "r", i, "s", 0, i, i + 1, payload()) for i in range(rng.randint(1, 30))]
        merged = [(claim.total, claim.mentions) for claim in merge_claims(mentions, PUBLISHED_AT)]
        assert merged == [(claim.total, claim.mentions) for claim in _scanned_claims(mentions)]


def test_a_day_with_an_article_past_spacy_max_length_is_published(pipeline_env):
    """Through the real nightly job: the long article and an ordinary one of the same day are both published with
    their facts, in the warehouse analysts read."""
    landing, warehouse_path = pipeline_env
    long_text = _paragraphs(10_500) + CLAIM + " " + _paragraphs(400)
    short_text = "Selon le ministère russe de la Défense, 9 drones ukrainiens ont été abattus au-dessus de la région de Koursk."
    day = "2025-05-01"
    write_jsonl(landing / "lot.jsonl", [
        {"id": "long", "published_at": f"{day}T08:00:00+02:00", "text": long_text},
        {"id": "court", "published_at": f"{day}T09:00:00+02:00", "text": short_text},
    ])
    assert len(long_text.encode()) > 1_000_000
    assert run_partition(day).success
    con = duckdb.connect(str(warehouse_path), read_only=True)
    try:
        rows = con.execute("SELECT article_id, count, region_codes FROM interceptions ORDER BY article_id").fetchall()
        published = con.execute("SELECT article_id, length(text) FROM articles ORDER BY article_id").fetchall()
    finally:
        con.close()
    assert rows == [("court", 9, ["RU-KRS"]), ("long", 17, ["RU-BEL"])]
    assert published == [("court", len(short_text)), ("long", len(long_text))]
