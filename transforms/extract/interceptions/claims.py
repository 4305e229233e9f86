"""Anchors read in their sentence: each anchor owns the words up to the next one (its stretch), and the stretch
tells whether an interception trigger acts on the count, what weapon it counts and in which regions."""

from __future__ import annotations

import itertools

from spacy.tokens import Span, Token

from transforms.extract.interceptions.anchors import CLAUSE_BREAKS, CORE_ROLES, MIXED, OF_THEM, OF_WORDS, PLACE_PREPOSITIONS, PLACE_WORDS, SUBJECTS, Anchor, is_participle, labelled
from transforms.extract.interceptions.clauses import clause, clause_starts, in_stretch, mark_opened_clauses, own_verbs
from transforms.extract.mentions import inside_any, spans_in
from transforms.normalise.numbers import parse_count

# "Deux drones, qui se dirigeaient vers Moscou, ont été abattus": what opens a relative clause set off by commas.
RELATIVE_PRONOUNS = {"qui", "que", "qu'", "qu’", "dont", "lesquels", "lesquelles"}
GOVERNING_HOPS = 2
# How far up the parse the weapon may be from the debris it is named with ("débris provenant de l'un des drones").
DEBRIS_HOPS = 4
# How far up the parse a count may be from the trigger that acts on it ("en avoir abattu 87").
COUNT_TRIGGER_HOPS = 3
BRACKET_REGION_GAP = 2
WEAPON_WINDOW = 3
COORDINATION = {"conj", "appos", "flat", "flat:name"}
# What may stand between a region and its count in a list written region first: "Koursk – 20", "Belgorod, 15".
LIST_SEPARATORS = {",", ":", "-", "–", "—"}
OBJECT_CLITICS = {"le", "la", "les", "l'", "l’"}
# "…, celui de Belgorod 8": a pronoun that stands for the noun of the clause before, whose count is left to follow;
# the masculine ones stand for a speaker ("le gouverneur", "le maire"), whose count is a claim of its own.
GAPPED_PRONOUNS = {"celui", "celle", "ceux", "celles"}
SPEAKER_PRONOUNS = {"celui", "ceux"}
MEANS_DEPENDENCIES = {"obl", "obl:mod", "obl:agent"}
MISPARSED_NOUN = {"advmod", "amod", "dep"}
MISPARSED_CLAUSE = {"dep", "ccomp", "csubj"}
PREDICATE_ON_NOUN = {"conj", "acl:relcl"}
# How a count hangs on the noun it counts ("deux missiles", "un drone").
COUNT_DEPENDENCIES = {"nummod", "det"}
# How a place hangs on its verb: the parser labels "au-dessus de Kiev" before the object with any of these.
ADVERBIALS = {"obl", "obl:mod", "obl:arg"}
PLACE_NOUNS = {"région", "oblast", "province", "ciel", "espace", "territoire", "république"}
JOINERS = {"et", "puis", "que", "qu'", "qu’", "plus", "and", "then", "as", "well"}
PURPOSE = {"pour", "afin", "to"}
REFLEXIVES = {"se", "s'", "s’"}
# A count as the subject of a verb ("32 se dirigeaient"), and a participle that qualifies a noun ("les drones interceptés").
SUBJECT_ROLES = {"nsubj", "expl:subj"}
NOUN_QUALIFIERS = {"acl", "amod"}
# The words that may name a kind of weapon after the weapon word: "missiles de croisière", "missile Kalibr".
KIND_TAGS = {"NOUN", "PROPN", "ADJ", "X", "SYM"}


def bracketed(sent: Span, anchor: Anchor) -> bool:
    return anchor.span.start > sent.start and sent.doc[anchor.span.start - 1].text == "("


def _in_brackets_before_anchor(doc, region: Span, anchor: Anchor) -> bool:
    """A region followed by "(" and a count belongs to that count, not to the anchor before it."""
    after = region.end
    return after + 1 < len(doc) and doc[after].text == "(" and doc[after + 1].like_num and after + 1 >= anchor.stretch_end


def _placed_regions(sent: Span, starts: list[int], anchors: list[Anchor], index: int, regions: list[Span], weapon_tokens: set[int]) -> list[Span]:
    """The regions an anchor counts for: those after it in its clause, up to the next anchor; for "Belgorod
    (quatre drones)" the region just before the bracket; else those before it in its clause when no earlier
    count of the clause could own them ("dans la région de Koursk, où 28 drones ont été abattus", "; en région
    de Riazan, 14")."""
    doc, anchor = sent.doc, anchors[index]
    before = [span for span in regions if anchor.span.start - 1 - BRACKET_REGION_GAP <= span.end <= anchor.span.start - 1]
    # "Belgorod (quatre drones)"; not "le plus grand nombre d'entre eux (122) … au-dessus des régions de Koursk", a
    # count of what comes before the bracket, placed as any.
    if bracketed(sent, anchor) and before:
        return before[-1:]
    clause_start, clause_end = clause(starts, anchor.span.start)
    own_end = min(anchor.stretch_end, clause_end)
    regions = [region for region in regions if not _place_of_another_object(region, anchor, weapon_tokens)]
    own = [span for span in in_stretch(regions, anchor.span.start, own_end) if not _in_brackets_before_anchor(doc, span, anchor)]
    if own:
        return own
    previous = anchors[index - 1] if index > 0 else None
    if previous is not None and previous.span.start >= clause_start:
        return []
    return in_stretch(regions, clause_start, anchor.span.start)


def _verb_above(token: Token) -> Token:
    while token.pos_ != "VERB" and token.head.i != token.i:
        token = token.head
    return token


def _place_of_another_object(region: Span, anchor: Anchor, weapons: set[int]) -> bool:
    """"a détruit un radar à Odessa et intercepté cinq missiles": a place under the other of two coordinated verbs,
    whose object is no weapon, is where that object was; not when the object is the place ("ont attaqué la région de
    Krasnodar, et l'armée a signalé la destruction de 52 appareils")."""
    verb, counting_verb = _verb_above(region.root), _verb_above(anchor.span.root)
    coordinated = verb.dep_ == "conj" and verb.head == counting_verb or counting_verb.dep_ == "conj" and counting_verb.head == verb
    # "a repéré deux missiles et les a abattus au-dessus de Belgorod": a pronoun object takes up the weapons.
    objects = [child for child in verb.children if child.dep_ == "obj" and child.lower_ not in OBJECT_CLITICS]
    return (
        coordinated and bool(objects) and not any(token.i in weapons for obj in objects for token in obj.subtree)
        and not any(obj.lemma_ in PLACE_NOUNS or obj in region for obj in objects)
    )


def _reaches(token, targets: set[int], hops: int, through_coordination: bool, transparent: frozenset[int] = frozenset()) -> bool:
    """Whether the parse leads from the token to one of the targets in at most `hops` steps; a step through
    coordination, or onto a `transparent` word, is free."""
    while hops > 0 and token.head.i != token.i:
        if token.head.i in targets:
            return True
        hops -= not ((through_coordination and token.dep_ in COORDINATION) or token.head.i in transparent)
        token = token.head
    return False


def _governed_by(weapon: Span, triggers: list[Span], reports: list[Span], dates: set[int], attack_words: frozenset[int]) -> bool:
    """The weapon is what the trigger acts on ("abattu 46 drones", "46 drones ont été abattus",
    "l'interception de 46 drones"), not an instrument elsewhere ("détruit un navire avec un drone")."""
    if not weapon.doc.has_annotation("DEP"):
        return True  # a pipeline without a parser (English) keeps the sentence-level rule
    if any(_complement_of_noun_trigger(weapon, trigger, dates) for trigger in triggers):
        return True
    # A participle right after the weapon says what befell it, whatever the parser attached it to ("état de 88
    # drones abattus"), unless the weapon only qualifies another noun ("les débris d'un drone abattu") other than
    # the one a report is made of ("a fait état d'un drone abattu", "dans deux messages … de neuf appareils abattus").
    # So does the agent of another verb ("un trou creusé par un missile abattu").
    qualifies_a_noun = (
        weapon.root.dep_ == "nmod" and any(child.dep_ == "case" for child in weapon.root.children) and not inside_any(weapon.root.head, reports)
    ) or (weapon.root.dep_ == "obl:agent" and weapon.root.head.i not in {token.i for span in triggers for token in span})
    if not qualifies_a_noun and any(trigger.start == weapon.end or _participle_after(weapon, trigger) for trigger in triggers):
        return True
    # A verb is never part of a fixed expression: read so ("ont en outre abattu 40 drones"), the order of words decides.
    if any(trigger.root.dep_ == "fixed" and _later_in_clause(trigger, weapon) for trigger in triggers):
        return True
    # A headline with no verb: the participle ends the weapon's noun phrase ("Dix drones volant vers Moscou abattus").
    if weapon.root.dep_ == "ROOT" and any(weapon.root.is_ancestor(trigger.root) and _later_in_clause(weapon, trigger) for trigger in triggers):
        return True
    # "Deux drones, qui se dirigeaient vers la capitale, ont été détruits": the predicate after a relative clause set
    # off by commas.
    if any(_after_an_inserted_relative(weapon, trigger) for trigger in triggers):
        return True
    # The parser hung the predicate on its subject ("45 drones au-dessus des territoires des régions de Koursk et Tambov
    # ont été détruits, a déclaré …"): a trigger later in the clause that depends on the weapon says what befell it.
    if any(trigger.root.head == weapon.root and trigger.root.dep_ in PREDICATE_ON_NOUN and _later_in_clause(weapon, trigger) for trigger in triggers):
        return True
    # "dep" is the parser's "attached somewhere", and a weapon attached to a word between it and a trigger later
    # in its clause is that word's subject ("12 drones se dirigeant vers la capitale avaient été abattus"): then
    # the order of words decides. So does a noun read as a clause ("a annoncé que 6 drones qui volaient vers la
    # capitale avaient été abattus"), which a noun never heads.
    attached_before_trigger = weapon.root.dep_ in MISPARSED_CLAUSE or weapon.root.head.i >= weapon.end
    if attached_before_trigger and any(_later_in_clause(weapon, trigger) and weapon.root.head.i < trigger.start for trigger in triggers):
        return True
    # A noun read as an adverb or an adjective, or as a modifier with no preposition, is a misparse: then a
    # trigger just before it in its clause decides ("avoir détruit dans la nuit 14 drones", "dans un communiqué avoir
    # abattu dimanche deux drones").
    # In a partitive ("avoir abattu 37 de ces drones") the count heads the phrase and bears the misparse.
    phrase = weapon.root.head if weapon.root.dep_ == "nmod" and weapon.root.head.like_num and weapon.root.head.i < weapon.start else weapon.root
    # The last item of a list of counts ("11 et 6 drones") has the list's role, which its first item bears.
    while phrase.dep_ == "conj" and phrase.head.i < phrase.i and phrase.head.like_num:
        phrase = phrase.head
    bare_modifier = phrase.dep_ in ("nmod", "obl", "obl:mod") and not any(child.dep_ == "case" for child in phrase.children)
    # So does a trigger right after it, past auxiliaries, of which it is the subject ("Kiev a été visée : 12 drones ont
    # été abattus").
    if (phrase.dep_ in MISPARSED_NOUN or bare_modifier) and any(_later_in_clause(trigger, weapon) or _subject_of(weapon, trigger) for trigger in triggers):
        return True
    # "détruits par un missile", "avec un drone": the weapon is the means, not the target; "fait état de 88
    # drones" (obl:arg) is the verb's argument. A means has its preposition: a bare modifier is a misparsed argument.
    if weapon.root.dep_ in MEANS_DEPENDENCIES and not bare_modifier:
        return False
    trigger_tokens = {token.i for span in triggers for token in span}
    # "… et à la fin des combats, 27 drones Shahed ont été abattus": the parser made the name the trigger's subject.
    name = weapon.doc[weapon.end] if weapon.end < len(weapon.doc) else None
    if name is not None and name.pos_ == "PROPN" and name.dep_ in CORE_ROLES and name.head.i in trigger_tokens:
        return True
    # "avaient réussi à détruire 11 drones": the parse gives the object to the verb that governs the infinitive.
    if weapon.root.dep_ == "obj" and any(child.dep_ == "xcomp" and child.i in trigger_tokens for child in weapon.root.head.children):
        return True
    # "déjoué une tentative d'attaque de vingt drones": an attack of the weapons stands for the weapons; not the
    # attack that is the subject of a verb with an object of its own ("une frappe de quatre roquettes a détruit une
    # école": what the weapons destroyed).
    if _attack_destroying_something(weapon, trigger_tokens, attack_words):
        return False
    # "a repéré deux missiles et les a abattus": the trigger's object pronoun takes up the weapon of the verb it is
    # coordinated with.
    if weapon.root.dep_ in CORE_ROLES and any(_takes_it_up(trigger, weapon.root.head) for trigger in triggers):
        return True
    return _reaches(weapon.root, trigger_tokens, GOVERNING_HOPS, through_coordination=True, transparent=attack_words)


def _takes_it_up(trigger: Span, verb: Token) -> bool:
    return trigger.root.dep_ == "conj" and trigger.root.head == verb and any(
        child.dep_ == "obj" and child.lower_ in OBJECT_CLITICS for child in trigger.root.children
    )


def _attack_destroying_something(weapon: Span, trigger_tokens: set[int], attack_words: frozenset[int]) -> bool:
    attack = weapon.root.head
    verb = attack.head
    return (
        attack.i in attack_words and attack.dep_ in SUBJECTS and verb.i in trigger_tokens
        and any(child.dep_ == "obj" and child.i not in attack_words for child in verb.children)
    )


def _named_with_debris(weapon, debris: set[int]) -> bool:
    """The weapon is where debris came from: under a debris noun in the parse, or the complement of a verb whose
    subject is debris."""
    if _reaches(weapon, debris, DEBRIS_HOPS, through_coordination=True):
        return True
    return any(child.i in debris and child.dep_ in SUBJECTS for child in weapon.head.children)


def _each_before(anchor: Anchor, each_markers: list[Span]) -> bool:
    """"Les régions de Briansk et de Moscou ont chacune compté 25 drones": a distributive word after the regions,
    before the count."""
    first = min(region.start for region in anchor.region_spans)
    return first < anchor.span.start and bool(in_stretch(each_markers, first, anchor.span.start))


def _take_counts_in_each(sent: Span, anchors: list[Anchor], each_markers: list[Span]) -> None:
    """"18 drones au-dessus des régions de Koursk et de Briansk (9 chacune)", "…, neuf chacune": a number right before
    the distributive word, after a count over several regions, is the count in each region; that count was their sum."""
    for marker in each_markers:
        if marker.start == sent.start:
            continue
        number = sent.doc[marker.start - 1]
        before = [anchor for anchor in anchors if anchor.span.end <= number.i]
        if not (number.like_num and before and len(before[-1].region_spans) > 1):
            continue
        own_anchor = next((anchor for anchor in anchors if anchor.span.start <= number.i < anchor.span.end), None)
        count = own_anchor.count if own_anchor is not None else parse_count(number.text, sent.doc.lang_)
        if count is not None:
            before[-1].count, before[-1].each = count, True
            if own_anchor is not None:
                anchors.remove(own_anchor)


def _complement_of_noun_trigger(weapon: Span, trigger: Span, dates: set[int]) -> bool:
    """"la destruction, mercredi, de cinq drones": the weapon is the complement of a trigger noun before it, past a
    day set between commas, whatever the parse attaches it to."""
    if trigger.root.pos_ != "NOUN" or trigger.end > weapon.start:
        return False
    words = [t for t in weapon.doc[trigger.end : weapon.start] if t.text != "," and t.i not in dates]
    return bool(words) and words[0].lower_ in OF_WORDS and all(t.like_num or t.pos_ in ("DET", "ADP") for t in words)


def _participle_after(weapon: Span, trigger: Span) -> bool:
    """"attaquée par huit drones ukrainiens, abattus par la défense": a participle after the weapon's adjectives
    and a comma, agreeing with it in number, says what befell it, whatever the parse attaches it to."""
    between = weapon.doc[weapon.end : trigger.start]
    if not between or any(token.pos_ != "ADJ" and token.text != "," for token in between) or sum(t.text == "," for t in between) > 1:
        return False
    participle, noun = trigger.root, weapon.root
    return "Part" in participle.morph.get("VerbForm") and participle.morph.get("Number") == noun.morph.get("Number")


def _subject_of(weapon: Span, trigger: Span) -> bool:
    """"12 drones ukrainiens ont été abattus": the trigger follows the weapon past its adjectives and auxiliaries."""
    between = weapon.doc[weapon.end : trigger.start]
    return trigger.start >= weapon.end and any(token.pos_ == "AUX" for token in between) and all(token.pos_ in ("AUX", "ADJ", "ADV") for token in between)


def _after_an_inserted_relative(weapon: Span, trigger: Span) -> bool:
    """The trigger comes, past its auxiliaries, right after a relative clause that opens with a comma after the
    weapon and closes with one."""
    doc = weapon.doc
    if weapon.end + 1 >= trigger.start or doc[weapon.end].text != "," or doc[weapon.end + 1].lower_ not in RELATIVE_PRONOUNS:
        return False
    closing = trigger.start - 1
    while closing > weapon.end and doc[closing].pos_ == "AUX":
        closing -= 1
    return closing > weapon.end + 1 and doc[closing].text == "," and not any(token.text in CLAUSE_BREAKS - {","} for token in doc[weapon.end : closing])


def _later_in_clause(first: Span, then: Span) -> bool:
    return then.start >= first.end and not any(token.text in CLAUSE_BREAKS for token in first.doc[first.end : then.start])


def _trigger_acts_on(starts: list[int], anchor: Anchor, triggers: list[Span]) -> bool:
    """A trigger of the count's clause that the parse links to it: "en avoir abattu 87", "détruit quatre drones";
    not one across "mais" ("affirme avoir abattu huit missiles, mais semble avoir manqué deux")."""
    if not anchor.span.doc.has_annotation("DEP"):
        return False
    start, end = clause(starts, anchor.span.start)
    in_clause = {token.i for span in triggers if start <= span.start <= end for token in span}
    return _reaches(anchor.span.root, in_clause, COUNT_TRIGGER_HOPS, through_coordination=False)


def _object_of(word, verbs: list[Span]) -> bool:
    """Whether the word, or the first of the words it is coordinated with, is the object of one of the verbs (the
    parse may hang the second object on the verb itself: "lancé 22 missiles et 14 drones")."""
    heads = {verb.root.i for verb in verbs}
    while word.dep_ == "conj" and word.head.i not in heads:
        word = word.head
    return word.dep_ in ("obj", "conj") and word.head.i in heads


def _after_share(sent: Span, anchor: Anchor, shares: list[Span]) -> bool:
    """"détruit la plupart des 45 drones lancés": the count is what was launched, of which a share was shot down."""
    return any(share.end < anchor.span.start and all(t.lower_ in OF_THEM for t in sent.doc[share.end : anchor.span.start]) for share in shares)


def _says_its_own_verb(anchor: Anchor, triggers_before: list[Span]) -> bool:
    """"Sur les drones interceptés, 32 se dirigeaient vers Moscou": interception words before the count that only
    qualify a noun say what befell those; the count is the subject of a verb of its own, which says what it did."""
    verb = anchor.span.root.head
    return (
        anchor.span.root.dep_ in SUBJECT_ROLES and verb.pos_ == "VERB" and "Fin" in verb.morph.get("VerbForm")
        and all(_qualifies_a_noun(span) for span in triggers_before)
    )


def _qualifies_a_noun(trigger: Span) -> bool:
    """"les drones interceptés", "les drones « interceptés et abattus »": a participle attached to a noun, or one
    with no auxiliary written right after one (the parser may make it the root); "et abattus" as the first does."""
    root = trigger.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ in NOUN_QUALIFIERS:
        return True
    position, start = root.i - 1, root.sent.start
    while position >= start and root.doc[position].is_quote:
        position -= 1
    bare = "Part" in root.morph.get("VerbForm") and not any(child.pos_ == "AUX" for child in root.children)
    return bare and position >= start and root.doc[position].pos_ == "NOUN"


def _has_own_predicate(sent: Span, starts: list[int], anchor: Anchor) -> bool:
    """A conjugated verb or an auxiliary in the count's stretch ("ont été perdus"), not a participle qualifying it
    ("27 drones visant Kyiv")."""
    return any(token.pos_ == "AUX" or "Fin" in token.morph.get("VerbForm") for token in own_verbs(sent, starts, anchor))


def _share_coordinated_weapons(anchors: list[Anchor]) -> None:
    """"11 et 6 drones": a count coordinated with a later one takes its weapon and its governance."""
    for anchor, following in zip(reversed(anchors[:-1]), reversed(anchors[1:])):
        phrase = _phrase(following)
        if anchor.weapon is None and following.weapon and phrase.dep_ == "conj" and phrase.head.i in range(anchor.span.start, anchor.span.end):
            anchor.weapon, anchor.weapon_governed = following.weapon, following.weapon_governed


def _listed(sent: Span, anchors: list[Anchor]) -> set[int]:
    """The indexes i whose anchors i and i + 1 are items of one list: joined by a joiner ("et", "ainsi que", "puis")
    just before the second, or by a bare comma when a joiner joins the list further on ("deux missiles, quatre
    drones et un avion")."""
    kinds = []
    for previous, anchor in zip(anchors, anchors[1:]):
        between = list(sent.doc[previous.span.end : anchor.span.start])
        joiner = next((position for position, token in enumerate(between) if token.lower_ in JOINERS and position >= len(between) - 3), None)
        if joiner and between[joiner - 1].lower_ == "ainsi":
            joiner -= 1
        # Before the joiner, the first item's words and a comma right before it; before a bare comma, no verb.
        head = between[:joiner] if joiner is not None else between[:-1]
        if head and head[-1].text == ",":
            head = head[:-1]
        if any(token.text in CLAUSE_BREAKS for token in head):
            kinds.append(None)
        elif joiner is not None:
            kinds.append("joined")
        else:
            verbless = not any(token.pos_ in ("VERB", "AUX") for token in head)
            kinds.append("comma" if verbless and between and between[-1].text == "," else None)
    listed = set()
    for index, kind in enumerate(kinds):
        closing = next((later for later in kinds[index:] if later != "comma"), None)
        if kind == "joined" or (kind == "comma" and closing == "joined"):
            listed.add(index)
    return listed


def _share_trailing_place(anchors: list[Anchor], listed: set[int], triggers: list[Span]) -> None:
    """"détruit 21 missiles et neuf drones au-dessus de la région de Belgorod", "détruit quatre drones et intercepté
    deux drones au-dessus de la mer d'Azov", "huit missiles de croisière, ainsi que trois drones dans l'espace
    aérien de Kyiv", "deux missiles Kh-101 et un missile Kalibr au-dessus de Lviv": items of one list, the second of
    another weapon or kind or under a trigger of its own, share the place written after the last, or take one each of
    two places written apart; `listed` as `_listed` gives it."""
    for index in range(len(anchors) - 2, -1, -1):
        first, second = anchors[index], anchors[index + 1]
        if index not in listed or first.region_spans or not second.region_spans or second.is_remainder or not first.weapon:
            continue
        own_trigger = bool(in_stretch(triggers, second.span.start - 2, second.stretch_end))
        # "deux missiles Kh-101 et un missile Kalibr", "un hélicoptère et un avion": another kind of the same class.
        another_kind = second.weapon and (second.weapon != first.weapon or second.weapon_kind != first.weapon_kind)
        if not (own_trigger or another_kind):
            continue
        if _placed_apart(second.region_spans):
            # "un Su-34 et un Su-30 dans la région de Donetsk et au-dessus de la mer Noire": one place each, in order.
            first.region_spans, second.region_spans = second.region_spans[:1], second.region_spans[1:]
        else:
            first.region_spans = list(second.region_spans)


def _share_leading_place(sent: Span, anchors: list[Anchor], listed: set[int]) -> None:
    """"Neuf missiles ont été détruits au-dessus d'Odessa, ainsi que quatre drones": an item of another weapon added
    after the place, with no verb nor place of its own in its phrase, was stopped there too."""
    for index in sorted(listed):
        first, second = anchors[index], anchors[index + 1]
        phrase = itertools.takewhile(lambda token: token.text not in CLAUSE_BREAKS | {","}, sent.doc[second.span.end : second.stretch_end])
        verbless = not any(token.pos_ in ("VERB", "AUX") for token in phrase)
        another_weapon = second.weapon is not None and second.weapon != first.weapon
        if first.region_spans and not second.region_spans and another_weapon and verbless and not second.is_remainder:
            second.region_spans = list(first.region_spans)


def _placed_apart(regions: list[Span]) -> bool:
    """Two places, each with a preposition of its own ("dans la région de Donetsk et au-dessus de la mer Noire"), not
    one phrase naming two ("au-dessus des régions de Koursk et de Briansk")."""
    if len(regions) != 2:
        return False
    return any(token.lower_ in PLACE_PREPOSITIONS for token in regions[0].doc[regions[0].end : regions[1].start])


def _weapon_kind(sent: Span, weapon: Span, end: int, unnamed: set[int]) -> tuple[str, ...]:
    """What the weapon's words name, in lemmas: the weapon word and the nouns and adjectives right after it ("missiles
    de croisière", "missile Kalibr", "avion d'attaque Su-25"), up to a place; a side or a place (`unnamed`: "drones
    ukrainiens") names no kind."""
    words = [weapon.root.lemma_.lower()]
    for token in sent.doc[weapon.root.i + 1 : end]:
        if token.lower_ in OF_WORDS:
            continue
        if token.pos_ not in KIND_TAGS or token.lower_ in PLACE_WORDS or token.i in unnamed:
            break
        words.append(token.lemma_.lower())
    return tuple(words)


def _first_conjunct(token):
    """"deux missiles et un drone": the first of coordinated nouns, which the parser attaches to the verb. In "dix
    missiles de croisière et un drone" it may hang the drone on the first noun's complement: the noun it completes."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
        while token.dep_ == "nmod" and token.head.i != token.i:
            token = token.head
    return token


def _share_fronted_place(sent: Span, anchors: list[Anchor], regions: list[Span], triggers: list[Span]) -> None:
    """"Dans la région de Koursk, frontalière avec l'Ukraine, « deux missiles et un drone » ont été détruits": a
    place set before the counts as an adverbial of the trigger verb they are the subject or object of places each
    count of it that names none, whatever clause marks stand between."""
    trigger_tokens = {token.i for span in triggers for token in span}
    for anchor in anchors:
        if anchor.region_spans or anchor.is_launch or not anchor.has_trigger:
            continue
        noun = _first_conjunct(anchor.span.root.head if anchor.span.root.dep_ in COUNT_DEPENDENCIES else anchor.span.root)
        # "ont détruit … dix missiles, et un drone": the parser may coordinate the last item with the verb itself.
        verb = noun if noun.i in trigger_tokens else noun.head if noun.dep_ in CORE_ROLES else None
        if verb is None or verb.i not in trigger_tokens:
            continue
        # The parser may hang the adverbial on the subject rather than on its verb.
        anchor.region_spans = [region for region in regions if region.end <= anchor.span.start and _adverbial_of(region, {verb.i, noun.i})]


def _adverbial_of(region: Span, heads: set[int]) -> bool:
    """The region, or the place word it names ("la région de Koursk"), is an adverbial of one of the heads."""
    root = region.root
    if root.dep_ == "nmod" and root.head.lower_ in PLACE_NOUNS:
        root = root.head
    return root.dep_ in ADVERBIALS and root.head.i in heads


def _share_coordinated_triggers(sent: Span, starts: list[int], anchors: list[Anchor], listed: set[int]) -> None:
    """"en avoir abattu 87, ainsi que 27 drones Shahed", "abattu deux missiles, quatre drones et un avion": a count
    listed after a claimed one, with no verb of its own, is claimed by the same trigger."""
    launches, weapons = labelled(sent, "LAUNCH"), labelled(sent, "WEAPON")
    for index, (previous, anchor) in enumerate(zip(anchors, anchors[1:])):
        # "abattu un missile et vingt drones lancés par la Russie": a participle that says who launched the weapons
        # does not make their count a launch count.
        described = anchor.is_launch and all(is_participle(span.root) for span in in_stretch(launches, anchor.span.start, anchor.stretch_end))
        verbless = not [verb for verb in own_verbs(sent, starts, anchor) if not (described and is_participle(verb))]
        # "abattu un missile et 15 drones", the parser hanging the drones on another verb: not governed, still listed.
        claimed = anchor.has_trigger and anchor.weapon_governed
        # "abattu deux missiles et 60 drones sur les trois missiles et 80 drones lancés": a count said launched, listed
        # after the launched count of "N sur M" that names its weapon, goes on with what was launched.
        if anchor.is_launch and 0 < previous.launched_end < sent.end and inside_any(sent.doc[previous.launched_end], weapons):
            anchor.has_trigger = False
            continue
        if previous.has_trigger and (described or not (claimed or anchor.is_launch)) and index in listed and verbless and not anchor.is_lost:
            anchor.has_trigger = anchor.weapon_governed = True
            anchor.is_launch = False


def _share_following_trigger(sent: Span, starts: list[int], anchors: list[Anchor], listed: set[int], triggers: list[Span]) -> None:
    """"Selon Kiev, deux missiles et 60 drones ont été abattus": the items of a list that is the subject of a trigger
    written after its last item are claimed by it, whatever the parser attached the first items to."""
    for index in range(len(anchors) - 2, -1, -1):
        item, last = anchors[index], anchors[index + 1]
        trigger_after = bool(in_stretch(triggers, last.span.end, last.stretch_end))
        unclaimed = not (item.has_trigger or item.is_launch or item.is_lost)
        if index in listed and unclaimed and trigger_after and last.has_trigger and last.weapon_governed and not own_verbs(sent, starts, item):
            item.has_trigger = item.weapon_governed = True


def _region_right_before(sent: Span, anchor: Anchor, regions: list[Span]) -> Span | None:
    """The region written just before the count, with at most a separator between ("Koursk – 20", "dans celle de
    Belgorod, 15")."""
    for region in regions:
        between = sent.doc[region.end : anchor.span.start]
        if region.end <= anchor.span.start and len(between) <= 1 and all(token.text in LIST_SEPARATORS for token in between):
            return region
    return None


def _pair_regions_written_first(sent: Span, anchors: list[Anchor], regions: list[Span]) -> None:
    """"Dans la région de Koursk, 20 drones ont été abattus, dans celle de Belgorod, 15, et dans celle de Briansk,
    10", "Koursk – 20, Belgorod – 15": when the last counts each follow their region and the last has none after it,
    each count takes the region before it, not the next one's."""
    counted = [anchor for anchor in anchors if anchor.count is not None and not anchor.is_remainder]
    if not counted or in_stretch(regions, counted[-1].span.end, counted[-1].stretch_end):
        return
    run: list[tuple[Anchor, Span]] = []
    for anchor in reversed(counted):
        if (region := _region_right_before(sent, anchor, regions)) is None:
            break
        run.append((anchor, region))
    if len(run) >= 2:
        _take_paired_regions(anchors, run)


def _pair_regions_subject_of_the_count(sent: Span, anchors: list[Anchor], regions: list[Span], each_markers: list[Span]) -> None:
    """"16 au-dessus de Koursk, et les régions de Briansk et d'Orel en ont chacune intercepté deux", "…, et chaque région
    de Briansk et d'Orel en a enregistré deux": the regions of the clause's subject, written right before the verb of a
    later count, are that count's, not the earlier count's; a place phrase ("au-dessus de …") is no subject."""
    each_tokens = {marker.start for marker in each_markers}
    for earlier, anchor in zip(anchors, anchors[1:]):
        position = anchor.span.start - 1
        verb_seen = False
        while position > earlier.span.end and (
            sent.doc[position].pos_ in ("AUX", "VERB", "ADV") or sent.doc[position].lower_ == "en" or position in each_tokens
        ):
            verb_seen = verb_seen or sent.doc[position].pos_ == "VERB"
            position -= 1
        subject_end = position + 1
        while position > earlier.span.end and sent.doc[position].text != "," and not _opens_a_subject(sent, position):
            if sent.doc[position].lower_ in PLACE_PREPOSITIONS:
                break
            position -= 1
        subject = [region for region in regions if position < region.start and region.end <= subject_end]
        if verb_seen and subject and subject[-1].end == subject_end and sent.doc[position].lower_ not in PLACE_PREPOSITIONS:
            _take_paired_regions(anchors, [(anchor, region) for region in subject])
            anchor.each = len(subject) > 1 and bool(in_stretch(each_markers, position, anchor.span.start))


def _opens_a_subject(sent: Span, position: int) -> bool:
    """"et les régions de …", "et chaque région de …": a coordination opening a noun phrase."""
    following = sent.doc[position + 1] if position + 1 < sent.end else None
    return sent.doc[position].lower_ == "et" and following is not None and following.pos_ == "DET"


def _pair_gapped_clauses(sent: Span, anchors: list[Anchor], regions: list[Span]) -> None:
    """"le gouverneur de Koursk a signalé 12 interceptions, celui de Lipetsk 8", "…, celui de Belgorod de 8": a
    clause whose verb is left out repeats the one before with a pronoun; the place in the pronoun's phrase is the
    count's that follows it, not the earlier count's, and the count shares the left-out verb; a pronoun that stands
    for a speaker opens a claim of its own."""
    for earlier, anchor in zip([None, *anchors[:-1]], anchors):
        if anchor.count is None or earlier is None:
            continue
        for region in regions:
            between = [token.lower_ for token in sent.doc[region.end : anchor.span.start]]
            start = region.start
            while start > sent.start and sent.doc[start - 1].lower_ in OF_WORDS:
                start -= 1
            pronoun = sent.doc[start - 1] if start > sent.start else None
            gapped = pronoun is not None and pronoun.lower_ in GAPPED_PRONOUNS
            if gapped and region.end <= anchor.span.start and len(between) <= 1 and set(between) <= LIST_SEPARATORS | OF_WORDS:
                _take_paired_regions(anchors, [(anchor, region)])
                if not anchor.has_own_verb:
                    anchor.has_trigger, anchor.weapon_governed = anchor.has_trigger or earlier.has_trigger, anchor.weapon_governed or earlier.weapon_governed
                if pronoun.lower_ in SPEAKER_PRONOUNS:
                    anchor.contrasting_clause = pronoun.i


def _take_paired_regions(anchors: list[Anchor], pairs: list[tuple[Anchor, Span]]) -> None:
    """Each paired count is placed in the regions paired with it alone, and no other count keeps a region so paired."""
    paired_regions = [region for _, region in pairs]
    for anchor in anchors:
        anchor.region_spans = [region for region in anchor.region_spans if region not in paired_regions]
    for anchor in {id(anchor): anchor for anchor, _ in pairs}.values():
        anchor.region_spans = [region for paired, region in pairs if paired is anchor]


def _pair_respectively_with_classes(sent: Span, anchors: list[Anchor]) -> None:
    """"a lancé 12 missiles et 40 drones, dont respectivement 8 et 35 ont été abattus": the n counts after the
    marker that name no weapon are of the n classes launched before it, in order, and of those launched."""
    for marker in labelled(sent, "RESPECTIVELY"):
        launched = [anchor for anchor in anchors if anchor.span.end <= marker.start and anchor.is_launch and anchor.weapon]
        counts = [anchor for anchor in anchors if anchor.span.start >= marker.end and not anchor.is_launch and anchor.weapon is None and anchor.count]
        if len(counts) > 1 and len(launched) == len(counts) and len({anchor.weapon for anchor in launched}) == len(launched):
            for count, of in zip(counts, launched, strict=True):
                count.weapon, count.of_launched = of.weapon, of.count


def _pair_respectively(sent: Span, starts: list[int], anchors: list[Anchor], regions: list[Span]) -> None:
    """"dans les régions de Briansk et de Kalouga, avec respectivement 46 et 12 drones": the n counts of the clause
    take the n regions written before them in it, in order; the counts right after the marker when there are
    several ("45 drones au-dessus de Koursk, Belgorod et Briansk (respectivement 20, 15 et 10)"), whose regions
    are then no longer the total's."""
    for marker in labelled(sent, "RESPECTIVELY"):
        clause_start, clause_end = clause(starts, marker.start)
        counts = [a for a in anchors if clause_start <= a.span.start <= clause_end and not a.is_remainder]
        following = [a for a in counts if a.span.start > marker.start]
        counts = following if len(following) > 1 else counts
        if len(counts) < 2:
            continue
        before = [region for region in regions if clause_start <= region.start and region.end <= counts[0].span.start]
        # "11 et 6 drones respectivement au-dessus des régions de Koursk et de Briansk": the regions after them.
        after = [region for region in regions if counts[-1].span.end <= region.start <= clause_end]
        paired = before if len(before) == len(counts) else after if len(after) == len(counts) else []
        if paired:
            _take_paired_regions(anchors, list(zip(counts, paired)))


def _said_of_another_noun(span: Span, counted: set[int]) -> bool:
    """"Deux missiles ont touché un dépôt qui a été détruit": a relative clause whose subject is "qui", with no
    object, says what befell the noun it qualifies, which counts no weapon (not "la défense qui a abattu 15
    missiles")."""
    root = span.root
    return (
        root.dep_ == "acl:relcl" and root.head.pos_ == "NOUN" and root.head.i not in counted
        and any(child.dep_ in SUBJECTS and child.lower_ == "qui" for child in root.children)
        and not any(child.dep_ == "obj" for child in root.children)
    )


def _phrase(anchor: Anchor) -> Token:
    """The word a count's phrase hangs by: its noun ("quatre drones"), or the count itself when elliptical."""
    return anchor.span.root.head if anchor.span.root.dep_ in COUNT_DEPENDENCIES else anchor.span.root


def _subject_of_another_verb(anchor: Anchor, trigger_tokens: set[int]) -> bool:
    phrase = _phrase(anchor)
    return phrase.dep_ in SUBJECTS and phrase.head.pos_ == "VERB" and phrase.head.i not in trigger_tokens


def _launch_verbs_alone(launches: list[Span], trigger_tokens: set[int]) -> set[int]:
    """The launch words whose count no trigger shares: "deux drones ont été détectés et abattus" shot down the
    two it detected; "30 drones ont été lancés et l'armée de l'air en a abattu 25" did not."""
    return {
        token.i for span in launches for token in span
        if not any(child.dep_ == "conj" and child.i in trigger_tokens and not any(c.dep_.startswith("nsubj") for c in child.children) for child in token.children)
    }


def _argument_of(anchor: Anchor, verbs: set[int], roles: set[str] = CORE_ROLES) -> bool:
    phrase = _phrase(anchor)
    return phrase.dep_ in roles and phrase.head.i in verbs


def _the_destroyer(noun: Token, trigger_tokens: set[int]) -> bool:
    """"117 drones ont détruit 41 avions", "deux chasseurs ont intercepté trois drones": the subject of an active
    interception verb that has an object did the destroying."""
    verb = noun.head
    return (
        noun.dep_ == "nsubj" and verb.i in trigger_tokens and any(child.dep_ == "obj" for child in verb.children)
        and not any(child.dep_ == "aux:pass" for child in verb.children)
    )


def _on_the_ground(noun: Token, ground: list[Span]) -> bool:
    """"détruit 11 drones au sol", "détruit au sol six missiles": weapons destroyed where they stood, not in the air."""
    return any(span.root.head in (noun, noun.head) or noun.head == span.root for span in ground)


def _of_an_attack(anchor: Anchor, attack_words: frozenset[int], trigger_tokens: set[int]) -> bool:
    """"Kiev a subi une attaque de 25 drones, tous abattus": the weapons of an attack that no interception word acts
    on were launched ("Une attaque de 20 drones a été repoussée" counts them shot down)."""
    phrase = _phrase(anchor)
    attack = phrase.head
    return phrase.dep_ == "nmod" and attack.i in attack_words and attack.pos_ == "NOUN" and attack.head.i not in trigger_tokens


def _stated_triggers(sent: Span) -> list[Span]:
    """Interception words that state something happened, not a purpose ("il en coûte plus pour abattre un drone
    avec un missile"); "ont réussi à abattre 16 missiles" states it. "595 drones se sont abattus sur l'Ukraine":
    the reflexive verb says they fell on it."""
    counted = {token.i for label in ("WEAPON", "ATTACK") for span in labelled(sent, label) for token in span}
    return [
        span for span in labelled(sent, "INTERCEPT")
        if not ("Inf" in span.root.morph.get("VerbForm") and any(child.lower_ in PURPOSE for child in span.root.children))
        and not any(child.lower_ in REFLEXIVES for child in span.root.children)
        and not _said_of_another_noun(span, counted)
    ]


def partitive_clitics(sent: Span, trigger_tokens: set[int]) -> list[Token]:
    """"en a abattu 244", "affirme en avoir détruit 12": the clitic "en" on an interception verb, which stands for
    weapons said before."""
    return [token for token in sent if token.lower_ == "en" and token.pos_ == "PRON" and token.head.i in trigger_tokens]


def read_stretches(sent: Span, anchors: list[Anchor], regions: list[Span]) -> None:
    triggers = _stated_triggers(sent)
    launches = labelled(sent, "LAUNCH")
    weapons, reports, shares = labelled(sent, "WEAPON"), labelled(sent, "REPORTS"), labelled(sent, "SHARE")
    weapon_tokens = {token.i for span in weapons for token in span}
    naval = {token.i for span in labelled(sent, "NAVAL") for token in span}
    debris = {token.i for span in labelled(sent, "DEBRIS") for token in span}
    dates = {token.i for span in labelled(sent, "DATE") for token in span}
    attack_words = frozenset(token.i for span in labelled(sent, "ATTACK") for token in span)
    unnamed = {token.i for span in spans_in(sent, "countries") + regions for token in span}
    part_markers, each_markers, lost_words = labelled(sent, "PART_OF"), labelled(sent, "EACH"), labelled(sent, "LOST")
    respectively = labelled(sent, "RESPECTIVELY")
    starts = clause_starts(sent)
    trigger_tokens = {token.i for span in triggers for token in span}
    on_the_ground = labelled(sent, "ON_THE_GROUND")
    attacked_words = {token.i for label in ("LAUNCH", "STRUCK", "TARGET") for span in labelled(sent, label) for token in span}
    clitics = partitive_clitics(sent, trigger_tokens)
    for index, anchor in enumerate(anchors):
        anchor.stretch_end = anchors[index + 1].span.start if index + 1 < len(anchors) else sent.end
    for index, anchor in enumerate(anchors):
        stretch_start = sent.start if index == 0 else anchor.span.start
        own = anchor.span.start, anchor.stretch_end
        triggers_before, triggers_own = in_stretch(triggers, stretch_start, anchor.span.start), in_stretch(triggers, *own)
        # "Sur les drones interceptés, 32 se dirigeaient vers Moscou": the words before the count qualify another noun.
        before_counts = bool(triggers_before) and not triggers_own and not _says_its_own_verb(anchor, triggers_before)
        anchor.trigger_in_stretch = trigger_in_stretch = bool(triggers_own) or before_counts
        # "138 ont été interceptés et 119 autres … ont été 'perdus'": a count with a verb of its own says what that
        # verb says, whatever trigger the parse reaches.
        # "… et 18 autres « perdus »": what a lost or diverted weapon's count says outweighs a trigger reached through
        # the parse.
        anchor.is_lost = bool(in_stretch(lost_words, *own))
        anchor.subject_of_another_verb = _subject_of_another_verb(anchor, trigger_tokens)
        own_predicate = _has_own_predicate(sent, starts, anchor)
        anchor.has_trigger = trigger_in_stretch or (_trigger_acts_on(starts, anchor, triggers) and not own_predicate and not anchor.is_lost)
        # "abattu 48 drones sur les 60 lancés": a launch word of its own outweighs a trigger reached through the parse;
        # in "15 des 22 missiles lancés" it qualifies the launched count.
        # "a neutralisé plus d'un tiers des drones" with no count only says again a claim it may date.
        after_share = anchor.count is not None and _after_share(sent, anchor, shares)
        # "30 drones ont été lancés et l'armée de l'air en a abattu 25": a count its own launch verb takes was launched,
        # whatever trigger comes later in its stretch; not across a clause ("a tiré 4 missiles ; 3 missiles … ont été
        # interceptés").
        clause_launches = in_stretch(launches, *clause(starts, anchor.span.start))
        launched_itself = anchor.of_launched is None and (
            _argument_of(anchor, _launch_verbs_alone(clause_launches, trigger_tokens))
            # "Kiev a été visée par 22 drones": the weapons an attack was made with, its agent, were launched.
            or _argument_of(anchor, attacked_words, roles={"obl:agent"})
            or (not trigger_in_stretch and _of_an_attack(anchor, attack_words, trigger_tokens))
        )
        anchor.is_launch = (bool(in_stretch(launches, *own)) and not trigger_in_stretch and anchor.of_launched is None) or after_share or launched_itself
        if after_share and anchor.has_trigger:
            # "a annoncé dimanche avoir détruit la plupart des 45 drones lancés": no count of its own, it can only
            # date the claim of 45 launched it says again.
            anchor.of_launched, anchor.count, anchor.unquantified, anchor.is_launch = anchor.count, None, True, False
        anchor.region_spans = _placed_regions(sent, starts, anchors, index, regions, weapon_tokens)
        near_weapons = in_stretch(weapons, anchor.weapon_from, min(anchor.weapon_from + WEAPON_WINDOW, anchor.stretch_end))
        anchor.weapon = near_weapons[0].id_ if near_weapons else None
        # "Douze missiles et drones ont été détruits": one count of two classes is of mixed kinds.
        if len(near_weapons) > 1 and near_weapons[1].root.dep_ == "conj" and near_weapons[1].root.head == near_weapons[0].root and near_weapons[1].id_ != anchor.weapon:
            anchor.weapon = MIXED
        anchor.weapon_kind = _weapon_kind(sent, near_weapons[0], anchor.stretch_end, unnamed) if near_weapons else ()
        # "cinq drones de l'Ukraine, cette fois navals": an adjective in the drones' phrase, however far.
        if anchor.weapon == "drone" and any(token.i in naval for token in near_weapons[0].root.subtree):
            anchor.weapon = "naval_drone"
        # "région de Belgorod (quatre drones)": a bracketed count annotates the region, not the verb. In "54 des 69
        # missiles" the weapon belongs to the launched count: the trigger acts on the first count.
        anchor.weapon_governed = (
            bracketed(sent, anchor) or not near_weapons or anchor.of_launched is not None or _governed_by(near_weapons[0], triggers, reports, dates, attack_words)
        )
        # "la chute de débris provenant de l'un des deux drones abattus", "des débris sont tombés d'un drone abattu":
        # where debris fell, not a count claimed.
        if near_weapons and _named_with_debris(near_weapons[0].root, debris):
            anchor.weapon_governed = False
        if near_weapons and (_the_destroyer(near_weapons[0].root, trigger_tokens) or _on_the_ground(near_weapons[0].root, on_the_ground)):
            anchor.weapon_governed = False
        # "a lancé 22 missiles et 14 drones …, affirmant avoir abattu 15 missiles et tous les drones": a count the
        # launch verb takes, that no trigger governs, says what was launched.
        # Not across a clause: "La Russie a lancé 3 missiles et 80 drones ; 2 missiles … ont été abattus".
        if not anchor.weapon_governed and near_weapons and _object_of(near_weapons[0].root, clause_launches):
            anchor.is_launch = True
        anchor.opens_parts = bool(in_stretch(part_markers, *own))
        # "18 autres avaient été « perdus »": an auxiliary says something of the count even where the quoted participle
        # is read as another word.
        anchor.has_own_verb = own_predicate or any(token.pos_ == "VERB" for token in sent.doc[anchor.span.end : anchor.stretch_end])
        anchor.after_part_marker = any(marker.end == anchor.span.start for marker in part_markers)
        # "les 20 missiles tirés, dont cinq Kinjal, ont tous été abattus": a share of a launch count with no
        # interception word of its own was launched too.
        if anchor.after_part_marker and index and anchors[index - 1].is_launch and not trigger_in_stretch:
            anchor.is_launch = True
        anchor.partitive = any(token.i < anchor.span.start and token.head == anchor.span.root.head for token in clitics)
        # "deux l'ont été respectivement au-dessus de l'oblast de Belgorod et de la mer Noire": one count said of each.
        anchor.each = len(anchor.region_spans) > 1 and bool(in_stretch(each_markers + respectively, *own) or _each_before(anchor, each_markers))
    _take_counts_in_each(sent, anchors, each_markers)
    _pair_regions_written_first(sent, anchors, regions)
    _pair_regions_subject_of_the_count(sent, anchors, regions, each_markers)
    _share_coordinated_weapons(anchors)
    # Which counts are items of one list depends on the words between them only: read once for both.
    listed = _listed(sent, anchors)
    for index in listed:
        anchors[index + 1].listed_after = True
        # "dont 8 sont tombés en mer Noire et quatre autres en Crimée": an item with no verb shares the one before it.
        if anchors[index].subject_of_another_verb and not anchors[index + 1].has_own_verb:
            anchors[index + 1].subject_of_another_verb = True
    _share_coordinated_triggers(sent, starts, anchors, listed)
    _share_following_trigger(sent, starts, anchors, listed, triggers)
    _share_trailing_place(anchors, listed, triggers)
    _share_leading_place(sent, anchors, listed)
    _share_fronted_place(sent, anchors, regions, triggers)
    mark_opened_clauses(sent, starts, anchors, triggers)
    _pair_gapped_clauses(sent, anchors, regions)
    _pair_respectively(sent, starts, anchors, regions)
    _pair_respectively_with_classes(sent, anchors)
