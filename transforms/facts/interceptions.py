"""Interception claims and their regional rows from interception mentions of one article.

Mentions of the same claim are merged: the same weapon and stated total, or a regional split without a
stated total that fits under an earlier total ("46 drones abattus" … "17 à Belgorod, 12 à Koursk, le reste …").
"""

from __future__ import annotations

from dataclasses import dataclass, field


from transforms import reference
from transforms.facts.common import ArticleContext, evidence, most_specific_actor, resolved_actor_ids, stable_id
from transforms.records import publication_day
from transforms.extract.mentions import Mention
from transforms.normalise.dates import resolve_event_date

OPPOSING_SIDE = {"RU": "UA", "UA": "RU"}


@dataclass(frozen=True)
class Stated:
    """Details two mentions of one claim may not contradict: the launch count (stated by one only is a difference
    too), the regions of an unsplit claim, the attacker."""

    launched: int | None
    regions: frozenset[str]
    attacker: str | None

    def conflicts(self, other: Stated) -> bool:
        if self.launched != other.launched:
            return True
        return any(a and b and a != b for a, b in ((self.regions, other.regions), (self.attacker, other.attacker)))

    def joined(self, other: Stated) -> Stated:
        """What a claim states once a mention that does not contradict it joins it."""
        return Stated(self.launched, self.regions or other.regions, self.attacker or other.attacker)


def _unsplit_regions(payload: dict) -> frozenset[str]:
    if payload["is_split"]:
        return frozenset()
    return frozenset(code for part in payload["parts"] for code in part["region_codes"])


def stated(payload: dict) -> Stated:
    return Stated(payload.get("launched"), _unsplit_regions(payload), payload.get("attacker_country"))


@dataclass
class Claim:
    weapon: str
    total: int | None
    # What its mentions state: each joined without contradicting the ones before, so they all agree with it.
    stated: Stated
    mentions: list[Mention] = field(default_factory=list)
    split: Mention | None = None

    @property
    def parts_mention(self) -> Mention:
        """The mention that places the claim: its regional split, else the first that names regions."""
        with_regions = (m for m in self.mentions if any(part["region_codes"] for part in m.payload["parts"]))
        return self.split or next(with_regions, self.mentions[0])

    @property
    def parts(self) -> list[dict]:
        return self.parts_mention.payload["parts"]

    @property
    def evidence_mention(self) -> Mention:
        return self.split or self.mentions[0]


def _stated_sum(parts: list[dict]) -> int:
    return sum(part["count"] or 0 for part in parts if not part["is_remainder"])


@dataclass
class OpenClaims:
    """The claims a later mention may join, newest last, found without a look at every claim of the article: by
    weapon, launch count and total for a mention that states its total; by weapon and launch count, those with
    a total and no split yet, for a split stated without its total."""

    by_total: dict[tuple, list[Claim]] = field(default_factory=dict)
    awaiting_split: dict[tuple, dict[int, Claim]] = field(default_factory=dict)

    def find(self, payload: dict, details: Stated) -> Claim | None:
        weapon = payload["weapon"]
        if payload["total"] is not None:
            joinable = reversed(self.by_total.get((weapon, details.launched, payload["total"]), []))
        elif payload["is_split"]:
            least = _stated_sum(payload["parts"])
            awaiting = self.awaiting_split.get((weapon, details.launched), {})
            joinable = (claim for claim in reversed(awaiting.values()) if claim.total >= least)
        else:
            return None
        return next((claim for claim in joinable if not claim.stated.conflicts(details)), None)

    def add(self, claim: Claim) -> None:
        """A new claim, split by none of its mentions yet."""
        if claim.total is not None:
            self.by_total.setdefault((claim.weapon, claim.stated.launched, claim.total), []).append(claim)
            self.awaiting_split.setdefault((claim.weapon, claim.stated.launched), {})[id(claim)] = claim

    def split(self, claim: Claim) -> None:
        self.awaiting_split.get((claim.weapon, claim.stated.launched), {}).pop(id(claim), None)


def merge_claims(mentions: list[Mention]) -> list[Claim]:
    claims: list[Claim] = []
    open_claims = OpenClaims()
    for mention in sorted(mentions, key=lambda m: (m.sentence_index, m.char_start)):
        payload = mention.payload
        details = stated(payload)
        claim = open_claims.find(payload, details)
        if claim is None:
            has_remainder = any(part["is_remainder"] for part in payload["parts"])
            total = payload["total"] if payload["total"] is not None else (None if has_remainder else _stated_sum(payload["parts"]) or None)
            claim = Claim(payload["weapon"], total, details)
            claims.append(claim)
            open_claims.add(claim)
        claim.stated = claim.stated.joined(details)
        claim.mentions.append(mention)
        if payload["is_split"] and claim.split is None:
            claim.split = mention
            open_claims.split(claim)
    return claims


def _claimant(claim: Claim, context: ArticleContext) -> str | None:
    on_day = publication_day(context.published_at)
    return most_specific_actor([actor for m in claim.mentions for actor in resolved_actor_ids(m, on_day)])


def _attacker(claim: Claim, claimant_country: str | None) -> str | None:
    stated = next((m.payload["attacker_country"] for m in claim.mentions if m.payload.get("attacker_country")), None)
    return stated or OPPOSING_SIDE.get(claimant_country or "")


def _part_counts(claim: Claim) -> list[int | None]:
    parts = claim.parts
    stated = _stated_sum(parts)
    # "le reste" in two places leaves its split unstated: neither row gets a count.
    single_remainder = sum(part["is_remainder"] for part in parts) == 1
    remainder = claim.total - stated if claim.total is not None and claim.total > stated and single_remainder else None
    return [remainder if part["is_remainder"] else part["count"] for part in parts]


def claim_key(attacker_country: str | None, weapon: str, total: int | None, event_date, parts: list[dict]) -> str:
    """The same claim in two articles gets the same id: same attacking side, weapon, stated total and date.
    A claim without a stated total ("une dizaine") is told apart by the regions it names."""
    regions = [] if total is not None else sorted({code for part in parts for code in part["region_codes"]})
    return stable_id("claim", attacker_country, weapon, total, event_date, regions)


def build_interception_facts(mentions: list[Mention], context: ArticleContext, partition_date) -> tuple[list[dict], list[dict]]:
    claim_rows, interception_rows = [], []
    actors = reference.actors()
    seen: set[str] = set()
    for claim in merge_claims(mentions):
        event_date, precision = resolve_event_date([t for m in claim.mentions for t in m.payload.get("date_texts", [])], context.published_at)
        claimant_id = _claimant(claim, context)
        claimant = actors.get(claimant_id) if claimant_id else None
        governor_region = next((m.payload.get("governor_region") for m in claim.mentions if m.payload.get("governor_region")), None)
        claimed_by = claimant.name if claimant else (f"Governor of {reference.region_name(governor_region)}" if governor_region else None)
        claimant_country = claimant.country_code if claimant else (governor_region.split("-")[0] if governor_region else None)
        anchor = claim.evidence_mention
        attacker_country = _attacker(claim, claimant_country)
        claim_id = claim_key(attacker_country, claim.weapon, claim.total, event_date, claim.parts)
        if claim_id in seen:
            continue
        seen.add(claim_id)
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
        for part, count in zip(claim.parts, _part_counts(claim), strict=True):
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
                    "sentence": claim.parts_mention.sentence,
                    "char_start": part["char_start"],
                    "char_end": part["char_end"],
                }
            )
    return claim_rows, interception_rows


