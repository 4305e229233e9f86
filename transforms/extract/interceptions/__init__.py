"""Interception claims in one sentence: who says what was shot down, how many, where.

A sentence is read as a sequence of anchors (counts, or "le reste") each owning the tokens up to the next
anchor (`anchors`, `claims`). An anchor is an interception count when an interception trigger lies in its
stretch (or before the first anchor) or acts on it; anchors after it that name regions are the parts of a
regional split, placed only in regions named as places (`places`). The sentences right after a claim may go on
with its parts without a weapon word ("En région de Belgorod, 56 engins ont été détruits ; à Koursk, 12");
they are read as continuations, which the article's claims take in (transforms/facts/interceptions/merge.py).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from transforms import reference
from transforms.extract.interceptions.anchors import COUNTED_CLASSES, GENERIC, MIXED, SUBJECTS, Anchor, labelled, read_anchors, taken_up_by_a_pronoun, words_after
from transforms.extract.interceptions.claims import bracketed, partitive_clitics, read_stretches
from transforms.extract.interceptions.clauses import in_stretch, participle_clause_starts
from transforms.extract.interceptions.days import written_days
from transforms.extract.interceptions.grouping import claim_payload, group_claims, lead_weapon, parts_payload
from transforms.extract.interceptions.places import (
    SIDE_LABELS, aims_at_a_place_unnamed, attached_to, attack_tokens, claimants, governor_region, over_uncoded_waters, places, places_and_targets,
)
from transforms.extract.mentions import Mention, mention, spans_in

# A sentence without both can hold no claim; the candidate pre-filter reads this too. The weapon may be named
# in the sentence before, for a count that says it again by ellipsis ("38 drones ont été lancés. La défense en a
# neutralisé 29."): WEAPON_SENTENCES_BEFORE.
REQUIRED_LABELS = ("INTERCEPT", "WEAPON")
WEAPON_SENTENCES_BEFORE = 1
# The sentences after a claim read for its parts; the parser reads them with it.
CONTINUATION_SENTENCES = 2
# The sentence before a claim, read for the speaker a pronoun refers to ("Selon lui", "a-t-il précisé").
SPEAKER_SENTENCES = 1
ATTACKER_WINDOW = 4
# Who launches: "lancés par la Russie", "la Russie a lancé".
LAUNCH_AGENTS = {"obl:agent", "nsubj"}
# "la plus importante attaque de drones depuis": the words of a superlative's noun phrase before "depuis".
RECORD_PHRASE_WINDOW = 5
OPENING_QUOTES = ("«", "“")
CLOSING_QUOTES = ("»", "”")
INSTITUTIONS = {"ministry", "military", "government"}
# What follows the time that heads a live blog's entry: "09h45 : …", "07h10 - …".
ENTRY_SEPARATORS = {":", "-", "–", "—"}


def _attacker_country(sent: Span, claim: list[Anchor]) -> str | None:
    """A demonym right after the weapon ("drones ukrainiens"), else the side that fields a model the count names
    ("40 drones Shahed", "quatre roquettes du système HIMARS"), else the one side the sentence names as the agent of
    a launch ("lancés par la Russie", "tirés par les forces russes")."""
    head = claim[0]
    # "drones de fabrication iranienne": who made them, not who launched them.
    makers = {span.end for span in labelled(sent, "MADE_BY")}
    for span in in_stretch(spans_in(sent, "countries"), head.span.end, min(head.weapon_from + ATTACKER_WINDOW, head.stretch_end)):
        if span.start not in makers:
            return span.id_
    named = spans_in(sent, "weapon_models")
    models = {span.id_ for anchor in claim for span in in_stretch(named, anchor.span.end, anchor.stretch_end)}
    if models:
        return models.pop() if len(models) == 1 else None
    launchers = _launch_agents(sent)
    return launchers.pop() if len(launchers) == 1 else None


def _launcher_before(preceding: Span | None) -> str | None:
    """"La Russie a lancé 74 drones. 48 ont été abattus", "L'ennemi a attaqué avec 112 drones Shahed. … 86 drones
    abattus": the one side the sentence before launches with, else the one that fields the models it names."""
    if preceding is None:
        return None
    launchers = _launch_agents(preceding) or {span.id_ for span in spans_in(preceding, "weapon_models")}
    return launchers.pop() if len(launchers) == 1 else None


def _launch_agents(sent: Span) -> set[str]:
    """The countries of the agents of the sentence's launch words: an actor ("par la Russie", "la Russie a lancé") or a
    force named with a demonym ("par les forces russes", "les forces russes ont tiré")."""
    # Not who detected them ("la flotte russe a détecté et détruit trois drones").
    launches = {token.i for span in labelled(sent, "LAUNCH") if span.id_ != "detected" for token in span}
    actors = reference.actors()
    agents = {
        actors[span.id_].country_code for span in spans_in(sent, "actors", "ACTOR")
        if span.root.dep_ in LAUNCH_AGENTS and span.root.head.i in launches and span.id_ in actors
    }
    agents |= {
        span.id_ for span in spans_in(sent, "countries")
        if span.root.dep_ == "amod" and span.root.head.dep_ in LAUNCH_AGENTS and span.root.head.head.i in launches
    }
    return agents - {None}


def _defender_country(sent: Span) -> str | None:
    """The side a defending force or its officials are named with ("la défense antiaérienne ukrainienne",
    "l'armée russe", "le gouverneur russe"): a demonym the parse attaches to such a word, when the sentence names
    one side so; not the forces that launched the attack ("44 projectiles lancés par les forces russes")."""
    attacks = attack_tokens(sent)
    triggers = {token.i for span in labelled(sent, "INTERCEPT") for token in span}
    defenders = {
        token.i for span in labelled(sent, "DEFENDER") if not attached_to(span, attacks) and not _in_a_relative_clause_of_its_own(span, triggers)
        for token in span
    }
    sides = {
        country.id_ for country in spans_in(sent, "countries")
        if country.root.dep_ == "amod" and (country.root.head.i in defenders or (country.root.head.dep_ == "amod" and country.root.head.head.i in defenders))
    }
    return sides.pop() if len(sides) == 1 else None


def _in_a_relative_clause_of_its_own(span: Span, triggers: set[int]) -> bool:
    """"… dans la région de Koursk, où l'armée ukrainienne mène une offensive": a force the relative clause of a place
    says something else of is not who shot the weapons down."""
    verb = span.root.head
    return span.root.dep_ in ("nsubj", "nsubj:pass") and verb.dep_ == "acl:relcl" and verb.i not in triggers


def _country(span: Span) -> str | None:
    """The country a country's name or a state actor ("l'Ukraine", "Kiev" the government) stands for."""
    if span.label_ == "COUNTRY":
        return span.id_
    actor = reference.actors().get(span.id_)
    return actor.country_code if actor is not None and actor.kind == "government" else None


def _launched(anchors: list[Anchor], claim: list[Anchor]) -> int | None:
    """Of how many launched: "21 des 29 drones", or a launch count of the sentence ("sur les 40 drones lancés")."""
    if claim[0].of_launched is not None:
        return claim[0].of_launched
    launched = [anchor.count for anchor in anchors if anchor.is_launch and anchor.weapon in (claim[0].weapon, None)]
    return launched[0] if launched else None


def _running_total(sent: Span) -> bool:
    """"depuis le début de la guerre", "depuis janvier": a total so far, said of the shooting down (the trigger,
    the weapons, the main clause); not of another clause or noun ("l'une des attaques les plus massives attribuées
    à Kiev depuis le début de l'offensive", "la région de Belgorod, où Moscou mène une offensive depuis février")."""
    # "depuis le début de la nuit": the night told, no total so far.
    tonight = {span.start for span in labelled(sent, "SINCE_THE_NIGHT_BEGAN")}
    records = labelled(sent, "RECORD")
    running = [span for span in labelled(sent, "RUNNING_TOTAL") if span.start not in tonight and not _dates_a_record(sent, span, records)]
    if not sent.doc.has_annotation("DEP"):
        return bool(running)
    counted = {token.i for label in ("INTERCEPT", "WEAPON") for span in labelled(sent, label) for token in span}
    return any(
        # A count, not "l'une des attaques … depuis le début de l'offensive" (a pronoun, like a number only in form).
        (head := _phrase_head(span)).i in counted or head.dep_ == "ROOT" or (head.like_num and head.pos_ == "NUM")
        for span in running
    )


def _dates_a_record(sent: Span, since: Span, records: list[Span]) -> bool:
    """"lors de la plus importante attaque de drones depuis le début du conflit", "un record depuis février": "depuis"
    right after a superlative's noun phrase says since when it is the largest, not that the count is a total so far."""
    return any(
        record.end <= since.start and since.start - record.end <= RECORD_PHRASE_WINDOW
        and not any(token.is_punct or token.pos_ in ("VERB", "AUX", "NUM") for token in sent.doc[record.end : since.start])
        for record in records
    )


def _phrase_head(span: Span):
    """The word a phrase is attached to: the head of its root, past the nouns that complement one another ("le
    début de la guerre")."""
    head = span.root.head
    while head.dep_ == "nmod" and head.head.i != head.i:
        head = head.head
    return head


def _all_of_each_class(claim: list[Anchor], anchors: list[Anchor], preceding: Span | None, lang: str) -> list[list[Anchor]]:
    """"La Russie a tiré quatre missiles et 50 drones … Tous ont été abattus": "tous" (or "toutes les cibles") of no
    class after launch counts of several classes, in the sentence or the one before, is all of each class; one
    claim per class. A "tous" no launch count of several classes explains is left as it is."""
    head = claim[0]
    if not head.is_all or head.weapon not in (None, GENERIC, MIXED):
        return [claim]
    launched = [anchor for anchor in anchors if anchor.is_launch]
    if not launched and preceding is not None and labelled(preceding, "LAUNCH"):
        launched = [anchor for anchor in _read(preceding, lang)[0] if anchor.is_launch or not anchor.has_trigger]
    classes = list(dict.fromkeys(anchor.weapon for anchor in launched if anchor.weapon in COUNTED_CLASSES))
    if len(classes) < 2:
        return [claim] if head.weapon else []
    return [[replace(head, weapon=weapon), *claim[1:]] for weapon in classes]


def _launched_before(preceding: Span | None, lang: str, weapon: str | None) -> int | None:
    """The one launch count of the weapon the sentence before states ("44 drones ont été lancés. … les a tous
    abattus")."""
    if preceding is None or not (labelled(preceding, "LAUNCH") or labelled(preceding, "ATTACK")):
        return None
    # A launch count may be one the parse links to the sentence's interception word too.
    launched = [anchor.count for anchor in _read(preceding, lang)[0] if (anchor.is_launch or not anchor.has_trigger) and anchor.weapon in (weapon, None, GENERIC)]
    return launched[0] if len(launched) == 1 else None


def _opens_a_quote(sent: Span) -> bool:
    """The sentence starts a quotation it does not close: « … . Plus de 15 drones … », a indiqué le président."""
    text = sent.text.strip()
    if text.startswith('"'):
        return text.count('"') % 2 == 1
    return text.startswith(OPENING_QUOTES) and sum(map(text.count, OPENING_QUOTES)) > sum(map(text.count, CLOSING_QUOTES))


def _closing_attribution(sent: Span, following: list[Span]) -> Span | None:
    """The sentence that closes the quotation `sent` opens and says who said it, and when, after the closing mark:
    a claim quoted over several sentences is the speaker's, on the day of the words that end the quote."""
    if not _opens_a_quote(sent):
        return None
    for next_sentence in following:
        text = next_sentence.text
        closing = max(text.rfind(mark) for mark in (*CLOSING_QUOTES, '"'))
        if closing >= 0:
            after = next_sentence.start_char + closing
            return next_sentence if any(span.start_char > after for span in labelled(next_sentence, "REPORTING")) else None
    return None


def _places_of_the_counted(preceding: Span | None, lang: str) -> list[str]:
    """"Douze drones ont survolé Bila Tserkva. Six d'entre eux ont été abattus": where the weapons a count of them
    counts were, when the sentence before counts them once, without an interception word, and places them."""
    counted = [anchor for anchor in _read(preceding, lang)[0] if not anchor.has_trigger and anchor.count is not None] if preceding is not None else []
    return _places_of_the_one(counted)


def _stopped_otherwise(claim: list[Anchor], claims: list[list[Anchor]], anchors: list[Anchor], sent: Span) -> int:
    """"Huit appareils ont été abattus, alors que trois autres ont été désactivés": how many more of them the
    sentence says were stopped some other way, with no interception word of their own, before its next claim."""
    following = min((other[0].span.start for other in claims if other[0].span.start > claim[0].span.start), default=sent.end)
    return sum(
        anchor.count for anchor in anchors
        if claim[-1].span.start < anchor.span.start < following and anchor.is_another and anchor.count is not None
        and not (anchor.has_trigger or anchor.is_launch or anchor.region_spans)
    )


def _places_there(sent: Span, preceding: Span | None) -> list[str]:
    """"Une attaque a été déjouée au-dessus de la région de Koursk. Trois drones y ont été détruits": "y" on an
    interception word takes up the places the sentence before names."""
    triggers = {token.i for span in labelled(sent, "INTERCEPT") for token in span}
    there = any(token.lower_ == "y" and token.pos_ == "PRON" and token.head.i in triggers for token in sent)
    return sorted({span.id_ for span in places(preceding)}) if there and preceding is not None else []


def _places_of_the_one(anchors: list[Anchor]) -> list[str]:
    """The regions of the one anchor that counts the weapons; none when several do."""
    return sorted({span.id_ for span in anchors[0].region_spans}) if len(anchors) == 1 else []


def _places_of_the_launched(anchors: list[Anchor], claim: list[Anchor]) -> list[str]:
    """"Seize missiles ont été repérés au-dessus de Kharkiv, tous ont été abattus", "Sur les 20 drones qui ont
    survolé la région, 15 …": where the weapons were that the claim counts of, when one count of them places them."""
    if _launched(anchors, claim) is None:
        return []
    placed = [anchor for anchor in anchors if anchor.is_launch and anchor.region_spans and anchor.weapon in (claim[0].weapon, None, GENERIC)]
    return _places_of_the_one(placed)


def _claimed_by_an_institution(actor_ids: list[str]) -> bool:
    """A ministry or an army named in the sentence claims it, not the governor named beside it."""
    known = reference.actors()
    return any(actor_id in known and known[actor_id].kind in INSTITUTIONS for actor_id in actor_ids)


def is_claim_sentence(sent: Span) -> bool:
    return all(labelled(sent, label) for label in REQUIRED_LABELS)


def _elliptical(sent: Span, preceding: Span | None, lang: str) -> bool:
    """A sentence with a trigger and no weapon word counts the one weapon the sentence before names, or with "tous"
    or "en" ("L'armée de l'air en a abattu 244") all of the several it names, when that sentence states no claim of
    its own (its counts would be continued, not said again), or when it opens on more of them ("Quinze autres ont été
    abattus au-dessus de Belgorod"): new counts, not the parts of the one before; or when a pronoun takes them up ("Ils
    ont été abattus au-dessus de …")."""
    if preceding is None or labelled(sent, "WEAPON") or not labelled(sent, "INTERCEPT"):
        return False
    if is_claim_sentence(preceding) and not (_opens_on_more(sent, lang) or taken_up_by_a_pronoun(sent)):
        return False
    named = _weapon_classes(preceding)
    if len(named) < 2:
        return len(named) == 1
    triggers = {token.i for span in labelled(sent, "INTERCEPT") for token in span}
    return bool(labelled(sent, "ALL_OF_THEM")) or bool(partitive_clitics(sent, triggers))


def _opens_on_more(sent: Span, lang: str) -> bool:
    opening = _opening_count(sent, read_anchors(sent, lang))
    return opening is not None and opening.is_another


def _read(sent: Span, lang: str, preceding: Span | None = None, focus: str | None = None) -> tuple[list[Anchor], list[Span], list[Span]]:
    """The sentence's anchors read as stretches, the regions it names as places, and those and the countries it
    names as targets."""
    anchors = read_anchors(sent, lang)
    found, targets = places_and_targets(sent, preceding, focus)
    read_stretches(sent, anchors, found)
    return anchors, found, targets


def _only_weapon(sent: Span | None) -> str | None:
    """The one weapon class a sentence names ("les Russes ont lancé 55 drones"), which a count of "appareils" or
    "engins" in the next sentence counts."""
    classes = _weapon_classes(sent) if sent is not None else set()
    return classes.pop() if len(classes) == 1 else None


def _counts_interceptions(sent: Span, anchors: list[Anchor]) -> bool:
    """"10 interceptions", "sept destructions": a count whose noun is the interception word itself."""
    nouns = {span.start for span in labelled(sent, "INTERCEPT") if span.root.pos_ == "NOUN"}
    return any(anchor.span.end in nouns for anchor in anchors)


def _weapon_classes(sent: Span) -> set[str]:
    """The weapon classes a sentence names, less words that name none ("engins")."""
    return {span.id_ for span in labelled(sent, "WEAPON")} - {GENERIC}


def _speakers(sent: Span, found: list[Span]) -> tuple[list[Span], list[str], str | None, str | None]:
    """Who the sentence names as speaking: actors that may claim (not those `found` as its places), titles, the
    region of a governor, the side of a force or of officials."""
    actors = claimants(sent, spans_in(sent, "actors", "ACTOR"), found)
    return actors, [span.id_ for span in spans_in(sent, "actors", "TITLE")], governor_region(sent), _defender_country(sent)


def _claim_ranges(claims: list[list[Anchor]], clause_markers: list[Span], speaker_clauses: list[int]) -> list[tuple[int, int]]:
    """Several claims in one sentence ("le ministère russe dit avoir abattu 111 drones, tandis que l'Ukraine a été
    attaquée par 128 drones, dont 72 ont été abattus, selon l'armée de l'air ukrainienne"): where each claim's
    speakers are named, between the claims before and after it, short of a clause ("tandis que …") that opens
    before the next, and from the clause of a speaker with a participle of saying the claim is in ("…, selon son
    maire, Moscou annonçant l'interception de 87 drones")."""
    ranges = []
    for index, claim in enumerate(claims):
        start = claims[index - 1][-1].span.end if index else 0
        start = max([opening for opening in speaker_clauses if start <= opening < claim[0].span.start] + [start])
        end = claims[index + 1][0].span.start if index + 1 < len(claims) else len(claim[0].span.doc)
        end = min([marker.start for marker in clause_markers if claim[-1].span.end <= marker.start < end] + [end])
        ranges.append((start, end))
    return ranges


def _named_in(speakers: list[Span], span_range: tuple[int, int]) -> list[Span]:
    start, end = span_range
    return [span for span in speakers if start <= span.start and span.end <= end]


def _claimants_by_claim(ranges: list[tuple[int, int]], actors: list[Span]) -> list[list[str]]:
    """Each claim's claimants: those named in its range when there are some; else all of the sentence's."""
    return [[span.id_ for span in _named_in(actors, span_range) or actors] for span_range in ranges]


def _governor_by_claim(
    claims: list[list[Anchor]], ranges: list[tuple[int, int]], governor: str | None, titles: list[Span], clause_markers: list[Span]
) -> list[str | None]:
    """"Le gouverneur de Briansk a fait état de 5 drones abattus, tandis que le ministère … 30 drones": a governor the
    sentence names in one claim's range speaks for that claim, and for the claims after him in the same clause ("… a
    détruit cinq drones et trois missiles"); named in none, or before the sentence, for all."""
    named = [bool(_named_in(titles, span_range)) for span_range in ranges]
    first = min((title.start for title in titles), default=None)
    return [
        governor if is_named or not any(named) or (first < claim[0].span.start and not _named_in(clause_markers, (first, claim[0].span.start)))
        else None
        for is_named, claim in zip(named, claims, strict=True)
    ]


def _claim_mentions(
    article_id: str, sent: Span, sentence_index: int, lang: str, preceding: Span | None, focus: str | None, following: list[Span]
) -> list[Mention]:
    # A running total is no claim of one attack; "À lire aussi : …" is the headline of another article.
    if _running_total(sent) or labelled(sent, "RELATED_LINK"):
        return []
    anchors, found, targets = _read(sent, lang, preceding, focus)
    target_regions = sorted({span.id_ for span in targets if span.label_ not in SIDE_LABELS})
    target_countries = sorted({_country(span) for span in targets if span.label_ in SIDE_LABELS} - {None})
    # "ont déclaré les gouverneurs régionaux", "les autorités locales", "a-t-il précisé": a claimant named though
    # not known by name.
    names_a_claimant = any(labelled(sent, label) for label in ("GOVERNOR", "AUTHORITIES", "SPEAKER_PRONOUN"))
    actors, titles, governor, side = _speakers(sent, found)
    # Aircraft destroyed at an airbase or on the ground were struck, not intercepted; so were aircraft no word says
    # were shot down that an attack destroyed ("la frappe a détruit cinq chasseurs") or that no one claims to have
    # destroyed ("en plus des six avions détruits").
    claimed = names_a_claimant or bool(actors or titles or governor or side or labelled(sent, "DEFENDER"))
    aircraft_struck = bool(labelled(sent, "GROUND_STRIKE")) or (not labelled(sent, "SHOT_DOWN") and (bool(labelled(sent, "ATTACK")) or not claimed))
    dates = written_days(sent)
    # "Selon lui, 11 drones ont été abattus", "« … », a-t-il ajouté": the speaker is the one the sentence before
    # names, and what it says was said on the day that sentence names ("a déclaré ce samedi").
    # So is that of "Parmi eux, 61 ont été abattus", "Douze d'entre eux …": counts of what the sentence before said.
    counts_them = _opens_on_a_partition(sent) or _opens_on_a_count_of_them(sent, anchors)
    refers_back = labelled(sent, "SPEAKER_PRONOUN") or counts_them
    speaker_before = preceding is not None and refers_back and not (actors or titles or governor or side)
    if speaker_before:
        actors, titles, governor, side = _speakers(preceding, places(preceding))
    # « … 20 ont été abattus. … », a indiqué le président, hier: the speaker and day after the quote it opens.
    if (attribution := _closing_attribution(sent, following)) is not None:
        if not (actors or titles or governor or side or names_a_claimant):
            actors, titles, governor, side = _speakers(attribution, places(attribution))
        dates = dates or written_days(attribution)
    # So are hours with no day ("Entre 20 h et 23 h, …" after "… plus tôt le 13 janvier"), and "le même jour"; not the
    # time that heads a live blog's entry ("09h45 : …").
    hours = [span for span in labelled(sent, "CLOCK_TIME") if not _heads_an_entry(sent, span)]
    if preceding is not None and not dates and (speaker_before or hours or labelled(sent, "SAME_DAY")):
        dates = written_days(preceding)
    # "… ont repoussé dans la nuit une attaque de 130 drones. L'attaque s'est déroulée entre 23 h le 14 décembre et
    # 7 h le 15 décembre.": the next sentence dates the attack it tells of again, counting nothing.
    if following and not dates and _dates_the_attack(following[0], lang):
        dates = written_days(following[0])
    # "Le ministère a affirmé jeudi … La veille, 15 drones …": a day counted from the one the sentence before names.
    relative = reference.days_before() | reference.days_after()
    if preceding is not None and dates and all(text.lower() in relative for text in dates):
        dates = written_days(preceding)[:1] + dates
    # Read once for the sentence's claims: where the weapons a count of them counts were.
    counted_places = _places_of_the_counted(preceding, lang) if counts_them else []
    places_there = _places_there(sent, preceding)
    mentions = []
    # "La Russie a lancé 120 drones et cinq missiles. … 90 engins": of several classes, the engins are of mixed kinds.
    weapon_before = lead_weapon(sent, anchors)
    classes_before = frozenset(_weapon_classes(preceding) & COUNTED_CLASSES) if preceding is not None and weapon_before is None else frozenset()
    # "La région de Briansk a compté 10 interceptions, et trois drones …": a count of interceptions is of the one
    # class its sentence names, even after it.
    of_interceptions = _only_weapon(sent) if _counts_interceptions(sent, anchors) else None
    claims = group_claims(anchors, weapon_before or _only_weapon(preceding) or of_interceptions, classes_before)
    claims = [each for claim in claims for each in _all_of_each_class(claim, anchors, preceding, lang)]
    speaker_clauses = participle_clause_starts(sent)
    ranges = _claim_ranges(claims, labelled(sent, "CLAUSE"), speaker_clauses)
    governor_titles = [] if speaker_before else labelled(sent, "GOVERNOR")
    by_claim = zip(
        claims, ranges, _claimants_by_claim(ranges, actors), _governor_by_claim(claims, ranges, governor, governor_titles, labelled(sent, "CLAUSE")),
        strict=True,
    )
    for claim, (start, end), claimant_candidates, claim_governor in by_claim:
        if aircraft_struck and claim[0].weapon == "aircraft":
            continue
        # "Odessa a été attaquée dans la nuit de vendredi à samedi, Moscou annonçant l'interception de 87 drones": the
        # days of the other clause are those of another event.
        claim_dates = written_days(sent.doc[start : min(end, sent.end)]) if start in speaker_clauses else dates
        claim_places = counted_places or _places_of_the_launched(anchors, claim) or places_there
        if claim[0].is_all:
            # "seize drones ont été tirés et « tous » ont été détruits": as many as the launch count says; one the
            # sentence before states ("14 drones lancés dans la nuit de jeudi à vendredi") with its days and places.
            claim[0].count = _launched(anchors, claim)
            if claim[0].count is None and (launched_before := _launched_before(preceding, lang, claim[0].weapon)) is not None:
                claim[0].count, claim_dates = launched_before, dates or written_days(preceding)
                claim_places = claim_places or _places_of_the_counted(preceding, lang)
            if claim[0].count is None:
                continue
        payload = claim_payload(claim)
        by_an_institution = _claimed_by_an_institution(claimant_candidates)
        # The governor's region places his count, unless the count aimed at it ("deux missiles visant la péninsule",
        # "se dirigeaient vers cette ville").
        if (
            claim_governor and claim_governor not in target_regions and not aims_at_a_place_unnamed(sent) and not over_uncoded_waters(sent)
            and not by_an_institution
            and not payload["is_split"] and not any(part["region_codes"] for part in payload["parts"])
        ):
            payload["parts"][0]["region_codes"] = [claim_governor]
        elif claim_places and not (payload["is_split"] or target_regions or any(part["region_codes"] for part in payload["parts"])):
            payload["parts"][0]["region_codes"] = list(claim_places)
        payload.update(
            governor_region=None if by_an_institution else claim_governor,
            launched=_launched(anchors, claim),
            attacker_country=_attacker_country(sent, claim) or _launcher_before(preceding),
            defender_country=side,
            target_regions=target_regions,
            target_countries=target_countries,
            actor_ids=claimant_candidates,
            names_a_claimant=names_a_claimant,
            titles=titles,
            date_texts=claim_dates,
            # "En mai, deux drones avaient été détruits au-dessus du Kremlin": another time than the night told.
            another_period=bool(labelled(sent, "MONTH_PERIOD")) and not claim_dates,
            stopped_otherwise=_stopped_otherwise(claim, claims, anchors, sent),
            # "158 drones au-dessus de 14 régions, en plus de Moscou": the regions in summary, the parts to follow.
            regions_in_summary=bool(labelled(sent, "REGIONS_IN_SUMMARY")),
            # "Au total, 38 drones …": the sentence sums up the counts told before it.
            sums_up=any(span.start - sent.start <= 1 and span.text.lower() == "au total" for span in labelled(sent, "CUMULATIVE")),
        )
        end_char = max(part["char_end"] for part in payload["parts"]) if payload["parts"] else claim[0].span.end_char
        mentions.append(mention(article_id, "interception", "interception.anchors", sent, sentence_index, claim[0].span.start_char, end_char, payload))
    return mentions


def _dates_the_attack(sent: Span, lang: str) -> bool:
    """A sentence whose subject is an attack word ("L'attaque s'est déroulée …"), with days and no count; not one that
    reports someone's words on it ("Le ministère affirme que les frappes menées lundi …")."""
    attacks = {token.i for span in labelled(sent, "ATTACK") for token in span}
    told = any(token.i in attacks and token.dep_ in SUBJECTS and token.head.dep_ == "ROOT" for token in sent)
    return told and bool(written_days(sent)) and not read_anchors(sent, lang)


def _heads_an_entry(sent: Span, span: Span) -> bool:
    return span.start == sent.start and span.end < sent.end and sent.doc[span.end].text in ENTRY_SEPARATORS


def _opens_on_a_count_of_them(sent: Span, anchors: list[Anchor]) -> bool:
    """"Quarante-six de ces drones …", "Douze d'entre eux …", "Trente-quatre autres …": the sentence's first words
    count some, or more, of what was said before."""
    opening = _opening_count(sent, anchors)
    return opening is not None and (words_after(sent, opening.span) in (["de", "ces"], ["d'", "entre"]) or opening.is_another)


def _opening_count(sent: Span, anchors: list[Anchor]) -> Anchor | None:
    """The count that opens the sentence, if its first or second word is one."""
    return anchors[0] if anchors and anchors[0].span.start - sent.start <= 1 else None


def _opens_on_a_partition(sent: Span) -> bool:
    """"Parmi eux, …", "Parmi les drones décomptés, …": the sentence shares out what was said before."""
    return any(span.start - sent.start <= 1 for span in labelled(sent, "AMONG"))


def _continuation(article_id: str, sent: Span, sentence_index: int, lang: str) -> Mention | None:
    """Regional counts in a sentence after a claim that names no weapon: each count placed in a region, under a
    trigger ("56 engins ont été détruits en région de Belgorod") or in brackets after the region ("Riazan (29)")."""
    # "Parmi les drones décomptés, 47 ont survolé la région de Briansk": a sentence that opens on a partition of
    # the claim's weapons gives its parts, whatever verb places them.
    # So does one that opens on a count of them flying over a place ("Quarante-six de ces drones survolaient la
    # région de Koursk"), not one that hit it ("Trois autres missiles ont touché …").
    anchors = _read(sent, lang)[0]
    overflown = bool(labelled(sent, "OVERFLIGHT")) and _opens_on_a_count_of_them(sent, anchors)
    partition = _opens_on_a_partition(sent) or overflown
    has_trigger = partition or bool(labelled(sent, "INTERCEPT"))
    parts = [
        anchor for anchor in anchors
        if anchor.region_spans and not anchor.is_launch and (anchor.count is not None or (anchor.is_remainder and has_trigger))
        and (has_trigger or bracketed(sent, anchor))
    ]
    if not parts or _running_total(sent):
        return None
    payload = {
        "weapon": None, "total": None, "parts": parts_payload(parts), "is_split": True, "continuation": True,
        "governor_region": None, "launched": None, "attacker_country": None, "defender_country": None, "target_regions": [], "actor_ids": [], "titles": [],
        "date_texts": written_days(sent),
    }
    first, last = parts[0], payload["parts"][-1]
    return mention(article_id, "interception", "interception.continuation", sent, sentence_index, first.span.start_char, last["char_end"], payload)


def extract_interceptions(
    article_id: str, sent: Span, sentence_index: int, lang: str, following: list[Span] = (), preceding: Span | None = None,
    focus: str | None = None,
) -> list[Mention]:
    """The claims of a sentence, and the continuations of its last claim in the `following` sentences (up to
    the next sentence that states claims of its own); the `preceding` sentence names the speaker of a pronoun, and
    the region "la région" refers to, else the article's `focus` region does."""
    if not (is_claim_sentence(sent) or _elliptical(sent, preceding, lang)):
        return []
    mentions = _claim_mentions(article_id, sent, sentence_index, lang, preceding, focus, following)
    if not mentions:
        return mentions
    for offset, (before, next_sentence) in enumerate(zip([sent, *following], following), start=1):
        if is_claim_sentence(next_sentence) or _elliptical(next_sentence, before, lang):
            break
        if (found := _continuation(article_id, next_sentence, sentence_index + offset, lang)) is not None:
            mentions.append(found)
    return mentions
