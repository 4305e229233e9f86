"""Interception claims in one sentence: who says what was shot down, how many, where.

A sentence is read as a sequence of anchors (counts, or "le reste") each owning the tokens up to the
next anchor. An anchor is an interception count when an interception trigger lies in its stretch (or
before the first anchor); anchors after it that name regions are the parts of a regional split.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from transforms.extract.mentions import Mention, inside_any, mention, number_runs, spans_in

ONE_WORDS = {"un", "une", "a", "an", "one"}
# Weapon classes of air defence; naval drones are fought by ships, not intercepted.
AIR_THREATS = {"drone", "missile", "glide_bomb", "aircraft", "other"}
GOVERNING_HOPS = 2
GOVERNOR_REGION_WINDOW = 5
BRACKET_REGION_GAP = 2
COORDINATION = {"conj", "appos", "flat", "flat:name"}
# A sentence without both can hold no claim; the candidate pre-filter reads this too.
REQUIRED_LABELS = ("INTERCEPT", "WEAPON")


@dataclass
class Anchor:
    span: Span
    count: int | None
    is_remainder: bool
    stretch_end: int = 0
    weapon: str | None = None
    region_spans: list[Span] = field(default_factory=list)
    has_trigger: bool = False
    weapon_governed: bool = True
    is_launch: bool = False
    opens_parts: bool = False


def _labelled(sent: Span, label: str) -> list[Span]:
    return spans_in(sent, "lexicon", label)


def _anchors(sent: Span, lang: str) -> list[Anchor]:
    excluded = _labelled(sent, "MONEY") + _labelled(sent, "DATE")
    weapons = _labelled(sent, "WEAPON")
    anchors = []
    for span, count in number_runs(sent, lang, excluded):
        next_token = sent.doc[span.end] if span.end < sent.end else None
        # "une" is a number only when it counts a weapon ("un drone a été abattu").
        if span.text.lower() in ONE_WORDS and not (next_token is not None and inside_any(next_token, weapons)):
            continue
        anchors.append(Anchor(span, count, is_remainder=False))
    anchors += [Anchor(span, None, is_remainder=True) for span in _labelled(sent, "REMAINDER")]
    # "une dizaine de drones": a claim without an exact count.
    anchors += [Anchor(span, None, is_remainder=False) for span in _labelled(sent, "APPROX")]
    anchors.sort(key=lambda anchor: anchor.span.start)
    return anchors


def _in_stretch(spans: list[Span], start: int, end: int) -> list[Span]:
    return [span for span in spans if start <= span.start < end]


def _read_stretches(sent: Span, anchors: list[Anchor]) -> None:
    triggers = _labelled(sent, "INTERCEPT")
    launches = _labelled(sent, "LAUNCH")
    weapons = _labelled(sent, "WEAPON")
    part_markers = _labelled(sent, "PART_OF")
    regions = spans_in(sent, "regions")
    for index, anchor in enumerate(anchors):
        stretch_start = sent.start if index == 0 else anchor.span.start
        anchor.stretch_end = anchors[index + 1].span.start if index + 1 < len(anchors) else sent.end
        own = anchor.span.start, anchor.stretch_end
        anchor.has_trigger = bool(_in_stretch(triggers, stretch_start, anchor.stretch_end))
        anchor.is_launch = bool(_in_stretch(launches, *own)) and not anchor.has_trigger
        anchor.region_spans = _placed_regions(sent, anchor, index, regions, stretch_start)
        near_weapons = _in_stretch(weapons, anchor.span.end, min(anchor.span.end + 3, anchor.stretch_end))
        anchor.weapon = near_weapons[0].id_ if near_weapons else None
        # "région de Belgorod (quatre drones)": a bracketed count annotates the region, not the verb.
        anchor.weapon_governed = _bracketed(sent, anchor) or not near_weapons or _governed_by(near_weapons[0], triggers)
        anchor.opens_parts = bool(_in_stretch(part_markers, *own))


def _bracketed(sent: Span, anchor: Anchor) -> bool:
    return anchor.span.start > sent.start and sent.doc[anchor.span.start - 1].text == "("


def _placed_regions(sent: Span, anchor: Anchor, index: int, regions: list[Span], stretch_start: int) -> list[Span]:
    """The regions an anchor counts for: those after it, up to the next anchor; for "Belgorod (quatre
    drones)" the region just before the bracket; for the first anchor with none after it, the regions
    of the clause that leads to it ("dans la région de Koursk, où 28 drones ont été abattus")."""
    doc = sent.doc
    if _bracketed(sent, anchor):
        before = [span for span in regions if anchor.span.start - 1 - BRACKET_REGION_GAP <= span.end <= anchor.span.start - 1]
        return before[-1:]
    own = [span for span in _in_stretch(regions, anchor.span.start, anchor.stretch_end) if not _in_brackets_before_anchor(doc, span, anchor)]
    if own or index > 0:
        return own
    return _in_stretch(regions, stretch_start, anchor.span.start)


def _in_brackets_before_anchor(doc, region: Span, anchor: Anchor) -> bool:
    """A region followed by "(" and a count belongs to that count, not to the anchor before it."""
    after = region.end
    return after + 1 < len(doc) and doc[after].text == "(" and doc[after + 1].like_num and after + 1 >= anchor.stretch_end


def _governed_by(weapon: Span, triggers: list[Span]) -> bool:
    """The weapon is what the trigger acts on ("abattu 46 drones", "46 drones ont été abattus",
    "l'interception de 46 drones"), not an instrument elsewhere ("détruit un navire avec un drone")."""
    if not weapon.doc.has_annotation("DEP"):
        return True  # a pipeline without a parser (English) keeps the sentence-level rule
    trigger_tokens = {token.i for span in triggers for token in span}
    token = weapon.root
    # "détruits par un missile", "avec un drone": the weapon is the means, not the target.
    if token.dep_.startswith("obl"):
        return False
    hops = 0
    while hops < GOVERNING_HOPS and token.head.i != token.i:
        if token.head.i in trigger_tokens:
            return True
        # Coordination and apposition do not take the weapon further from the verb.
        hops += token.dep_ not in COORDINATION
        token = token.head
    return False


def _starts_claim(anchor: Anchor, explicit_weapon: str | None) -> bool:
    """A count the trigger acts on: in its own stretch ("36 ont été abattus") or as a coordinated object
    ("abattu deux Kalibr et un Iskander"), never a weapon used as the means ("avec un drone")."""
    return anchor.weapon_governed and (anchor.has_trigger or explicit_weapon is not None)


def _fits(claim: list[Anchor], anchor: Anchor) -> bool:
    """A part never takes the parts past the total they split ("46 drones abattus, dont 17 à Belgorod"): a count
    over it is no part of it. A head that names regions is a part itself, and the parts make up the total."""
    head = claim[0]
    if head.count is None or (head.region_spans and not head.opens_parts):
        return True
    return sum(part.count or 0 for part in [*claim[1:], anchor] if not part.is_remainder) <= head.count


def _group_claims(anchors: list[Anchor]) -> list[list[Anchor]]:
    """Intercepted anchors grouped by claim: a trigger-linked count, then its regional parts."""
    claims: list[list[Anchor]] = []
    current: list[Anchor] | None = None
    previous_weapon = None
    for anchor in anchors:
        explicit_weapon = anchor.weapon
        anchor.weapon = explicit_weapon or previous_weapon  # "40 drones lancés, 36 ont été abattus"
        previous_weapon = anchor.weapon
        if anchor.is_launch:
            current = None
            continue
        head_weapon = current[0].weapon if current else None
        is_part = current and explicit_weapon in (None, head_weapon) and (anchor.region_spans or anchor.is_remainder)
        if is_part and _fits(current, anchor):
            anchor.weapon = head_weapon
            current.append(anchor)
        elif not anchor.is_remainder and anchor.weapon and _starts_claim(anchor, explicit_weapon):
            current = [anchor]
            claims.append(current)
        elif is_part:
            current = None  # past the total: the split no longer adds up, and "le reste" after it is not known
    return [claim for claim in claims if claim[0].weapon in AIR_THREATS]


def _parts_payload(anchors: list[Anchor]) -> list[dict]:
    return [
        {
            "count": anchor.count,
            "is_remainder": anchor.is_remainder,
            "region_codes": sorted({span.id_ for span in anchor.region_spans}),
            "region_text": anchor.span.doc[anchor.region_spans[0].start : anchor.region_spans[-1].end].text if anchor.region_spans else None,
            "char_start": anchor.span.start_char,
            # The evidence runs from the count, also to a region written before it ("à Koursk, où 28 drones ont été abattus").
            "char_end": max(anchor.span.end_char, anchor.region_spans[-1].end_char) if anchor.region_spans else anchor.span.end_char,
        }
        for anchor in anchors
    ]


def _claim_payload(claim: list[Anchor]) -> dict:
    head = claim[0]
    if len(claim) > 1 and (head.opens_parts or not head.region_spans):
        total, parts = head.count, claim[1:]
    elif len(claim) > 1:
        total, parts = None, claim
    else:
        total, parts = head.count, claim
    return {"weapon": head.weapon, "total": total, "parts": _parts_payload(parts), "is_split": len(parts) > 1 or any(a.is_remainder for a in parts)}


def _attacker_country(sent: Span, claim: list[Anchor]) -> str | None:
    """A demonym right after the weapon ("drones ukrainiens")."""
    head = claim[0]
    for span in _in_stretch(spans_in(sent, "countries"), head.span.end, min(head.span.end + 4, head.stretch_end)):
        return span.id_
    return None


def _governor_region(sent: Span) -> str | None:
    """"le gouverneur de la région de Koursk affirme …": a governor speaks for the region he runs."""
    regions = spans_in(sent, "regions")
    for governor in _labelled(sent, "GOVERNOR"):
        following = _in_stretch(regions, governor.end, governor.end + GOVERNOR_REGION_WINDOW)
        if following:
            return following[0].id_
    return None


def _launched(anchors: list[Anchor], weapon: str) -> int | None:
    launched = [anchor.count for anchor in anchors if anchor.is_launch and anchor.weapon in (weapon, None)]
    return launched[0] if launched else None


def extract_interceptions(article_id: str, sent: Span, sentence_index: int, lang: str) -> list[Mention]:
    if not all(_labelled(sent, label) for label in REQUIRED_LABELS) or _labelled(sent, "RUNNING_TOTAL"):
        return []
    # Aircraft destroyed at an airbase or on the ground were struck, not intercepted.
    ground_strike = bool(_labelled(sent, "GROUND_STRIKE"))
    anchors = _anchors(sent, lang)
    _read_stretches(sent, anchors)
    claimant_candidates = [span.id_ for span in spans_in(sent, "actors", "ACTOR")]
    titles = [span.id_ for span in spans_in(sent, "actors", "TITLE")]
    dates = [span.text for span in _labelled(sent, "DATE")]
    governor_region = _governor_region(sent)
    mentions = []
    for claim in _group_claims(anchors):
        if ground_strike and claim[0].weapon == "aircraft":
            continue
        payload = _claim_payload(claim)
        if governor_region and not payload["is_split"] and not any(part["region_codes"] for part in payload["parts"]):
            payload["parts"][0]["region_codes"] = [governor_region]
        payload.update(
            governor_region=governor_region,
            launched=_launched(anchors, payload["weapon"]),
            attacker_country=_attacker_country(sent, claim),
            actor_ids=claimant_candidates,
            titles=titles,
            date_texts=dates,
        )
        end_char = max(part["char_end"] for part in payload["parts"]) if payload["parts"] else claim[0].span.end_char
        mentions.append(mention(article_id, "interception", "interception.anchors", sent, sentence_index, claim[0].span.start_char, end_char, payload))
    return mentions
