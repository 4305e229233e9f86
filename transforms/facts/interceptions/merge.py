"""Mentions of one claim merged, in the order the article states them.

The article is the unit. Mentions of the same claim are merged: the same weapon and stated total, or a regional
split without a stated total that fits under an earlier total ("46 drones abattus" … "17 à Belgorod, 12 à
Koursk, le reste …"). A total that names no region takes the located counts stated after it as its parts, as
long as they fit under it and no other claimant states them ("139 drones abattus" … "16 drones ont été abattus
dans la région de Rostov"); a continuation (parts with no weapon word, in the sentences after a claim) is
always such a part, or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

from transforms import reference
from transforms.facts.common import resolved_actor_ids
from transforms.records import publication_day
from transforms.extract.interceptions.anchors import GENERIC
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
    # The side its named claimant or defending force belongs to: the Russian ministry's 61 drones are not the
    # Ukrainian air force's 61.
    side: str | None = None

    def conflicts(self, other: Stated) -> bool:
        """Two details conflict when both mentions state them and they differ: one mention may leave out what
        another says ("35 drones abattus" in the headline, "35 des 39 drones" in the body)."""
        pairs = (
            (self.launched, other.launched), (self.regions, other.regions), (self.attacker, other.attacker), (self.voice, other.voice),
            (self.day, other.day), (self.side, other.side),
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
            self.towns or other.towns, self.voice or other.voice, self.day or other.day, self.side or other.side,
        )


def _outside(voice: str | None, regions: frozenset[str]) -> bool:
    """A local official speaks for his region and the one around it (the Moscow mayor for Moscow and its
    oblast), not for a claim placed elsewhere."""
    if voice in (None, NATIONAL) or not regions:
        return False
    return not regions <= {voice, reference.surrounding_regions().get(voice)}


def _partial(payload: dict) -> bool:
    """"45 drones, dont 20 au-dessus de Koursk": one located part short of its total, the rest told later or never."""
    parts = payload["parts"]
    return not payload["is_split"] and payload["total"] is not None and any(part["count"] not in (None, payload["total"]) for part in parts)


def _unsplit_parts(payload: dict) -> list[dict]:
    """The parts that place the whole claim: not those of a split, nor a part short of its total."""
    return [] if payload["is_split"] or _partial(payload) else payload["parts"]


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
        regions_of(parts),
        payload.get("attacker_country"),
        frozenset(town for part in parts for town in part.get("towns", [])),
        claimant_voice(mention, publication_day(published_at)),
        _stated_day(mention, published_at),
        _mention_side(mention),
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
        """The mention that places the claim: its regional split, else the first that names regions. A split that
        names no region splits the total by how or when ("14 détruits … et six autres par la guerre électronique"):
        the total is the row."""
        with_regions = [m for m in self.mentions if any(part["region_codes"] for part in m.payload["parts"])]
        return self.split if self.split in with_regions else next(iter(with_regions), self.mentions[0])

    @property
    def placed_parts(self) -> list[tuple[dict, Mention]]:
        """Every part with the mention that states it. Parts taken in from later sentences replace a total's
        own row when they name every region it names (none, or "Leningrad et Novgorod" for "un à Leningrad, deux à
        Novgorod")."""
        added_regions = regions_of([part for part, _ in self.added_parts])
        replaced = (
            self.added_parts and self.split is None and not _partial(self.parts_mention.payload)
            and (self.regions_in_summary or self.stated.regions <= added_regions)
        )
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

    def take_place(self, mention: Mention, details: Stated) -> None:
        """A mention with no count that places the whole claim: its regions are the claim's, with the claim's total."""
        self.stated = self.stated.joined(details)
        self.added_parts = [({**part, "count": self.total}, mention) for part in mention.payload["parts"]]
        self.mentions.append(mention)

    def take_split(self, mention: Mention) -> None:
        """The mention that splits the total. A part an earlier mention stated short of the total ("45 drones, dont
        20 au-dessus de Koursk"), in a region the split does not name, stays a part beside it when they fit."""
        named = regions_of(mention.payload["parts"])
        added = [mention, *(earlier for _, earlier in self.added_parts)]
        kept = {
            (part["count"], tuple(part["region_codes"])): (part, earlier)
            for earlier in self.mentions if not any(earlier is other for other in added) and _partial(earlier.payload)
            for part in earlier.payload["parts"] if part["region_codes"] and not named & set(part["region_codes"])
        }
        self.split = mention
        if kept and stated_sum([part for part, _ in kept.values()] + mention.payload["parts"]) <= self.total:
            self.added_parts += kept.values()

    def room(self) -> int | None:
        """How many of the total no part accounts for yet; None without a total."""
        if self.total is None:
            return None
        stating = self.split or self.parts_mention
        taken = (stating.payload["parts"] if stating is self.split or _partial(stating.payload) else []) + [part for part, _ in self.added_parts]
        return self.total - stated_sum(taken)


def regions_of(parts: list[dict]) -> frozenset[str]:
    return frozenset(code for part in parts for code in part["region_codes"])


def stated_sum(parts: list[dict]) -> int:
    return sum(part["count"] or 0 for part in parts if not part["is_remainder"])


@dataclass
class OpenClaims:
    """The claims a later mention may join, newest last, found without a look at every claim of the article: by
    weapon and total for a mention that states its total; by weapon, those with a total and no split yet, for a
    split stated without its total."""

    by_total: dict[tuple, list[Claim]] = field(default_factory=dict)
    awaiting_split: dict[str, dict[int, Claim]] = field(default_factory=dict)

    def find(self, mention: Mention, details: Stated) -> Claim | None:
        payload = mention.payload
        weapon = payload["weapon"]
        if payload["total"] is not None:
            joinable = reversed(self.by_total.get((weapon, payload["total"]), []))
        elif payload["is_split"]:
            least = stated_sum(payload["parts"])
            awaiting = self.awaiting_split.get(weapon, {})
            regions = regions_of(payload["parts"])
            joinable = (claim for claim in reversed(awaiting.values()) if claim.total >= least and not _over_the_other_side(claim, regions))
        else:
            return None
        return next((claim for claim in joinable if not claim.stated.conflicts(details) and not _another_kind_beside(claim, mention)), None)

    def add(self, claim: Claim) -> None:
        """A new claim, split by none of its mentions yet."""
        if claim.total is not None:
            self.by_total.setdefault((claim.weapon, claim.total), []).append(claim)
            self.awaiting_split.setdefault(claim.weapon, {})[id(claim)] = claim

    def split(self, claim: Claim) -> None:
        self.awaiting_split.get(claim.weapon, {}).pop(id(claim), None)


def _another_kind_beside(claim: Claim, mention: Mention) -> bool:
    """"trois missiles Kalibr et trois missiles Iskander", "un avion de combat, un hélicoptère": counts of two kinds
    in one sentence are two claims, however alike their figures."""
    kind = mention.payload.get("kind")
    return bool(kind) and any(
        other.sentence_index == mention.sentence_index and other.payload.get("kind") and other.payload["kind"] != kind for other in claim.mentions
    )


def _located(payload: dict) -> bool:
    """Every part is placed and counted, or is the one rest of the total ("Le reste a été abattu au-dessus de …")."""
    parts = payload["parts"]
    remainders = sum(part["is_remainder"] for part in parts)
    return remainders <= 1 and all(part["region_codes"] and (part["count"] is not None or part["is_remainder"]) for part in parts)


def _speaks_for_itself(mention: Mention) -> bool:
    """A mention that names its own claimant (a governor, a mayor, a ministry) is that claimant's claim."""
    payload = mention.payload
    return bool(payload.get("governor_region") or payload.get("actor_ids") or payload.get("titles") or payload.get("names_a_claimant"))


def _takes_as_parts(claim: Claim, mention: Mention, details: Stated) -> bool:
    """An unlocated total of the same weapon takes a later located count that fits under it (any count under an
    approximate total), when the count is not some other claimant's, states no other launch count and no other day
    ("Le 3 mai 2023, deux drones avaient été détruits au-dessus du Kremlin", "En mai, …": an earlier event recalled)."""
    payload = mention.payload
    if (claim.stated.day and details.day and claim.stated.day != details.day) or payload.get("another_period"):
        return False
    room = claim.room()
    # "deux des trois drones" after "trois drones abattus": the three are the claim's total, not another launch.
    launched_elsewhere = payload.get("launched") not in (None, claim.total)
    regions = regions_of(payload["parts"])
    # "trois drones au-dessus des régions de Leningrad et de Novgorod" … "deux au-dessus de celle de Novgorod", "Neuf …
    # au-dessus de la région de Briansk et trois au-dessus de celle d'Orel": a total over several regions takes one part
    # that names fewer of them, or several among them.
    parts_regions = [set(part["region_codes"]) for part in payload["parts"]]
    split_later = len(claim.stated.regions) > 1 and all(named <= claim.stated.regions for named in parts_regions) and (
        len(parts_regions) > 1 or parts_regions[0] < claim.stated.regions
    )
    placed_in_summary = claim.regions_in_summary or split_later
    if (room is None and not claim.approximate) or (claim.stated.regions and not placed_in_summary) or not _located(payload) or launched_elsewhere:
        return False
    if payload.get("new") or (payload.get("another") and not claim.added_parts and not claim.split):
        # "11 nouveaux drones … à l'approche de la ville", "Dans la soirée, il a fait état de 17 autres drones" before
        # any part of the total: more than the total said.
        return False
    if payload["total"] not in (None, stated_sum(payload["parts"])):
        return False  # a total of its own that is not the sum of its parts is a claim of its own
    if payload["weapon"] not in (claim.weapon, None, GENERIC) or (_speaks_for_itself(mention) and not payload.get("continuation")):
        return False
    if _outside(claim.stated.voice, regions):
        return False  # a mayor's total has no parts in another region
    if _over_the_other_side(claim, regions):
        return False
    if any(part["is_remainder"] for part in payload["parts"]):
        # The rest of a total is what the parts stated with it or before leave: there must be some of both, and no
        # other rest.
        stated_here = stated_sum(payload["parts"])
        return room is not None and stated_here < room and (stated_here or room < claim.total) and not any(part["is_remainder"] for part in claim.parts)
    return room is None or stated_sum(payload["parts"]) <= room


def _over_the_other_side(claim: Claim, regions: set[str] | frozenset[str]) -> bool:
    """The Ukrainian air force's total has no part over Moscow, nor Kyiv's over the Bryansk region."""
    side = claimant_side(claim)
    return bool(side and {reference.air_defence_sides().get(code) for code in regions} - {None} - {side})


def claimant_side(claim: Claim) -> str | None:
    """The side a claim's named claimant or defending force belongs to, when its mentions name one."""
    return next((side for side in map(_mention_side, claim.mentions) if side), None)


def _mention_side(mention: Mention) -> str | None:
    known = reference.actors()
    payload = mention.payload
    countries = {known[a].country_code for a in payload.get("actor_ids", []) if a in known} & set(OPPOSING_SIDE)
    if len(countries) == 1:
        return countries.pop()
    return payload["defender_country"] if payload.get("defender_country") in OPPOSING_SIDE else None


def _placed_claim(latest_totals: dict[str | None, Claim], mention: Mention, details: Stated) -> Claim | None:
    """"18 des 21 drones abattus" … "Les drones ont été abattus au-dessus des régions d'Odessa et de Kherson": a sentence
    with no count that names the weapons as those counted places the latest total of their weapon, when that names
    no region, has no parts yet and agrees with it."""
    payload = mention.payload
    regions = regions_of(payload["parts"])
    claim = latest_totals.get(payload["weapon"])
    if not payload.get("names_the_counted") or not regions or claim is None or claim.total is None:
        return None
    if claim.stated.regions or claim.split or claim.added_parts or claim.stated.conflicts(details) or _over_the_other_side(claim, regions):
        return None
    return claim


def _taking_claim(latest_totals: dict[str | None, Claim], mention: Mention, details: Stated) -> Claim | None:
    """The claim stated last with a total, of the mention's weapon (of any weapon for counts that name none), if
    it takes the mention as parts: parts follow their total, and another total in between ends its split."""
    weapon = mention.payload["weapon"]
    claim = latest_totals.get(None if weapon in (None, GENERIC) else weapon)
    return claim if claim is not None and _takes_as_parts(claim, mention, details) else None


def merge_claims(mentions: list[Mention], published_at: datetime) -> list[Claim]:
    claims: list[Claim] = []
    open_claims = OpenClaims()
    latest_totals: dict[str | None, Claim] = {}  # by weapon, and the latest of all under None
    for mention in sorted(mentions, key=lambda m: (m.sentence_index, m.char_start)):
        payload = mention.payload
        details = stated(mention, published_at)
        # "Un deuxième drone a été abattu": one more, never a claim stated before said again; "27 autres drones
        # à Lipetsk, 18 à Orel" may still split a total.
        # "Le reste des drones …": only the rest of a total whose parts were told; a rest no total takes is nothing.
        only_a_rest = bool(payload["parts"]) and all(part["is_remainder"] for part in payload["parts"])
        joinable = payload["weapon"] not in (None, GENERIC) and not (payload.get("another") and not payload["is_split"]) and not only_a_rest
        claim = open_claims.find(mention, details) if joinable else None
        if claim is None and (placed := _placed_claim(latest_totals, mention, details)) is not None:
            placed.take_place(mention, details)
            continue
        if claim is None and (taking := _taking_claim(latest_totals, mention, details)) is not None:
            taking.take_parts(mention, details)
            continue
        if payload.get("continuation") and not only_a_rest and (latest := latest_totals.get(None)) is not None:
            # "21 drones … au-dessus de Toula. 12 ont été abattus dans la région de Riazan": counts no total takes as
            # parts are more of the weapon counted before, a claim of their own.
            mention = replace(mention, payload={**payload, "weapon": latest.weapon})
            payload, details = mention.payload, stated(mention, published_at)
        if payload["weapon"] in (None, GENERIC) or only_a_rest:
            continue  # a continuation no claim takes, or counts of no known weapon
        if claim is None:
            has_remainder = any(part["is_remainder"] for part in payload["parts"])
            total = payload["total"] if payload["total"] is not None else (None if has_remainder else stated_sum(payload["parts"]) or None)
            approximate = all(part["count"] is None and not part["is_remainder"] for part in payload["parts"]) and not payload.get("unquantified")
            claim = Claim(payload["weapon"], total, details, approximate=total is None and approximate)
            claims.append(claim)
            open_claims.add(claim)
        if claim.total is not None or claim.approximate:
            # A total stated again is the latest stated: the parts that follow are its own.
            latest_totals[claim.weapon] = latest_totals[None] = claim
        claim.stated = claim.stated.joined(details)
        claim.mentions.append(mention)
        if payload["is_split"] and claim.split is None:
            claim.take_split(mention)
            open_claims.split(claim)
    return claims
