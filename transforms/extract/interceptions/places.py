"""Which regions named in a sentence are where something was shot down, and which region each one is.

A region is named for other reasons too: as the target ("des drones qui volaient vers Moscou", "visant la
capitale", "en direction de Kiev"), as where the weapons came from ("lancés depuis la Crimée"), as a side or an
office ("le régime de Kiev", "Kiev a lancé une attaque", "annexée par Moscou", "le maire de Moscou"), as a
landmark ("à 200 km de Moscou"), or as where a share went without a count ("la plupart dans les oblasts d'Odessa
et de Kyiv"). Those are no place of the claim.

A city that is a region of its own (Kyiv, Moscow, Saint Petersburg) stands for the region around it when the
text says near it ("près de Kiev") or lists it among regions ("les régions d'Odessa, de Kyiv et de Poltava"),
and for both in "la ville de Kyiv et sa région".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from transforms import reference
from transforms.extract.interceptions.anchors import CLAUSE_BREAKS, OF_WORDS, PLACE_PREPOSITIONS, SUBJECTS, is_participle, labelled
from transforms.extract.interceptions.clauses import says_in_a_participle
from transforms.extract.mentions import inside_any, spans_in

# How far before a region a word still governs it: "vers la région de Moscou", "à 200 km au sud-ouest de Moscou".
MARKER_REACH = 4
# How a region's name hangs from the noun phrase that names it: "les régions de Kharkiv et de Soumy".
NAMING_DEPENDENCIES = {"nmod", "flat:name", "appos", "conj"}
NAME_DEPTH = 4
LANDMARK_REACH = 6
SHARE_REACH = 10
# What may stand between a share and its region: "la plupart [de ces drones] dans les oblasts d'Odessa", "[dans des
# régions telles que] Koursk".
SHARE_PLACE_TAGS = {"ADP", "DET", "PRON", "ADJ", "CCONJ", "PUNCT"}
SHARE_PLACE_WORDS = {
    "région", "régions", "oblast", "oblasts", "territoire", "territoires", "drones", "engins", "eux", "elles", "au-dessus", "comme",
}
GOVERNOR_REGION_WINDOW = 6
# "Pantsir-S", "Tor-M2", "Buk-M1-2": the code of a model after its name.
DESIGNATION_LENGTH = 4
# "la région frontalière de Belgorod": a name this close after "la région" is the region it means.
ANAPHOR_NAME_REACH = 4
# The subject of a verb or its agent is a side, not a place: "Kiev a lancé", "annexée par Moscou".
SIDE_DEPENDENCIES = SUBJECTS | {"obl:agent"}
# A ministry or an army a fronted capital may be the seat of, and how far after the comma it is named.
NATIONAL_SPEAKERS = {"ministère", "armée", "état-major", "ministry", "army", "military"}
SPEAKER_REACH = 3
# The words of a ministry's or an army's name ("ministère de la Défense", "armée de l'air") before its seat.
SPEAKER_NAME_WORDS = {"de", "d'", "d’", "la", "l'", "l’", "du", "défense", "air", "russe", "ukrainien", "ukrainienne", "à"}
SPEAKER_NAME_LENGTH = 6
SEAT_PREPOSITIONS = {"à", "de", "d'", "d’"}
# "le gouverneur de Sébastopol, proche de Moscou", "un responsable fidèle à Kiev": whose side a person is on.
ALLEGIANCE_WORDS = {
    "proche", "proches", "fidèle", "fidèles", "favorable", "favorables", "loyal", "loyale", "loyaux", "allié", "alliée", "alliés", "alliées",
}
REGION_LISTS = {"régions", "oblasts", "provinces", "regions"}
REGION_WORDS = {"région", "oblast", "province", "region"}
# "Bogorodskiï, dans la région de Moscou": how far after a town the region it lies in may be named.
REGION_AFTER_TOWN = 6
CITY_WORDS = {"ville", "capitale", "city"}
SEA_PREFIX = "SEA-"
# The words of a region's phrase before its name: "de la région de", "du kraï de", "de l'oblast de".
PLACE_PHRASE_WORDS = REGION_WORDS | CITY_WORDS | {"de", "d'", "d’", "du", "la", "l'", "l’", "le", "kraï", "république", "territoire", "district"}
REGION_LABELS = {"REGION", "CITY", "PLACE"}
# A country targeted by name or as its government ("tirés sur l'Ukraine").
SIDE_LABELS = {"COUNTRY", "ACTOR"}
# "une attaque massive des forces russes sur Kiev": the preposition of an attack's target, at most this many words
# after the attack word.
ATTACKED_PREPOSITIONS = {"sur", "on"}
ATTACK_REACH = 12
# What may stand between a list's "régions" and one of its names: other names, commas, "et", "de".
LIST_WORDS = {",", "et", "and", "ainsi", "que", "de", "d'", "d’", "du", "des", "la", "l'", "l’", "celle", "celles"}
# "le gouverneur de Sébastopol en Crimée": where the region a governor runs lies.
SEAT_LOCATORS = {"en", "in"}
# "Kiev, 5 avr (AFP) -", "MOSCOU (Reuters) —": what follows the city of a dateline, up to its dash.
DATELINE_OPENERS = {",", "("}
DASHES = {"-", "–", "—"}
DATELINE_REACH = 10


def _governed_by_marker(sent: Span, region: Span, markers: list[Span], reach: int) -> bool:
    """A marker shortly before the region's phrase ("de la région de"), in the same stretch of words and with no
    place of its own between ("en approche de Moscou puis dans la région de Koursk"); adjectives do not count ("vers les
    régions frontalières russes de Briansk", "une frappe sur une raffinerie de la région de Volgograd")."""
    named_from = _phrase_start(sent, region)
    for marker in markers:
        if marker.end > region.start:
            continue
        between = sent.doc[marker.end : max(marker.end, named_from)]
        if sum(token.pos_ != "ADJ" for token in between) <= reach and not any(
            token.text in CLAUSE_BREAKS or token.lower_ in PLACE_PREPOSITIONS for token in between
        ):
            return True
    return False


def _where_the_launchers_were(region: Span, origins: set[int]) -> bool:
    """"tirés depuis des navires en mer Noire": the place of what the weapons came from, through the parse."""
    head = region.root.head
    return region.root.dep_ == "nmod" and head.pos_ == "NOUN" and any(child.i in origins for child in head.children)


def _struck_or_aimed_at(region: Span, verbs: set[int]) -> bool:
    """"…, précisant que les régions de Kharkiv et de Soumy avaient été visées": the region is what the verb's
    clause says was struck or aimed at, through the words that name it ("les régions de", a list); not when the
    weapons that struck it are the verb's agent ("la région a été attaquée par huit drones, abattus …": they were
    in it)."""
    token = region.root
    for _ in range(NAME_DEPTH):
        if token.dep_.startswith("nsubj"):
            return token.head.i in verbs and not _has_an_agent(token.head)
        if token.dep_ not in NAMING_DEPENDENCIES:
            return False
        token = token.head
    return False


def _has_an_agent(verb: Token) -> bool:
    """"attaquée par huit drones", however the parse labels the phrase."""
    return any(child.dep_ == "obl:agent" or any(c.dep_ == "case" and c.lower_ == "par" for c in child.children) for child in verb.children)


def _phrase_start(sent: Span, region: Span) -> int:
    """Where the words that name the region start: "de la région de" Volgograd, "du kraï de" Krasnodar."""
    start = region.start
    while start > sent.start and sent.doc[start - 1].lower_ in PLACE_PHRASE_WORDS:
        start -= 1
    return start


def _is_a_side(sent: Span, region: Span, sides: list[Span], regions: list[Span]) -> bool:
    if any(side.end == region.start for side in sides) or _government_saying(sent, region):
        return True
    # A subject has no preposition, nor is it in a list of regions: "des régions de Koursk et (de) Tambov ont été
    # abattus" is misparsed; "lancés par Kiev" names a side.
    misparsed_subject = region.root.dep_ in SUBJECTS and (
        (region.start > sent.start and sent.doc[region.start - 1].pos_ == "ADP") or _in_a_list_of_regions(sent, region, regions)
    )
    return sent.doc.has_annotation("DEP") and (
        (region.root.dep_ in SIDE_DEPENDENCIES and not misparsed_subject) or _government_acted_on(sent, region) or _allegiance_of_a_person(sent, region)
    )


def _government_saying(sent: Span, region: Span) -> bool:
    """"« Nous avons abattu 18 drones », affirme Kiev", "une attaque que Moscou décrit comme massive": a capital that
    names a government, right after a verb of saying or right before one (not "le maire de Moscou affirme"), is who
    says it, whatever the parse attaches it to."""
    reporting = labelled(sent, "REPORTING")
    after = region.start > sent.start and inside_any(sent.doc[region.start - 1], reporting)
    before = (
        region.end < sent.end and inside_any(sent.doc[region.end], reporting)
        and not (region.start > sent.start and sent.doc[region.start - 1].lower_ in OF_WORDS)
    )
    return (after or before) and _names_a_government(sent, region.root)


def _allegiance_of_a_person(sent: Span, region: Span) -> bool:
    """"le gouverneur de Sébastopol, proche de Moscou", "la Biélorussie, proche alliée de Moscou": a person's or a
    country's side; not "un village proche de Moscou"."""
    word = region.root.head
    if word.lower_ not in ALLEGIANCE_WORDS:
        return False
    person = word.head
    while person.lower_ in ALLEGIANCE_WORDS and person.head.i != person.i:
        person = person.head
    named = spans_in(sent, "actors") + spans_in(sent, "countries") + labelled(sent, "GOVERNOR") + labelled(sent, "AUTHORITIES")
    persons = {token.i for span in named for token in span}
    return person.i in persons or person.ent_type_ == "PER"


def _government_acted_on(sent: Span, region: Span) -> bool:
    """"ont accusé Moscou de recibler la ville", "une arme livrée à Kiev": a capital that names a government, object
    of a verb or what a delivery goes to, is that government."""
    root = region.root
    if not _names_a_government(sent, root):
        return False
    delivered_to = inside_any(root.head, labelled(sent, "DELIVERY")) and any(child.lower_ == "à" for child in root.children)
    return (root.dep_ == "obj" and root.head.pos_ == "VERB") or delivered_to


def _names_a_government(sent: Span, token: Token) -> bool:
    """The word is part of an actor's name that stands for a government ("Kiev", "Moscou")."""
    return any(span.start <= token.i < span.end and _is_a_government(span) for span in spans_in(sent, "actors", "ACTOR"))


def _is_a_government(actor_span: Span) -> bool:
    actor = reference.actors().get(actor_span.id_)
    return actor is not None and actor.kind == "government"


def _seat_of_a_governor(sent: Span, region: Span, region_tokens: set[int]) -> bool:
    """"le gouverneur de la région (russe) de Léningrad", "les gouverneurs de Saint-Pétersbourg et de la région de
    Léningrad", "le gouverneur de Sébastopol en Crimée": the regions they run, and where those lie, speak for them
    (`governor_region`); they place a count only when nothing in the sentence does."""
    return any(
        governor.end <= region.start and all(
            token.i in region_tokens or token.lower_ in LIST_WORDS | OF_WORDS | REGION_WORDS | SEAT_LOCATORS or token.pos_ in ("DET", "ADJ")
            for token in sent.doc[governor.end : region.start]
        )
        for governor in labelled(sent, "GOVERNOR")
    )


def _in_a_consequence(region: Span, consequences: set[int], triggers: set[int]) -> bool:
    """"…, provoquant d'importantes perturbations du trafic aérien dans la capitale", "indiquant que la station
    balnéaire d'Odessa avait subi des dégâts": a place in the clause of what the attack caused, below no
    interception word, is where that happened."""
    if not region.doc.has_annotation("DEP"):
        return False
    for ancestor in region.root.ancestors:
        if ancestor.i in triggers:
            return False
        if ancestor.i in consequences:
            return True
    return False


def _share_placed_in(sent: Span, region: Span, shares: list[Span], region_tokens: set[int]) -> bool:
    """"la plupart dans les oblasts d'Odessa et de Kyiv", "dont la majorité au-dessus de Koursk", "la plupart
    d'entre eux étant concentrés dans les régions de Koursk et Briansk": a share placed in the region with nothing
    but place words, participles and other names between, not a clause of its own ("l'essentiel de l'attaque a
    visé")."""
    for share in shares:
        between = sent.doc[share.end : region.start]
        words = [token for token in between if token.i not in region_tokens and token.lower_ not in LIST_WORDS]
        if region.start >= share.end and len(words) <= SHARE_REACH and all(
            token.pos_ in SHARE_PLACE_TAGS or token.lower_ in SHARE_PLACE_WORDS or is_participle(token) for token in words
        ):
            return True
    return False


def _counted_in_brackets(sent: Span, region: Span) -> bool:
    """"Riazan (29)": the bracket gives the region its own count."""
    after = region.end
    return after + 1 < sent.end and sent.doc[after].text == "(" and sent.doc[after + 1].like_num


def _in_a_list_of_regions(sent: Span, region: Span, regions: list[Span]) -> bool:
    """The name follows "régions" / "oblasts" with only other names, commas, "et"/"de" and adjectives ("les régions
    russes de Toula, Orel et Moscou") between."""
    names = {token.i for span in regions for token in span}
    position = region.start - 1
    while position >= sent.start:
        token = sent.doc[position]
        if token.lower_ in REGION_LISTS:
            return True
        # A name the gazetteers do not know ("Mykolaїv" misspelt) still belongs to the list.
        if token.i not in names and token.lower_ not in LIST_WORDS and token.pos_ not in ("PROPN", "ADJ"):
            return False
        position -= 1
    return False


def _as_places(sent: Span, region: Span, regions: list[Span], near: list[Span], with_surroundings: list[Span]) -> list[Span]:
    """The regions a name stands for here: a city of its own for its surroundings when near it or listed with
    regions ("près de Moscou et dans sa région" too), for itself and its surroundings in "la ville de Kyiv et sa
    région"."""
    surrounding = reference.surrounding_regions().get(region.id_)
    if not surrounding:
        return [region]
    around = Span(sent.doc, region.start, region.end, label=region.label_, span_id=surrounding)
    if _right_after(sent, region, near) or _in_a_list_of_regions(sent, region, regions) or _named_as_a_region(sent, region):
        return [around]
    if any(0 <= marker.start - region.end <= 1 for marker in with_surroundings):
        return [region, around]
    return [region]


def _locates_a_place_on_it(sent: Span, peninsula: Span, regions: list[Span]) -> bool:
    """"près de Sébastopol, en Crimée": the peninsula named right after a region on it says where that region lies."""
    before = next((region for region in reversed(regions) if region.end <= peninsula.start), None)
    return (
        before is not None and before.id_ != peninsula.id_ and reference.peninsula_regions().get(before.id_) == peninsula.id_
        and peninsula.start - before.end <= REGION_AFTER_TOWN
        and all(token.is_punct or token.pos_ in ("DET", "ADP") for token in sent.doc[before.end : peninsula.start])
    )


def _in_a_region_named_after_it(sent: Span, town: Span, regions: list[Span]) -> bool:
    """"le district urbain de Bogorodskiï, dans la région de Moscou": a town the text places in another region is
    a town of that region, whichever town of the gazetteer has its name."""
    if town.label_ != "PLACE":
        return False
    following = next((region for region in regions if region.start >= town.end), None)
    return following is not None and following.id_ != town.id_ and following.start - town.end <= REGION_AFTER_TOWN and all(
        token.is_punct or token.pos_ in ("DET", "ADP") or token.lower_ in REGION_WORDS for token in sent.doc[town.end : following.start]
    )


def _named_as_a_region(sent: Span, region: Span) -> bool:
    """"la région de Saint-Pétersbourg", "l'oblast de Kyiv": the region around the city."""
    before = sent.doc[max(sent.start, region.start - 2) : region.start]
    return len(before) == 2 and before[0].lower_ in REGION_WORDS and before[1].lower_ in OF_WORDS


def _right_after(sent: Span, region: Span, markers: list[Span]) -> bool:
    """"près de Kiev", "aux abords de la ville de Kiev": the marker is about the city itself, not about a place in
    it ("près de la raffinerie de Moscou")."""
    return any(
        region.start - MARKER_REACH <= marker.end <= region.start
        and all(token.pos_ in ("DET", "ADP") or token.lower_ in CITY_WORDS for token in sent.doc[marker.end : region.start])
        for marker in markers
    )


def _capitals(sent: Span, regions: list[Span], focus: str | None, preceding: Span | None) -> list[Span]:
    """"la capitale ukrainienne": the capital of the country its adjective names; "la capitale" alone, in a sentence
    whose other regions are all of one country: that country's capital ("18 au-dessus de celle d'Orel et un
    au-dessus de la capitale"); in a sentence that names none, the capital of the article's focus ("dans l'espace
    aérien de la capitale" in a report on Kyiv), else of the one country the sentence before names ("Kyiv, cible.
    Dans la capitale, …"); not "la capitale de la Crimée"."""
    capitals = reference.capital_regions()
    named_before = [span.id_ for span in spans_in(preceding, "regions") if span.label_ in REGION_LABELS] if preceding is not None else []
    codes = [region.id_ for region in regions] or ([focus] if focus else named_before)
    countries = {code.split("-")[0] for code in codes} & set(capitals)
    of_the_one_country = capitals[next(iter(countries))] if len(countries) == 1 else None
    adjectives = {span.start: span.id_ for span in spans_in(sent, "countries")}
    found = []
    for span in labelled(sent, "CAPITAL"):
        if span.end in adjectives:
            capital = capitals.get(adjectives[span.end])
        else:
            capital = of_the_one_country if span.end >= sent.end or sent.doc[span.end].lower_ not in OF_WORDS else None
        if capital is not None:
            found.append(Span(sent.doc, span.start, span.end, label="REGION", span_id=capital))
    return found


def _peninsulas(sent: Span, preceding: Span | None) -> list[Span]:
    """"la péninsule" with no name after it: the peninsula of the last region on one named before it in the sentence
    or in the sentence before ("s'approchaient de la Crimée, et 33 au-dessus de la péninsule"). No further back:
    a parse window holds no more, and the fast and the naive paths must read alike."""
    found = []
    for span in labelled(sent, "PENINSULA"):
        if span.end < sent.end and sent.doc[span.end].lower_ in OF_WORDS:
            continue
        before = (spans_in(preceding, "regions") if preceding is not None else []) + spans_in(sent.doc[sent.start : span.start], "regions")
        earlier = [region for region in before if region.id_ in reference.peninsula_regions()]
        if earlier:
            found.append(Span(sent.doc, span.start, span.end, label="REGION", span_id=reference.peninsula_regions()[earlier[-1].id_]))
    return found


def _part_of_a_name(region: Span) -> bool:
    """"le président Volodimir Zelensky": a place name that is a person's first or last name."""
    root, beside = region.root, {region.start - 1, region.end}
    return (root.dep_ == "flat:name" and root.head.i in beside) or any(child.dep_ == "flat:name" and child.i in beside for child in root.children)


def _model_designation(region: Span) -> bool:
    """"Pantsir-S", "Tor-M2": a name joined to a short code of capitals or digits names a weapon system."""
    doc = region.doc
    if region.end + 1 >= len(doc) or doc[region.end - 1].whitespace_ or doc[region.end].text != "-" or doc[region.end].whitespace_:
        return False
    code = doc[region.end + 1].text
    return len(code) <= DESIGNATION_LENGTH and code == code.upper()


def _seat_of_a_national_speaker(sent: Span, region: Span) -> bool:
    """"À Moscou, le ministère de la Défense a affirmé avoir détruit 12 drones", "le ministère de la Défense à Moscou",
    "le ministère de la Défense de Moscou": a capital fronted before a ministry or an army, or right after its name,
    says where it speaks from (not "À Moscou, le maire a annoncé …", whose city his count is in)."""
    if not _names_a_government(sent, region.root):
        return False
    if region.start - sent.start <= 1 and region.end < sent.end and sent.doc[region.end].text == ",":
        return any(token.lower_ in NATIONAL_SPEAKERS for token in sent.doc[region.end + 1 : min(region.end + 1 + SPEAKER_REACH, sent.end)])
    before = [token.lower_ for token in sent.doc[max(sent.start, region.start - SPEAKER_NAME_LENGTH) : region.start]]
    speaker = max((position for position, word in enumerate(before) if word in NATIONAL_SPEAKERS), default=None)
    return speaker is not None and before[-1] in SEAT_PREPOSITIONS and set(before[speaker + 1 :]) <= SPEAKER_NAME_WORDS


def _dateline(sent: Span, region: Span) -> bool:
    """"Kiev, 5 avr (AFP) - L'Ukraine a affirmé …": the city a dispatch was filed from opens it, then a day or an
    agency in brackets, and the dash that ends the dateline."""
    if region.start != sent.start or region.end >= sent.end or sent.doc[region.end].text not in DATELINE_OPENERS:
        return False
    end = next((token.i for token in sent.doc[region.end : min(region.end + DATELINE_REACH, sent.end)] if token.text in DASHES), None)
    if end is None:
        return False
    return any(token.text == "(" for token in sent.doc[region.end : end]) or any(region.end <= day.start < end for day in labelled(sent, "DATE"))


def _where_something_happened(sent: Span, region: Span) -> bool:
    """"L'attaque a visé la région de Koursk, où 31 drones ont été abattus": the clause after "où" happened there."""
    after = [token.lower_ for token in sent.doc[region.end : min(region.end + 2, sent.end)]]
    return after[:1] == ["où"] or after == [",", "où"]


def _continues_a_list(sent: Span, region: Span, earlier: Span | None, region_tokens: set[int]) -> bool:
    """The region follows an earlier one with only commas, "et" and other names between ("vers la Biélorussie,
    Koursk et Orel")."""
    return earlier is not None and all(
        token.lower_ in LIST_WORDS or token.i in region_tokens or token.lower_ in {"à", "la", "fois"} for token in sent.doc[earlier.end : region.start]
    )


def _names_a_targeted_capital(sent: Span, region: Span, targets: list[Span]) -> bool:
    """"lancés contre la capitale, Kiev": the name set beside a targeted "la capitale" is that target."""
    return any(
        region.start - capital.end == 1 and sent.doc[capital.end].text == "," and _governed_by_marker(sent, capital, targets, MARKER_REACH)
        for capital in labelled(sent, "CAPITAL")
    )


def places(sent: Span) -> list[Span]:
    """The region spans of the sentence that are places of the claim, each as the region it stands for."""
    return places_and_targets(sent)[0]


def focus_region(headline: Span) -> str | None:
    """The one region an article's headline and lead name as its subject ("Alerte drone : la région de Voronej sous
    surveillance"), which "la région" refers to in a sentence whose neighbour names none."""
    codes = {span.id_ for span in spans_in(headline, "regions") if span.label_ in REGION_LABELS}
    return codes.pop() if len(codes) == 1 else None


def _bare_region_words(sent: Span, regions: list[Span]) -> list[Span]:
    """"cette région", and "la région" with no name close after it ("les forces de défense aérienne de la région
    ont abattu"), not "la région de Koursk" or "la région frontalière de Belgorod"."""
    return [
        span for span in labelled(sent, "REGION_ANAPHOR")
        if not any(span.start <= region.start < span.end + ANAPHOR_NAME_REACH for region in regions)
    ]


def aims_at_a_place_unnamed(sent: Span) -> bool:
    """"… alors qu'ils se dirigeaient vers cette ville", "visant la région": a target named by a bare place word."""
    doc = sent.doc
    return any(
        marker.end + 1 < sent.end and doc[marker.end].pos_ == "DET" and doc[marker.end + 1].lower_ in CITY_WORDS | REGION_WORDS
        and (marker.end + 2 >= sent.end or doc[marker.end + 2].lower_ not in OF_WORDS)
        for marker in labelled(sent, "TARGET")
    )


def _official_region(sent: Span) -> str | None:
    """"Oleh Syniehoubov a indiqué que cinq drones avaient été abattus au-dessus de la région": the one region the
    local officials the sentence names speak for."""
    known = reference.actors()
    spoken_for = {known[span.id_].speaks_for_region for span in spans_in(sent, "actors") if span.id_ in known} - {None}
    return spoken_for.pop() if len(spoken_for) == 1 else None


def _anaphors(sent: Span, regions: list[Span], preceding: Span | None, focus: str | None) -> list[Span]:
    """"dans cette région", "de la région": the region of a governor the sentence names ("le gouverneur de
    Tcherkassy … au-dessus de la région"), or of the local official it names; else the place the sentence before
    names, when it names one only (not counting targets and landmarks: "dans la région de Kalouga, à 200 km de
    Moscou"); else the article's focus."""
    anaphors = _bare_region_words(sent, regions)
    if not anaphors:
        return []
    named = {span.id_ for span in places(preceding)} if preceding is not None else set()
    region = governor_region(sent) or _official_region(sent) or (next(iter(named)) if len(named) == 1 else focus)
    if region is None:
        return []
    return [Span(sent.doc, span.start, span.end, label="REGION", span_id=region) for span in anaphors]


def _attacker_of_an_attack(region: Span, attack_tokens: set[int]) -> bool:
    """"après une attaque massive de Kiev", "l'offensive à grande échelle de Moscou": the parse attaches the name to
    the attack with "de", directly or through the attack's own complement: who attacked."""
    root = region.root
    return attached_to(region, attack_tokens) and any(child.dep_ == "case" and child.lower_ in OF_WORDS for child in root.children)


def _attacked(sent: Span, attacks: list[Span]) -> list[Span]:
    """"une attaque massive des forces russes sur la capitale", "une attaque groupée de 12 missiles ATACMS sur le
    pont de Crimée": the "sur" after an attack word in its phrase (no verb of its own between) marks what the
    attack aimed at."""
    return [
        sent.doc[token.i : token.i + 1] for token in sent
        if token.lower_ in ATTACKED_PREPOSITIONS and any(_in_phrase_of(sent, attack, token) for attack in attacks)
    ]


def _in_phrase_of(sent: Span, attack: Span, token: Token) -> bool:
    between = sent.doc[attack.end : token.i]
    return 0 <= token.i - attack.end <= ATTACK_REACH and not any(
        t.text in CLAUSE_BREAKS or "Fin" in t.morph.get("VerbForm") for t in between
    )


def places_and_targets(sent: Span, preceding: Span | None = None, focus: str | None = None) -> tuple[list[Span], list[Span]]:
    """The places of the claim, and the regions and countries named as its target ("des drones qui visaient
    Moscou", "tirés sur l'Ukraine"); `focus` is the article's own region (`focus_region`)."""
    attacks = labelled(sent, "ATTACK")
    # "selon Moscou": the source of a claim is a side too.
    # "une attaque sur Kiev", "33 missiles tirés sur l'Ukraine": what an attack or a launch aimed at.
    target_words = labelled(sent, "TARGET")
    targets = target_words + _attacked(sent, attacks + labelled(sent, "LAUNCH"))
    sides = labelled(sent, "SIDE_OF") + labelled(sent, "SOURCE")
    # "à 200 km de Moscou"; "lancés depuis la Crimée", "provenant de la mer d'Azov": where they came from.
    origin_words = labelled(sent, "ORIGIN")
    landmarks = labelled(sent, "DISTANCE") + origin_words
    origins = {token.i for span in origin_words for token in span}
    regions = spans_in(sent, "regions")
    # "au-dessus de la mer Noire, au large de Sébastopol": off a coast is at the sea the sentence names.
    if any(span.id_.startswith(SEA_PREFIX) for span in regions):
        landmarks += labelled(sent, "OFFSHORE")
    shares, near, with_surroundings = labelled(sent, "SHARE"), labelled(sent, "NEAR"), labelled(sent, "AND_SURROUNDINGS")
    regions = sorted(regions + _capitals(sent, regions, focus, preceding) + _peninsulas(sent, preceding) + _anaphors(sent, regions, preceding, focus), key=lambda span: span.start)
    region_tokens = {token.i for span in regions for token in span}
    attack_tokens = {token.i for span in attacks for token in span}
    consequences = {span.root.i for span in labelled(sent, "CONSEQUENCE")}
    triggers = {token.i for span in labelled(sent, "INTERCEPT") for token in span}
    struck = {span.root.i for span in labelled(sent, "STRUCK")}
    found = []
    # A country can head a list of targets too ("ciblant la Biélorussie, Koursk et Orel").
    named = spans_in(sent, "countries") + spans_in(sent, "actors", "ACTOR")
    targeted = [span for span in named if _governed_by_marker(sent, span, targets, MARKER_REACH)]
    region_tokens |= {token.i for span in targeted for token in span}
    for region in regions:
        earlier = max((span for span in targeted if span.end <= region.start), key=lambda span: span.end, default=None)
        aimed_at = (
            _governed_by_marker(sent, region, targets, MARKER_REACH) or _continues_a_list(sent, region, earlier, region_tokens)
            or _names_a_targeted_capital(sent, region, targets)
        )
        if (aimed_at or _struck_or_aimed_at(region, struck)) and not _where_something_happened(sent, region):
            targeted.append(region)
            continue
        if _dateline(sent, region) or _seat_of_a_national_speaker(sent, region) or _is_a_side(sent, region, sides, regions) or _seat_of_a_governor(sent, region, region_tokens) or _in_a_consequence(region, consequences, triggers) or _part_of_a_name(region) or _model_designation(region) or _attacker_of_an_attack(region, attack_tokens):
            continue
        if _governed_by_marker(sent, region, landmarks, LANDMARK_REACH) or _where_the_launchers_were(region, origins):
            continue
        if _share_placed_in(sent, region, shares, region_tokens) and not _counted_in_brackets(sent, region):
            continue
        if not (_in_a_region_named_after_it(sent, region, regions) or _locates_a_place_on_it(sent, region, regions)):
            found += _as_places(sent, region, regions, near, with_surroundings)
    found = sorted(found + _surroundings_named_after(sent, found, with_surroundings), key=lambda span: span.start)
    # "À Moscou, le maire a annoncé l'abattage de cinq drones visant la capitale": the region the drones aimed at,
    # named again with no preposition of place, is the target; "au-dessus de la région de Belgorod" stays a place.
    aimed_at = {span.id_ for span in targeted if _governed_by_marker(sent, span, target_words, MARKER_REACH)}
    found = [span for span in found if span.id_ not in aimed_at or _after_place_preposition(sent, span)]
    return found, [span for span in targeted if span.label_ in REGION_LABELS | SIDE_LABELS]


def _surroundings_named_after(sent: Span, found: list[Span], with_surroundings: list[Span]) -> list[Span]:
    """"quatre drones au-dessus de la capitale et deux autres dans ses environs": the surroundings of the place named
    last before, apart from it (not "Kiev et sa région", one place), are the region around it; a city that is no
    region of its own is in its region already."""
    spans = []
    for marker in labelled(sent, "ITS_SURROUNDINGS"):
        place = max((span for span in found if span.end <= marker.start), key=lambda span: span.end, default=None)
        if place is None or any(0 <= joined.start - place.end <= 1 for joined in with_surroundings):
            continue
        around = reference.surrounding_regions().get(place.id_, place.id_)
        spans.append(Span(sent.doc, marker.start, marker.end, label="REGION", span_id=around))
    return spans


def claimants(sent: Span, actors: list[Span], found: list[Span]) -> list[Span]:
    """The actors that may claim: not a target ("ciblant la Biélorussie", "vers l'Ukraine"), not the attacker
    the parse attaches to an attack or a launch ("une attaque à grande échelle de l'Ukraine", "lancés par la
    Russie"), not a place of the claim among those `found` ("interceptés au-dessus de Moscou"). A source ("Selon
    l'armée de l'air ukrainienne, 103 drones ont été tirés") speaks, wherever the parse attaches it."""
    targets = labelled(sent, "TARGET")
    attacks = attack_tokens(sent)
    sources = labelled(sent, "SOURCE")
    where = {token.i for span in found for token in span}
    return [
        span for span in actors
        if _a_source(span, sources) or (
            not _governed_by_marker(sent, span, targets, MARKER_REACH) and not attached_to(span, attacks) and not _country_in_passing(span, sources)
            and not (span.start in where and _after_place_preposition(sent, span))
        )
    ]


def attack_tokens(sent: Span) -> set[int]:
    """The words of an attack or a launch: what the attacker, not a claimant or a defender, is attached to."""
    return {token.i for label in ("ATTACK", "LAUNCH") for span in labelled(sent, label) for token in span}


def _a_source(span: Span, sources: list[Span]) -> bool:
    return any(source.end == span.start for source in sources)


def _after_place_preposition(sent: Span, span: Span) -> bool:
    """"au-dessus de Moscou", "dans la capitale", "au-dessus de la région de Belgorod": the name follows a preposition
    of place."""
    position = span.start - 1
    while position > sent.start and (sent.doc[position].pos_ == "DET" or sent.doc[position].lower_ in OF_WORDS | REGION_WORDS):
        position -= 1
    return position >= sent.start and sent.doc[position].lower_ in PLACE_PREPOSITIONS


def over_uncoded_waters(sent: Span) -> bool:
    """"au-dessus du golfe de Finlande": a sea or a gulf with no code of its own places the claim out of the governor's
    region (the Black Sea and the Sea of Azov have codes)."""
    regions = spans_in(sent, "regions")
    return any(
        not any(region.start <= waters.start < region.end for region in regions) and _after_place_preposition(sent, waters)
        for waters in labelled(sent, "WATERS")
    )


def _country_in_passing(span: Span, sources: list[Span]) -> bool:
    """A country named inside a phrase ("à la frontière avec l'Ukraine", "le président de la Russie") or as the
    object of a verb ("a accusé Moscou") claims nothing; one that speaks is a subject or a source ("la Russie
    affirme", "selon l'Ukraine"), or the subject of a participle of saying ("…, Moscou annonçant avoir détruit …")."""
    if not _is_a_government(span) or not span.doc.has_annotation("DEP"):
        return False
    return span.root.dep_.startswith(("nmod", "obl", "obj")) and not _a_source(span, sources) and not says_in_a_participle(span)


def attached_to(span: Span, tokens: set[int], hops: int = 2) -> bool:
    """The span's head, or its head's head through a noun modifier ("attaque à grande échelle de l'Ukraine"), is
    one of the tokens."""
    head = span.root.head
    for _ in range(hops):
        if head.i in tokens:
            return True
        if head.dep_ != "nmod":
            return False
        head = head.head
    return False


def governor_region(sent: Span) -> str | None:
    """"le gouverneur de la région de Koursk affirme …": a governor speaks for the region he runs; a town right after
    the title is his name ("le gouverneur Gusev")."""
    regions = [span for span in spans_in(sent, "regions") if span.label_ != "PLACE"]
    for governor in labelled(sent, "GOVERNOR"):
        following = [span for span in regions if governor.end <= span.start < governor.end + GOVERNOR_REGION_WINDOW]
        if following:
            return following[0].id_
    return None
