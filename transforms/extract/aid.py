"""Aid packages in one sentence: a donor, an amount of money and an aid word; cumulative totals excluded."""

from __future__ import annotations

from spacy.tokens import Span

from transforms.extract.mentions import Mention, mention, spans_in

ITEM_LOOKAHEAD_SENTENCES = 2
# A sentence without both can hold no package; the candidate pre-filter reads this too.
REQUIRED_LABELS = ("MONEY", "AID")


def _ids(sent: Span, label: str) -> list[str]:
    return list(dict.fromkeys(span.id_ for span in spans_in(sent, "lexicon", label)))


def _subjects_first(spans: list[Span]) -> list[str]:
    """The giver is usually the subject ("les États-Unis vont fournir …"), wherever it stands."""
    ordered = sorted(spans, key=lambda span: not span.root.dep_.startswith("nsubj"))
    return list(dict.fromkeys(span.id_ for span in ordered))


def _item_list(sent: Span) -> list[str]:
    """The enumeration after "comprend"/"inclut": "des drones, des missiles ..., et un soutien ..."."""
    verbs = spans_in(sent, "lexicon", "ITEMS")
    if not verbs:
        return []
    tail = sent.doc[verbs[0].end : sent.end]
    items, current = [], []
    for token in tail:
        if token.is_space:
            continue
        if token.text in {",", ";", ":", "."} or token.lower_ in {"et", "and"}:
            if current:
                items.append(current)
            current = []
        elif current or not (token.pos_ in {"DET", "ADV", "ADP"} or token.lower_ in {"notamment", "including"}):
            current.append(token)
    if current:
        items.append(current)
    return [sent.doc[group[0].i : group[-1].i + 1].text for group in items]


def extract_aid(article_id: str, sent: Span, sentence_index: int, following: list[Span]) -> list[Mention]:
    """following: the sentences after this one that its items are read from, ITEM_LOOKAHEAD_SENTENCES at most."""
    if not all(spans_in(sent, "lexicon", label) for label in REQUIRED_LABELS) or spans_in(sent, "lexicon", "CUMULATIVE"):
        return []
    money = spans_in(sent, "lexicon", "MONEY")
    context = [sent, *following]
    amount = max(money, key=len) if len(money) == 1 else money[0]
    lower_bounds = spans_in(sent, "lexicon", "LOWER_BOUND")
    payload = {
        "amount_text": amount.text,
        "lower_bound": any(bound.end == amount.start for bound in lower_bounds),
        "actor_ids": _subjects_first(spans_in(sent, "actors", "ACTOR")),
        "titles": [span.id_ for span in spans_in(sent, "actors", "TITLE")],
        "country_ids": [span.id_ for span in spans_in(sent, "countries")],
        "kinds": _ids(sent, "AID_KIND"),
        "measures": _ids(sent, "AID_MEASURE"),
        "delivery_modes": list(dict.fromkeys(mode for part in context for mode in _ids(part, "DELIVERY"))),
        "items": [item for part in context[1:] for item in _item_list(part)],
        "date_texts": [span.text for span in spans_in(sent, "lexicon", "DATE")],
    }
    return [mention(article_id, "aid", "aid.money_with_aid_word", sent, sentence_index, amount.start_char, amount.end_char, payload)]
