"""Interception claims and their regional rows from the interception mentions of one article: mentions merged
into claims (`merge`), claims said again or split dropped (`passes`), then each claim's claimant, side, date and
rows."""

from __future__ import annotations

from transforms import reference
from transforms.facts.common import ArticleContext, evidence, most_specific_actor, resolved_actor_ids, stable_id
from transforms.facts.interceptions.merge import NATIONAL, OPPOSING_SIDE, Claim, merge_claims, regions_of, stated_sum
from transforms.facts.interceptions.passes import (
    with_totals_after_parts, without_mixed_totals_of_classes, without_restatements, without_splits_by_method, without_summaries_before_claims,
)
from transforms.records import publication_day
from transforms.extract.mentions import Mention
from transforms.normalise.dates import PRECISION_DAY, PRECISION_PUBLICATION, resolve_event_date


def _claimant(claim: Claim, context: ArticleContext) -> str | None:
    on_day = publication_day(context.published_at)
    return most_specific_actor([actor for m in claim.mentions for actor in resolved_actor_ids(m, on_day)])


def _stated_attacker(claim: Claim) -> str | None:
    return next((m.payload["attacker_country"] for m in claim.mentions if m.payload.get("attacker_country")), None)


def _defending_side(claim: Claim) -> str | None:
    """With no claimant named, the side whose air defence acts: the side its force is named with ("la défense
    antiaérienne ukrainienne"), else the other side than the attacker stated
    ("drones ukrainiens"), else the side that defends the regions of the claim (Russia over Crimea), or the
    regions or country it targeted."""
    if defender := next((m.payload["defender_country"] for m in claim.mentions if m.payload.get("defender_country")), None):
        return defender
    if (attacker := _stated_attacker(claim)) in OPPOSING_SIDE:
        return OPPOSING_SIDE[attacker]
    sides = {reference.air_defence_sides().get(code) for part in claim.parts for code in part["region_codes"]} - {None}
    if not sides:  # "des drones qui visaient Moscou", "tirés sur l'Ukraine": the side whose territory is the target defends it
        sides = {reference.air_defence_sides().get(code) for m in claim.mentions for code in m.payload.get("target_regions", [])} - {None}
        sides |= {code for m in claim.mentions for code in m.payload.get("target_countries", []) if code in OPPOSING_SIDE}
    return sides.pop() if len(sides) == 1 else None


def _attacker(claim: Claim, claimant_country: str | None) -> str | None:
    return _stated_attacker(claim) or OPPOSING_SIDE.get(claimant_country or "")


def _part_counts(claim: Claim) -> list[int | None]:
    parts = claim.parts
    stated = stated_sum(parts)
    # "le reste" in two places leaves its split unstated: neither row gets a count.
    single_remainder = sum(part["is_remainder"] for part in parts) == 1
    remainder = claim.total - stated if claim.total is not None and claim.total > stated and single_remainder else None
    return [remainder if part["is_remainder"] else part["count"] for part in parts]


def claim_key(attacker_country: str | None, weapon: str, total: int | None, event_date, parts: list[dict], local_voice: str | None = None) -> str:
    """The same claim in two articles gets the same id: same attacking side, weapon, stated total and date, and
    the region of the local official who claims it (a mayor's tally is not the ministry's). A claim without a
    stated total ("une dizaine") is told apart by the regions it names."""
    regions = [] if total is not None else sorted(regions_of(parts))
    return stable_id("claim", attacker_country, weapon, total, event_date, regions, *([local_voice] if local_voice else []))


def _with_surroundings(regions: frozenset[str]) -> set[str]:
    surrounding = reference.surrounding_regions()
    return set(regions) | {surrounding[code] for code in regions if code in surrounding}


def _placed_elsewhere(claim: Claim, earlier: Claim) -> bool:
    """Both claims name their regions, and neither lies within the other's, a city's oblast counted with it
    ("au-dessus de Moscou" says again "dans la région de Moscou")."""
    regions, earlier_regions = claim.stated.regions, earlier.stated.regions
    return bool(regions and earlier_regions) and not (
        regions <= _with_surroundings(earlier_regions) or earlier_regions <= _with_surroundings(regions)
    )


def _told_apart(claim: Claim, earlier: Claim) -> bool:
    """A claim the article tells apart from an earlier one of the same key: one more ("un deuxième drone"), in a
    town or a region of its own, or beside it in one sentence ("trois missiles Kalibr et trois missiles Iskander")."""
    sentences = {mention.sentence_index for mention in earlier.mentions}
    return (
        bool(claim.stated.towns) or any(m.payload.get("another") for m in claim.mentions)
        or any(mention.sentence_index in sentences for mention in claim.mentions) or _placed_elsewhere(claim, earlier)
    )


def _claimants(claims: list[Claim], context: ArticleContext) -> list[tuple[str | None, str | None, str | None]]:
    """(claimant id, name, country) of each claim. A claim whose side nothing in its sentences tells is the side of
    the article's other claims, when they are all of one side ("138 ont été interceptés" in an article on the
    Ukrainian Air Force's figures)."""
    actors = reference.actors()
    found = []
    for claim in claims:
        claimant_id = _claimant(claim, context)
        claimant = actors.get(claimant_id) if claimant_id else None
        governor_region = next((m.payload.get("governor_region") for m in claim.mentions if m.payload.get("governor_region")), None)
        claimed_by = claimant.name if claimant else (f"Governor of {reference.region_name(governor_region)}" if governor_region else None)
        country = claimant.country_code if claimant else (reference.air_defence_sides().get(governor_region) if governor_region else _defending_side(claim))
        found.append((claimant_id, claimed_by, country))
    sides = {country for _, _, country in found} - {None}
    article_side = sides.pop() if len(sides) == 1 else None
    return [(claimant_id, claimed_by, country or article_side) for claimant_id, claimed_by, country in found]


def _claimant_days(claims: list[Claim], claimants: list[tuple], context: ArticleContext) -> list[tuple]:
    """Each claim's day; a claim whose sentences name none is on the one day the article's other claims of the
    same claimant name (the parts of one communiqué told in several paragraphs)."""
    dates = [resolve_event_date([t for m in claim.mentions for t in m.payload.get("date_texts", [])], context.published_at) for claim in claims]
    for index, ((_, precision), claimant) in enumerate(zip(dates, claimants)):
        # A claim with no named claimant (claimed_by) is no one's to share a day with.
        if precision != PRECISION_PUBLICATION or claimant[1] is None:
            continue
        named = {other_day for (other_day, other_precision), other in zip(dates, claimants) if other == claimant and other_precision != PRECISION_PUBLICATION}
        if len(named) == 1:
            dates[index] = (named.pop(), PRECISION_DAY)
    return dates


def build_interception_facts(mentions: list[Mention], context: ArticleContext, partition_date) -> tuple[list[dict], list[dict]]:
    claim_rows, interception_rows = [], []
    seen: dict[str, Claim] = {}
    merged = with_totals_after_parts(merge_claims(mentions, context.published_at))
    claims = without_restatements(without_mixed_totals_of_classes(without_splits_by_method(without_summaries_before_claims(merged))))
    claimants = _claimants(claims, context)
    dates = _claimant_days(claims, claimants, context)
    for claim, (claimant_id, claimed_by, claimant_country), (event_date, precision) in zip(claims, claimants, dates, strict=True):
        anchor = claim.evidence_mention
        attacker_country = _attacker(claim, claimant_country)
        voice = claim.stated.voice if claim.stated.voice != NATIONAL else None
        claim_id = claim_key(attacker_country, claim.weapon, claim.total, event_date, claim.parts, voice)
        if claim_id in seen:
            if not _told_apart(claim, seen[claim_id]):
                continue
            claim_id = stable_id(claim_id, len(seen))
        seen[claim_id] = claim
        launched = next((m.payload.get("launched") for m in claim.mentions if m.payload.get("launched")), None)
        claim_rows.append(
            {
                "claim_id": claim_id,
                "partition_date": partition_date,
                "claimant_id": claimant_id,
                "claimed_by": claimed_by,
                "claimant_country": claimant_country,
                "attacker_country": attacker_country,
                "weapon": claim.weapon,
                "total": claim.total,
                "launched": launched,
                "event_date": event_date,
                "date_precision": precision,
                **evidence(anchor),
            }
        )
        occurrences: dict[tuple, int] = {}
        for (part, stating), count in zip(claim.placed_parts, _part_counts(claim), strict=True):
            # Two articles that split a claim alike give the same ids, whatever order they list the regions in.
            identity = (tuple(sorted(part["region_codes"])), part["is_remainder"], count)
            occurrences[identity] = occurrences.get(identity, 0) + 1
            interception_rows.append(
                {
                    "interception_id": stable_id(claim_id, *identity, occurrences[identity]),
                    "claim_id": claim_id,
                    "partition_date": partition_date,
                    "weapon": claim.weapon,
                    "count": count,
                    "region_codes": part["region_codes"],
                    "region_text": part["region_text"],
                    "is_remainder": part["is_remainder"],
                    "event_date": event_date,
                    "date_precision": precision,
                    "article_id": context.article_id,
                    "sentence": stating.sentence,
                    "char_start": part["char_start"],
                    "char_end": part["char_end"],
                }
            )
    return claim_rows, interception_rows
