"""Interception claims and their regional rows from interception mentions of one article.

The article is the unit. Mentions of the same claim are merged: the same weapon and stated total, or a regional
split without a stated total that fits under an earlier total ("46 drones abattus" … "17 à Belgorod, 12 à
Koursk, le reste …"). A total that names no region takes the located counts stated after it as its parts, as
long as they fit under it and no other claimant states them ("139 drones abattus" … "16 drones ont été abattus
dans la région de Rostov"); a continuation (parts with no weapon word, in the sentences after a claim) is
always such a part, or nothing. A claim without a count that repeats one with a count ("des dizaines de
drones" in the lead) is the same claim.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime


from transforms import reference
from transforms.facts.common import ArticleContext, evidence, most_specific_actor, resolved_actor_ids, stable_id
from transforms.records import publication_day
from transforms.extract.interceptions.claims import GENERIC
from transforms.extract.mentions import Mention
from transforms.normalise.dates import PRECISION_PUBLICATION, resolve_event_date

OPPOSING_SIDE = {"RU": "UA", "UA": "RU"}


NATIONAL = "national"
NATIONAL_VOICES = {"ministry", "military", "person"}


@dataclass(frozen=True)
class Stated:
    """Details two mentions of one claim may not contradict: the launch count, the regions and towns of an
    unsplit claim, the attacker, and the voice of its claimant: the region a local official speaks for (a mayor's
    or a governor's own tally), or the national level (a ministry, an army, a head of state)."""

    launched: int | None
    regions: frozenset[str]
    attacker: str | None
    towns: frozenset[str] = frozenset()
    voice: str | None = None
    day: date | None = None

    def conflicts(self, other: Stated) -> bool:
        """Two details conflict when both mentions state them and they differ: one mention may leave out what
        another says ("35 drones abattus" in the headline, "35 des 39 drones" in the body)."""
        pairs = (
            (self.launched, other.launched), (self.regions, other.regions), (self.attacker, other.attacker), (self.voice, other.voice),
            (self.day, other.day),
        )
        return (
            any(a and b and a != b for a, b in pairs)
            or bool(self.towns and other.towns and not self.towns & other.towns)
            or _outside(self.voice, other.regions) or _outside(other.voice, self.regions)
        )

    def joined(self, other: Stated) -> Stated:
        """What a claim states once a mention that does not contradict it joins it."""
        return Stated(
            self.launched or other.launched, self.regions or other.regions, self.attacker or other.attacker,
            self.towns or other.towns, self.voice or other.voice, self.day or other.day,
        )


def _outside(voice: str | None, regions: frozenset[str]) -> bool:
    """A local official speaks for his region and the one around it (the Moscow mayor for Moscow and its
    oblast), not for a claim placed elsewhere."""
    if voice in (None, NATIONAL) or not regions:
        return False
    return not regions <= {voice, reference.surrounding_regions().get(voice)}


def _unsplit_parts(payload: dict) -> list[dict]:
    return [] if payload["is_split"] else payload["parts"]


def claimant_voice(mention: Mention, on_day: date) -> str | None:
    """The region a mention's claimant speaks for when a local official (a governor, a mayor) claims it; NATIONAL
    when it names a ministry, an army or a person; None when it names no claimant, or only a country ("la
    Russie", "Kyiv"), which may stand for anyone of its side."""
    known = reference.actors()
    actor_ids = resolved_actor_ids(mention, on_day)
    local = mention.payload.get("governor_region") or next((known[a].speaks_for_region for a in actor_ids if known[a].speaks_for_region), None)
    return local or (NATIONAL if any(known[a].kind in NATIONAL_VOICES for a in actor_ids) else None)


def _stated_day(mention: Mention, published_at: datetime) -> date | None:
    """The day the mention's own words name ("dimanche", "le 3 août"), if any."""
    day, precision = resolve_event_date(mention.payload.get("date_texts", []), published_at)
    return None if precision == PRECISION_PUBLICATION else day


def stated(mention: Mention, published_at: datetime) -> Stated:
    payload = mention.payload
    parts = _unsplit_parts(payload)
    return Stated(
        payload.get("launched"),
        frozenset(code for part in parts for code in part["region_codes"]),
        payload.get("attacker_country"),
        frozenset(town for part in parts for town in part.get("towns", [])),
        claimant_voice(mention, publication_day(published_at)),
        _stated_day(mention, published_at),
    )


@dataclass
class Claim:
    weapon: str
    total: int | None
    # What its mentions state: each joined without contradicting the ones before, so they all agree with it.
    stated: Stated
    mentions: list[Mention] = field(default_factory=list)
    split: Mention | None = None
    # Located counts of later sentences taken in as parts of the total, each with the mention stating it.
    added_parts: list[tuple[dict, Mention]] = field(default_factory=list)
    # A total stated without an exact count ("près de 44 drones", "plus de 100"): it takes parts, unbounded.
    approximate: bool = False

    @property
    def parts_mention(self) -> Mention:
        """The mention that places the claim: its regional split, else the first that names regions."""
        with_regions = (m for m in self.mentions if any(part["region_codes"] for part in m.payload["parts"]))
        return self.split or next(with_regions, self.mentions[0])

    @property
    def placed_parts(self) -> list[tuple[dict, Mention]]:
        """Every part with the mention that states it. Parts taken in from later sentences replace a total's
        own row when they name every region it names (none, or "Leningrad et Novgorod" for "un à Leningrad, deux à
        Novgorod")."""
        added_regions = {code for part, _ in self.added_parts for code in part["region_codes"]}
        replaced = self.added_parts and self.split is None and (self.regions_in_summary or self.stated.regions <= added_regions)
        own = [] if replaced else [(part, self.parts_mention) for part in self.parts_mention.payload["parts"]]
        return own + self.added_parts

    @property
    def regions_in_summary(self) -> bool:
        """An approximate total names its regions as a summary ("près de 44 drones au-dessus de neuf régions, dont
        celle de Moscou"), as does one over a number of regions ("158 drones au-dessus de 14 régions, en plus de
        Moscou"): its parts still follow."""
        return self.approximate or any(m.payload.get("regions_in_summary") for m in self.mentions)

    @property
    def parts(self) -> list[dict]:
        return [part for part, _ in self.placed_parts]

    @property
    def evidence_mention(self) -> Mention:
        return self.split or self.mentions[0]

    def take_parts(self, mention: Mention, details: Stated) -> None:
        """A later mention's located counts as parts: its launch count and attacker (of `details`, what it states)
        join what the claim states; its regions are the parts', not the claim's."""
        self.stated = self.stated.joined(Stated(details.launched, frozenset(), details.attacker))
        self.added_parts += [(part, mention) for part in mention.payload["parts"]]
        self.mentions.append(mention)

    def room(self) -> int | None:
        """How many of the total no part accounts for yet; None without a total."""
        if self.total is None:
            return None
        taken = (self.split.payload["parts"] if self.split else []) + [part for part, _ in self.added_parts]
        return self.total - _stated_sum(taken)


def _stated_sum(parts: list[dict]) -> int:
    return sum(part["count"] or 0 for part in parts if not part["is_remainder"])


@dataclass
class OpenClaims:
    """The claims a later mention may join, newest last, found without a look at every claim of the article: by
    weapon and total for a mention that states its total; by weapon, those with a total and no split yet, for a
    split stated without its total."""

    by_total: dict[tuple, list[Claim]] = field(default_factory=dict)
    awaiting_split: dict[str, dict[int, Claim]] = field(default_factory=dict)

    def find(self, payload: dict, details: Stated) -> Claim | None:
        weapon = payload["weapon"]
        if payload["total"] is not None:
            joinable = reversed(self.by_total.get((weapon, payload["total"]), []))
        elif payload["is_split"]:
            least = _stated_sum(payload["parts"])
            awaiting = self.awaiting_split.get(weapon, {})
            joinable = (claim for claim in reversed(awaiting.values()) if claim.total >= least)
        else:
            return None
        return next((claim for claim in joinable if not claim.stated.conflicts(details)), None)

    def add(self, claim: Claim) -> None:
        """A new claim, split by none of its mentions yet."""
        if claim.total is not None:
            self.by_total.setdefault((claim.weapon, claim.total), []).append(claim)
            self.awaiting_split.setdefault(claim.weapon, {})[id(claim)] = claim

    def split(self, claim: Claim) -> None:
        self.awaiting_split.get(claim.weapon, {}).pop(id(claim), None)


def _located(payload: dict) -> bool:
    return all(part["region_codes"] and part["count"] is not None and not part["is_remainder"] for part in payload["parts"])


def _speaks_for_itself(mention: Mention) -> bool:
    """A mention that names its own claimant (a governor, a mayor, a ministry) is that claimant's claim."""
    payload = mention.payload
    return bool(payload.get("governor_region") or payload.get("actor_ids") or payload.get("titles") or payload.get("names_a_claimant"))


def _takes_as_parts(claim: Claim, mention: Mention) -> bool:
    """An unlocated total of the same weapon takes a later located count that fits under it (any count under an
    approximate total), when the count is not some other claimant's and states no other launch count."""
    payload = mention.payload
    room = claim.room()
    # "deux des trois drones" after "trois drones abattus": the three are the claim's total, not another launch.
    launched_elsewhere = payload.get("launched") not in (None, claim.total)
    regions = frozenset(code for part in payload["parts"] for code in part["region_codes"])
    # "trois drones au-dessus des régions de Leningrad et de Novgorod" … "deux au-dessus de celle de Novgorod": a total
    # over several regions takes the parts it names.
    split_later = len(claim.stated.regions) > 1 and regions < claim.stated.regions
    placed_in_summary = claim.regions_in_summary or split_later
    if (room is None and not claim.approximate) or (claim.stated.regions and not placed_in_summary) or not _located(payload) or launched_elsewhere:
        return False
    if payload["total"] not in (None, _stated_sum(payload["parts"])):
        return False  # a total of its own that is not the sum of its parts is a claim of its own
    if payload["weapon"] not in (claim.weapon, None, GENERIC) or (_speaks_for_itself(mention) and not payload.get("continuation")):
        return False
    if _outside(claim.stated.voice, regions):
        return False  # a mayor's total has no parts in another region
    if (side := _claimant_side(claim)) and {reference.air_defence_sides().get(code) for code in regions} - {None} - {side}:
        return False  # the Ukrainian air force's total has no part over Moscow
    return room is None or sum(part["count"] for part in payload["parts"]) <= room


def _claimant_side(claim: Claim) -> str | None:
    """The side a claim's named claimant or defending force belongs to, when its mentions name one."""
    known = reference.actors()
    for mention in claim.mentions:
        payload = mention.payload
        countries = {known[a].country_code for a in payload.get("actor_ids", []) if a in known} & set(OPPOSING_SIDE)
        if len(countries) == 1:
            return countries.pop()
        if payload.get("defender_country") in OPPOSING_SIDE:
            return payload["defender_country"]
    return None


def _taking_claim(latest_totals: dict[str | None, Claim], mention: Mention) -> Claim | None:
    """The claim stated last with a total, of the mention's weapon (of any weapon for counts that name none), if
    it takes the mention as parts: parts follow their total, and another total in between ends its split."""
    weapon = mention.payload["weapon"]
    claim = latest_totals.get(None if weapon in (None, GENERIC) else weapon)
    return claim if claim is not None and _takes_as_parts(claim, mention) else None


def merge_claims(mentions: list[Mention], published_at: datetime) -> list[Claim]:
    claims: list[Claim] = []
    open_claims = OpenClaims()
    latest_totals: dict[str | None, Claim] = {}  # by weapon, and the latest of all under None
    for mention in sorted(mentions, key=lambda m: (m.sentence_index, m.char_start)):
        payload = mention.payload
        details = stated(mention, published_at)
        # "Un deuxième drone a été abattu": one more, never a claim stated before said again; "27 autres drones
        # à Lipetsk, 18 à Orel" may still split a total.
        joinable = payload["weapon"] not in (None, GENERIC) and not (payload.get("another") and not payload["is_split"])
        claim = open_claims.find(payload, details) if joinable else None
        if claim is None and (taking := _taking_claim(latest_totals, mention)) is not None:
            taking.take_parts(mention, details)
            continue
        if payload["weapon"] in (None, GENERIC):
            continue  # a continuation no claim takes, or counts of no known weapon
        if claim is None:
            has_remainder = any(part["is_remainder"] for part in payload["parts"])
            total = payload["total"] if payload["total"] is not None else (None if has_remainder else _stated_sum(payload["parts"]) or None)
            approximate = all(part["count"] is None and not part["is_remainder"] for part in payload["parts"])
            claim = Claim(payload["weapon"], total, details, approximate=total is None and approximate)
            claims.append(claim)
            open_claims.add(claim)
        if claim.total is not None or claim.approximate:
            # A total stated again is the latest stated: the parts that follow are its own.
            latest_totals[claim.weapon] = latest_totals[None] = claim
        claim.stated = claim.stated.joined(details)
        claim.mentions.append(mention)
        if payload["is_split"] and claim.split is None:
            claim.split = mention
            open_claims.split(claim)
    return claims


def _with_totals_after_parts(claims: list[Claim]) -> list[Claim]:
    """"Au total, 25 drones ont été abattus" after located counts of the same weapon that make exactly 25: the
    total is the claim, the counts before it are its parts."""
    merged: list[Claim] = []
    for claim in claims:
        if claim.total is not None and not claim.stated.regions and not claim.split and not claim.added_parts:
            taken, counted = [], 0
            for earlier in reversed(merged):
                if earlier.weapon != claim.weapon or earlier.total is None or not all(p["region_codes"] for p in earlier.parts):
                    break
                taken.append(earlier)
                counted += earlier.total
                if counted >= claim.total:
                    break
            if len(taken) >= 2 and counted == claim.total:
                for earlier in reversed(taken):
                    merged.remove(earlier)
                    claim.added_parts += earlier.placed_parts
                    claim.mentions += earlier.mentions
        merged.append(claim)
    return merged


def _without_splits_by_method(claims: list[Claim]) -> list[Claim]:
    """"Une attaque de trois drones a été déjouée" … "un drone a été abattu et deux autres neutralisés par la guerre
    électronique": counts after a total, of its weapon, in its regions or none, that make exactly the total split it
    by how they were stopped; the total is the claim."""
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
    return len(counts) >= 2 and fits and sum(claim.total for claim in counts) == total.total and counts[-1] is after[-1]


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


def _countless(claim: Claim) -> bool:
    return claim.total is None and all(part["count"] is None for part in claim.parts)


def _regions(claim: Claim) -> set[str]:
    return {code for part in claim.parts for code in part["region_codes"]}


def _restates_a_part(claim: Claim, other: Claim) -> bool:
    """"13 drones ukrainiens détruits" over "13 drones au-dessus de la Crimée, six autres au-dessus de Belgorod": an
    unplaced count that one placed part of another claim of the same side states. A single drone is too common a
    count to tell."""
    return (
        claim.total is not None and claim.total > 1 and not _regions(claim) and len(other.parts) > 1 and not claim.stated.conflicts(other.stated)
        and any(part["count"] == claim.total and part["region_codes"] for part in other.parts)
    )


def without_restatements(claims: list[Claim]) -> list[Claim]:
    """A claim without a count ("des dizaines de drones", "plus de 120 drones") that an article's claim of the same
    weapon with a count, or an earlier one without, covers (its regions among theirs) is a restatement of it; so
    is a count that restates a part of another claim (`_restates_a_part`). A restatement that names the day ("a
    affirmé dimanche avoir abattu des dizaines de drones") dates the claim it restates when that one names none."""
    kept: list[Claim] = []
    for claim in claims:
        others = [other for other in claims if other is not claim and other.weapon == claim.weapon]
        covering = [other for other in others if not _countless(other) or claims.index(other) < claims.index(claim)]
        restated = next((other for other in covering if _regions(claim) <= _regions(other) or not _regions(claim)), None) if _countless(claim) else None
        if restated is not None:
            if restated.stated.day is None and claim.stated.day is not None:
                restated.stated = replace(restated.stated, day=claim.stated.day)
                restated.mentions += claim.mentions
            continue
        if any(_restates_a_part(claim, other) for other in others):
            continue
        kept.append(claim)
    return kept


def _part_counts(claim: Claim) -> list[int | None]:
    parts = claim.parts
    stated = _stated_sum(parts)
    # "le reste" in two places leaves its split unstated: neither row gets a count.
    single_remainder = sum(part["is_remainder"] for part in parts) == 1
    remainder = claim.total - stated if claim.total is not None and claim.total > stated and single_remainder else None
    return [remainder if part["is_remainder"] else part["count"] for part in parts]


def claim_key(attacker_country: str | None, weapon: str, total: int | None, event_date, parts: list[dict], local_voice: str | None = None) -> str:
    """The same claim in two articles gets the same id: same attacking side, weapon, stated total and date, and
    the region of the local official who claims it (a mayor's tally is not the ministry's). A claim without a
    stated total ("une dizaine") is told apart by the regions it names."""
    regions = [] if total is not None else sorted({code for part in parts for code in part["region_codes"]})
    return stable_id("claim", attacker_country, weapon, total, event_date, regions, *([local_voice] if local_voice else []))


def _told_apart(claim: Claim) -> bool:
    """A claim the article tells apart from an earlier one of the same key: one more ("un deuxième drone"), or
    in a town of its own."""
    return bool(claim.stated.towns) or any(m.payload.get("another") for m in claim.mentions)


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


def build_interception_facts(mentions: list[Mention], context: ArticleContext, partition_date) -> tuple[list[dict], list[dict]]:
    claim_rows, interception_rows = [], []
    seen: set[str] = set()
    claims = without_restatements(_without_splits_by_method(_with_totals_after_parts(merge_claims(mentions, context.published_at))))
    for claim, (claimant_id, claimed_by, claimant_country) in zip(claims, _claimants(claims, context), strict=True):
        event_date, precision = resolve_event_date([t for m in claim.mentions for t in m.payload.get("date_texts", [])], context.published_at)
        anchor = claim.evidence_mention
        attacker_country = _attacker(claim, claimant_country)
        voice = claim.stated.voice if claim.stated.voice != NATIONAL else None
        claim_id = claim_key(attacker_country, claim.weapon, claim.total, event_date, claim.parts, voice)
        if claim_id in seen:
            if not _told_apart(claim):
                continue
            claim_id = stable_id(claim_id, len(seen))
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


