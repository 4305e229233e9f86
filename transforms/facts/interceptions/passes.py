"""Passes over an article's merged claims: a total stated after its parts, a headline total summing the claims
after it, a total split by how its weapons were stopped, a total of several classes summing the class counts after
it, and a claim said again without a count or as a part of another."""

from __future__ import annotations

from dataclasses import replace

from transforms.extract.interceptions.anchors import MIXED
from transforms.extract.interceptions.grouping import making_exactly
from transforms.facts.interceptions.merge import Claim, claimant_side, regions_of


def with_totals_after_parts(claims: list[Claim]) -> list[Claim]:
    """"Au total, 25 drones ont été abattus" after located counts of the same weapon that make exactly 25, or any
    share of it when the sentence opens on "Au total": the total is the claim, the counts before it are its parts."""
    merged: list[Claim] = []
    for claim in claims:
        if _unplaced_total(claim) and (taken := _making_the_total(claim, reversed(merged)) or _summed_up(claim, reversed(merged))):
            for earlier in reversed(taken):
                merged.remove(earlier)
                claim.added_parts += earlier.placed_parts
                claim.mentions += earlier.mentions
        merged.append(claim)
    return merged


def without_summaries_before_claims(claims: list[Claim]) -> list[Claim]:
    """"Russie : deux drones abattus" before a ministry's drone over Belgorod and a mayor's over Moscou: an unplaced
    total that the located claims of its weapon right after it make exactly sums them up; each keeps its own
    claimant and day, and the total is no claim of its own."""
    return [claim for index, claim in enumerate(claims) if not (_unplaced_total(claim) and _making_the_total(claim, claims[index + 1 :]))]


def without_mixed_totals_of_classes(claims: list[Claim]) -> list[Claim]:
    """"71 cibles aériennes neutralisées, dont 2 missiles et 69 drones": a total of several classes that the counts
    of single classes right after it, of its side, make exactly sums them up; the class counts are the rows."""
    return [claim for index, claim in enumerate(claims) if not (claim.weapon == MIXED and claim.total is not None and _classes_making(claim, claims[index + 1 :]))]


def _classes_making(claim: Claim, after: list[Claim]) -> bool:
    side = claimant_side(claim)
    return bool(making_exactly(claim.total, after, _total, lambda other: other.weapon != MIXED and claimant_side(other) in (None, side)))


def _total(claim: Claim) -> int | None:
    return claim.total


def _unplaced_total(claim: Claim) -> bool:
    return claim.total is not None and not claim.stated.regions and not claim.split and not claim.added_parts


def _making_the_total(claim: Claim, neighbours) -> list[Claim]:
    """The located claims of the claim's weapon next to it (`neighbours`, nearest first), two or more, that make
    exactly its total; none if they do not."""
    return making_exactly(claim.total, neighbours, _total, lambda other: _located_of_weapon(other, claim.weapon))


def _located_of_weapon(claim: Claim, weapon: str) -> bool:
    """A claim of the weapon whose every part is placed."""
    return claim.weapon == weapon and bool(claim.parts) and all(part["region_codes"] for part in claim.parts)


def _summed_up(claim: Claim, neighbours) -> list[Claim]:
    """The located claims of the claim's weapon and side right before a total that says it sums them up ("Au total,
    38 drones …"), nearest first, as long as they stay within it."""
    if not any(mention.payload.get("sums_up") for mention in claim.mentions):
        return []
    side, taken, counted = claimant_side(claim), [], 0
    for other in neighbours:
        other_side = claimant_side(other)
        if not _located_of_weapon(other, claim.weapon) or other.total is None or counted + other.total > claim.total or (side and other_side and other_side != side):
            break
        taken.append(other)
        counted += other.total
    return taken


def without_splits_by_method(claims: list[Claim]) -> list[Claim]:
    """"Une attaque de trois drones a été déjouée" … "un drone a été abattu et deux autres neutralisés par la guerre
    électronique", "… neutralisé onze drones. Huit ont été abattus, alors que trois autres ont été désactivés": counts
    after a total, of its weapon, in its regions or none, that make exactly the total split it by how they were
    stopped; the total is the claim."""
    kept: list[Claim] = []
    for claim in claims:
        position = next((index for index, earlier in enumerate(kept) if _splits_by_method(earlier, kept[index + 1 :] + [claim])), None)
        if position is None:
            kept.append(claim)
        else:  # the counts that split the total are no claims of their own
            kept = kept[: position + 1] + [other for other in kept[position + 1 :] if other.weapon != claim.weapon]
    return kept


def _splits_by_method(total: Claim, after: list[Claim]) -> bool:
    """Whether the claims after `total` (the last one new) are, with the ones of its weapon before them, counts that
    together make exactly the total."""
    if total.total is None or total.split is not None or total.added_parts:
        return False
    counts = [claim for claim in after if claim.weapon == total.weapon]
    fits = all(
        claim.total is not None and _regions(claim) <= _regions(total) and not claim.stated.conflicts(total.stated) for claim in counts
    )
    # "… trois autres ont été désactivés": counts stopped some other way, told beside a claim, are of the split too.
    otherwise = sum(max((mention.payload.get("stopped_otherwise") or 0 for mention in claim.mentions), default=0) for claim in counts)
    return (
        (len(counts) >= 2 or (counts and otherwise > 0)) and fits and sum(claim.total for claim in counts) + otherwise == total.total
        and counts[-1] is after[-1]
    )


def _countless(claim: Claim) -> bool:
    return claim.total is None and all(part["count"] is None for part in claim.parts)


def _unquantified(claim: Claim) -> bool:
    return all(mention.payload.get("unquantified") for mention in claim.mentions)


def _regions(claim: Claim) -> frozenset[str]:
    return regions_of(claim.parts)


def _restates_a_part(claim: Claim, other: Claim) -> bool:
    """"13 drones ukrainiens détruits" over "13 drones au-dessus de la Crimée, six autres au-dessus de Belgorod": a
    count, unplaced, or placed where the part is by no other voice (a communiqué quoted after its summary, not a
    mayor's own count), that one placed part of another claim of the same side states: one of several parts, or
    the one part short of its total ("32 drones, dont 22 au-dessus de la mer Noire" under "La Russie abat 22 drones
    au-dessus de la mer Noire"). A single drone is too common a count to tell."""
    regions, same_voice = _regions(claim), claim.stated.voice in (None, other.stated.voice)
    return (
        claim.total is not None and claim.total > 1 and not claim.stated.conflicts(other.stated)
        and any(
            part["count"] == claim.total and part["region_codes"] and (not regions or (same_voice and regions == set(part["region_codes"])))
            and (len(other.parts) > 1 or other.total not in (None, part["count"]))
            for part in other.parts
        )
    )


def _restated(claim: Claim, covering: list[Claim]) -> Claim | None:
    """The claim a countless one says again: the first that covers its regions, of the same side and not told
    apart by what both state ("près de 50 drones", Moscow's, beside Kyiv's 60; a governor's "au moins cinq" beside
    the ministry's eight); with no count at all, the one claim of its weapon it agrees with, or no claim in
    particular."""
    restating = [
        other for other in covering
        if (_regions(claim) <= _regions(other) or not _regions(claim)) and not other.stated.conflicts(claim.stated) and not _opposed(claim, other)
    ]
    if not _unquantified(claim):
        return restating[0] if restating else None
    return restating[0] if len(restating) == 1 else None


def _the_one_told_before(claim: Claim, earlier: list[Claim]) -> bool:
    """"Deux drones ont été détruits au-dessus de la région de Belgorod. … « Le drone ukrainien a été détruit au-dessus de
    la région de Belgorod »": a weapon named with a definite article is one an earlier claim of the side counted
    there, not one more."""
    if not all(mention.payload.get("the_one") for mention in claim.mentions):
        return False
    return any(
        _regions(claim) <= _regions(other) and not other.stated.conflicts(claim.stated) and not _opposed(claim, other)
        for other in earlier if not _countless(other)
    )


def _opposed(claim: Claim, other: Claim) -> bool:
    """Claimed by the two sides: Kyiv's "la plupart des 60 drones" says nothing of Moscow's count."""
    sides = claimant_side(claim), claimant_side(other)
    return None not in sides and sides[0] != sides[1]


def without_restatements(claims: list[Claim]) -> list[Claim]:
    """A claim without a count ("des dizaines de drones", "plus de 120 drones") that an article's claim of the same
    weapon with a count, or an earlier one without, covers (its regions among theirs) is a restatement of it; so
    is a count that restates a part of another claim (`_restates_a_part`). A restatement that names the day ("a
    affirmé dimanche avoir abattu des dizaines de drones") dates the claim it restates when that one names none."""
    kept: list[Claim] = []
    for claim in claims:
        others = [other for other in claims if other is not claim and other.weapon == claim.weapon]
        # A claim with no count at all covers none: it is never one of its own.
        covering = [other for other in others if not _unquantified(other) and (not _countless(other) or claims.index(other) < claims.index(claim))]
        restated = _restated(claim, covering) if _countless(claim) else None
        if restated is not None and restated.stated.day is None and claim.stated.day is not None:
            restated.stated = replace(restated.stated, day=claim.stated.day)
            restated.mentions += claim.mentions
        # A sentence with no count at all ("a annoncé dimanche avoir abattu des drones") is never a claim of its own.
        if restated is not None or _unquantified(claim):
            continue
        earlier = [other for other in claims[: claims.index(claim)] if other.weapon == claim.weapon]
        if any(_restates_a_part(claim, other) for other in others) or _the_one_told_before(claim, earlier):
            continue
        kept.append(claim)
    return kept
