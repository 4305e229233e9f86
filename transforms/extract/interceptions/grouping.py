"""Anchors grouped into claims: a count a trigger acts on starts a claim, and the anchors after it that name
regions are its parts; each claim as the payload of its mention."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from spacy.tokens import Span

from transforms.extract.interceptions.anchors import AIR_THREATS, COUNTED_CLASSES, GENERIC, MIXED, Anchor, labelled, words_after

T = TypeVar("T")
# What opens the counts that split a total by how they were stopped: "40 drones, dont 28 …", "52 drones : 36 …".
SHARE_OPENERS = {"dont", ":", ","}


def _starts_claim(anchor: Anchor, explicit_weapon: str | None) -> bool:
    """A count the trigger acts on: in its own stretch ("36 ont été abattus") or as a coordinated object
    ("abattu deux Kalibr et un Iskander"), never a weapon used as the means ("avec un drone")."""
    return anchor.weapon_governed and (anchor.has_trigger or explicit_weapon is not None)


def _fits(claim: list[Anchor], anchor: Anchor) -> bool:
    """A part never takes the parts past the total they split ("46 drones abattus, dont 17 à Belgorod"): a count
    over it, or an unknown number of others, is no part of it. A head that names regions is a part itself, and the
    parts make up the total."""
    head = claim[0]
    if head.count is None or (head.region_spans and not head.opens_parts):
        return True
    if anchor.count is None and anchor.is_another and not anchor.is_remainder:
        return False  # "33 drones … et des dizaines d'autres en Crimée": more than the total, not a share of it
    return sum(part.counted for part in [*claim[1:], anchor] if not part.is_remainder) <= head.count


def _shares_by_method(anchors: list[Anchor]) -> set[int]:
    """"52 drones ont été neutralisés : 36 ont été abattus et 16 brouillés": unplaced counts listed right after a
    claimed total, that add up to it exactly, split it by how they were stopped, lost ones included. The ids of
    those anchors."""
    found: set[int] = set()
    for index, head in enumerate(anchors):
        if not head.has_trigger or head.count is None or head.region_spans:
            continue
        first = anchors[index + 1] if index + 1 < len(anchors) else None
        run = making_exactly(
            head.count, anchors[index + 1 :], lambda anchor: anchor.count,
            lambda anchor: not anchor.region_spans and (anchor is first or anchor.listed_after),
        )
        if run and run[0].span.start > 0 and run[0].span.doc[run[0].span.start - 1].lower_ in SHARE_OPENERS:
            found |= {id(anchor) for anchor in run}
    return found


def making_exactly(total: int, neighbours: Iterable[T], amount: Callable[[T], int | None], joins: Callable[[T], bool]) -> list[T]:
    """The neighbours (nearest first) with an amount, two or more in a row that `joins` admits, that make exactly
    `total`; none if they do not."""
    taken, counted = [], 0
    for other in neighbours:
        if amount(other) is None or not joins(other):
            break
        taken.append(other)
        counted += amount(other)
        if counted >= total:
            break
    return taken if len(taken) >= 2 and counted == total else []


def lead_weapon(sent: Span, anchors: list[Anchor]) -> str | None:
    """The weapon a sentence names before its first count ("des drones survolaient Belgorod (14), Voronej (5)"); for
    "d'entre eux", the last one it names ("des frappes de missiles … des drones …, neuf d'entre eux")."""
    first = anchors[0].span.start if anchors else sent.end
    before = [span for span in labelled(sent, "WEAPON") if span.start < first]
    if not before:
        return None
    following = "".join(words_after(sent, anchors[0].span)) if anchors else ""
    return before[-1].id_ if following.startswith("d'entre") else before[0].id_


def group_claims(anchors: list[Anchor], weapon_before: str | None = None, classes_before: frozenset[str] = frozenset()) -> list[list[Anchor]]:
    """Intercepted anchors grouped by claim: a trigger-linked count, then its regional parts. `weapon_before`:
    the weapon written before the first count, which counts with no weapon of their own take; `classes_before`: the
    classes the sentence before names, of which "engins" are of them all when there are several."""
    claims: list[list[Anchor]] = []
    current: list[Anchor] | None = None
    previous_weapon = weapon_before
    classes_before = set(classes_before)
    share: Anchor | None = None
    by_method = _shares_by_method(anchors)
    for previous, anchor in zip([None, *anchors[:-1]], anchors):
        explicit_weapon = anchor.weapon
        anchor.weapon = explicit_weapon or previous_weapon  # "40 drones lancés, 36 ont été abattus"
        if explicit_weapon == GENERIC and (previous_weapon in AIR_THREATS or len(classes_before) > 1):
            # "une attaque de drones … abattu 28 des 31 engins"; after counts of several classes ("22 missiles et 14
            # drones …, affirmant avoir abattu 29 de ces engins") the engins are of them all.
            anchor.weapon = explicit_weapon = MIXED if len(classes_before) > 1 else previous_weapon
        elif anchor.weapon is None and anchor.partitive and len(classes_before) > 1:
            # "La Russie a lancé 36 missiles et 242 drones. L'armée de l'air en a abattu 244": of them all.
            anchor.weapon = MIXED
        previous_weapon = anchor.weapon
        classes_before |= {anchor.weapon} & COUNTED_CLASSES
        if anchor.is_launch:
            current = None
            continue
        if anchor.in_untriggered_clause:
            continue
        if anchor.after_part_marker and current == [previous] and anchor.trigger_in_stretch and not previous.trigger_in_stretch:
            # "attaqué avec 46 drones, dont 38 ont été détruits": the head counts what was launched.
            claims = [claim for claim in claims if claim is not current]
            current = None
        head_weapon = current[0].weapon if current else None
        # The subject of a verb that is no interception ("les autres ayant été brouillés", "dont l'un est tombé sur un
        # entrepôt") is no part nor rest of what was shot down; one more with a verb of its own that says something
        # else ("six autres ont été blessés") is no more of the claim, while "puis un autre dans le district
        # d'Istrinsky" is, placed or not.
        shot_down = not anchor.is_lost and not anchor.subject_of_another_verb
        another = anchor.is_another and shot_down and (anchor.has_trigger or not anchor.has_own_verb)
        # "Trois missiles ont été abattus, les autres neutralisés par la guerre électronique": a rest placed nowhere
        # tells nothing of the claim, and may be more than its count.
        placed = bool(anchor.region_spans) and shot_down
        rest = anchor.is_remainder and placed
        # "abattu 14 drones, tandis que la Russie affirme en avoir détruit 12 au-dessus de Koursk": a claim of its own.
        contrasting = (
            current and anchor.contrasting_clause is not None and anchor.contrasting_clause > current[0].span.start
            and not anchor.is_another and (previous is None or previous.contrasting_clause != anchor.contrasting_clause)
        )
        is_part = current and not contrasting and explicit_weapon in (None, head_weapon, GENERIC) and (placed or rest or another)
        if is_part and _fits(current, anchor):
            anchor.weapon = head_weapon
            current.append(anchor)
        elif current and explicit_weapon in (None, head_weapon, GENERIC) and (
            (anchor.after_part_marker and current[-1] is previous) or (anchor.listed_after and previous is share) or id(anchor) in by_method
            or (anchor.partitive and current[-1] is previous and explicit_weapon is None)
        ):
            # "130 drones, dont 15 se dirigeaient vers Moscou", "40 drones, dont 28 par la défense antiaérienne et 12 par
            # la guerre électronique": shares of the claim placed nowhere; not "71 cibles aériennes, dont 2 missiles et
            # 69 drones", counts of a class of their own.
            share = anchor
            continue
        elif not anchor.is_remainder and (anchor.weapon or anchor.is_all) and _starts_claim(anchor, explicit_weapon):
            # "attaquée par 128 drones, dont 72 ont été abattus": of a count no claim took, what was launched.
            if anchor.after_part_marker and previous is not None and anchor.of_launched is None:
                anchor.of_launched = previous.count
            current = [anchor]
            claims.append(current)
        elif is_part:
            current = None  # past the total: the split no longer adds up, and "le reste" after it is not known
        elif anchor.is_remainder and not claims and anchor.has_trigger and anchor.region_spans and anchor.weapon:
            # "Le reste des drones a été abattu au-dessus de Briansk": the rest of a total an earlier sentence split.
            claims.append([anchor])
    # "tous" of no class may be all of each class launched: the sentences around decide.
    return [claim for claim in claims if claim[0].weapon in AIR_THREATS | {GENERIC} or (claim[0].is_all and claim[0].weapon is None)]


def _part(anchor: Anchor, regions: list[Span]) -> dict:
    return {
        "count": anchor.count,
        "is_remainder": anchor.is_remainder,
        "region_codes": sorted({span.id_ for span in regions}),
        "region_text": anchor.span.doc[regions[0].start : regions[-1].end].text if regions else None,
        # Towns and districts (GeoNames), which tell apart two claims of one count in one region.
        "towns": sorted({span.text for span in regions if span.label_ == "PLACE"}),
        "char_start": anchor.span.start_char,
        # The evidence runs from the count, also to a region written before it ("à Koursk, où 28 drones ont été abattus").
        "char_end": max(anchor.span.end_char, regions[-1].end_char) if regions else anchor.span.end_char,
    }


def parts_payload(anchors: list[Anchor]) -> list[dict]:
    """A part per anchor; an anchor counted in each of its regions ("un drone chacun") gives a part per region."""
    return [part for anchor in anchors for part in ([_part(anchor, [region]) for region in anchor.region_spans] if anchor.each else [_part(anchor, anchor.region_spans)])]


def claim_payload(claim: list[Anchor]) -> dict:
    head = claim[0]
    # "Quatorze drones ont été détruits … et six autres par la guerre électronique": more counts placed nowhere, that
    # the trigger acts on, beside the first, which is then none's total.
    beside = (
        not head.opens_parts and not any(anchor.region_spans for anchor in claim)
        and any(anchor.is_another and anchor.has_trigger for anchor in claim[1:])
    )
    if len(claim) > 1 and not beside and (head.opens_parts or not head.region_spans):
        total, parts = head.count, claim[1:]
    elif len(claim) > 1:
        total, parts = None, claim
    else:
        total, parts = head.count, claim
    payload_parts = parts_payload(parts)
    return {
        "weapon": head.weapon, "total": total, "parts": payload_parts, "is_split": len(payload_parts) > 1 or any(a.is_remainder for a in parts),
        "another": head.is_another, "new": head.is_new, "the_one": head.is_the_one, "unquantified": head.unquantified,
        "names_the_counted": head.names_the_counted, "kind": list(head.weapon_kind),
    }
