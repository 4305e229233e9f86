"""The counts of a sentence that may count aerial threats: its anchors.

A number is an anchor when what it counts could be a weapon: a weapon word after it ("46 drones"), nothing
(elliptical: "12 dans la région de Koursk", "deux au-dessus de Voronej", "dix d'entre eux"), never another
noun ("200 km", "18 morts", "30 %") nor a year. "un" counts only a weapon or "un autre" / "un deuxième"; an
ordinal after "le" counts one, the last of a split ("quatre … et le cinquième") or one more ("Le deuxième drone").
"21 des 29 drones" and "21 sur 29" are one anchor: 21 shot down of 29 launched. A count after "plus de", "près
de", "environ" is approximate: a claim without an exact count, as "une dizaine de drones".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from transforms.extract.mentions import inside_any, number_runs, spans_in

ONE_WORDS = {"un", "une", "a", "an", "one"}
# "le drone a été abattu", "ce missile a été intercepté": the one weapon the article is about.
THE_ONE = {"le", "l'", "l’", "ce", "cet"}
THE_ONES = {"les", "ces"}
PLURAL_PRONOUNS = {"ils", "elles"}
# The roles of a weapon that a trigger's clause is about: its subject or its object.
SUBJECTS = {"nsubj", "nsubj:pass"}
CORE_ROLES = SUBJECTS | {"obj"}
# "dont un", "l'un": one of the weapons just counted.
ONE_OF_THEM = {"dont", "l'", "l’"}
ORDINALS = {
    "deuxième", "second", "seconde", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième", "neuvième",
    "dixième", "third", "fourth", "fifth",
}
# "le cinquième", "la deuxième": the words an ordinal that counts one follows.
ORDINAL_ARTICLES = THE_ONE | {"la"}
# "un autre drone", "un deuxième", "l'un des drones": one more of them, counted.
ONE_OF = {"autre", "premier", "première", "dernier", "another"} | ORDINALS
# "un seul drone": one, stressed.
ONLY_ONE = {"seul", "seule", "single"}
# "un autre drone", "un deuxième drone": one more, never the one counted before.
ANOTHER = {"autre", "autres", "another", "other", "others"} | ORDINALS
NEW = {"nouveaux", "nouvelles", "supplémentaires", "new", "additional"}
# Words between a count and the noun it counts: "46 autres drones", "trois nouveaux drones".
COUNT_MODIFIERS = {"autres", "autre", "nouveaux", "nouvelles", "supplémentaires", "premiers", "derniers", "other", "more", "further"}
# "21 des 29 drones", "21 sur 29": the first counts the shot down, the second what was launched.
OF_LAUNCHED = {"des", "sur", "of", "out"}
# What may come between "sur" and the launched count ("sur les 60", "sur un total de 23"), and between the first count
# and "sur" (its noun phrase: "161 drones [de différents types] sur 162").
LAUNCHED_LEADS = ([], ["les"], ["un", "total", "de"], ["un", "total", "d'"], ["un", "total", "d’"])
NOUN_PHRASE_TAGS = {"NOUN", "PROPN", "ADJ", "ADP", "DET"}
OF_THEM = {"des", "d'entre", "d’entre", "of"}
NONE = {"aucun", "aucune", "none"}
# Between "tous" and what it counts: "tous les missiles", "la totalité des drones".
ALL_LINKS = {"les", "des", "de", "ces"}
# "de" and its forms: what links a noun to its complement ("la destruction de cinq drones", "une attaque de Kiev").
OF_WORDS = {"de", "d'", "d’", "des", "du", "of"}
# "15 du territoire de Koursk", "dix de la région de Briansk": "de" before a thing named in the singular.
SINGULAR_OF = {"du"}
SINGULAR_ARTICLES = {"la", "l'", "l’"}
# "…, et une en région de Koursk": "un" between a list's joiner and a place counts one of the weapon.
LIST_JOINERS = {"et", ",", ":", "and"}
PLACE_PREPOSITIONS = {"en", "dans", "au-dessus", "sur", "près", "over", "in", "near"}
# "le troisième au-dessus de la région d'Orel": a place within these few words after the preposition.
GAPPED_PLACE_WINDOW = 6
YEARS = range(1900, 2101)
# Punctuation that ends the stretch of words a marker or a trigger governs.
CLAUSE_BREAKS = {",", ";", ":", "(", ")", "«", "»", '"'}
COUNTED_NOUN_TAGS = {"NOUN", "PROPN", "SYM"}
# A count of several weapon classes at once.
MIXED = "other"
# A word that names no class ("engins", "cibles"): the claim it continues gives the class.
GENERIC = "generic"
# Weapon classes of air defence; naval drones are fought by ships, not intercepted.
AIR_THREATS = {"drone", "missile", "glide_bomb", "aircraft", MIXED}
# The classes a weapon word with no figure counts ("le drone"): "cibles" of mixed kinds is no one weapon.
COUNTED_CLASSES = AIR_THREATS - {MIXED}
# Place words the tagger sometimes reads as nouns: "deux au-dessus de Voronej" counts nothing new.
PLACE_WORDS = {"au-dessus", "au-delà", "auprès", "près", "lors"}


@dataclass
class Anchor:
    span: Span
    count: int | None
    is_remainder: bool
    # Of how many launched, when written with it ("21 des 29 drones"), and where that launched count ends.
    of_launched: int | None = None
    launched_end: int = 0
    # Where the weapon word of the count is looked for: after "des 29" in "21 des 29 drones".
    weapon_from: int = 0
    stretch_end: int = 0
    weapon: str | None = None
    # The weapon's words in lemmas ("missile", "kalibr"): two counts of one class may count two kinds of it.
    weapon_kind: tuple[str, ...] = ()
    region_spans: list[Span] = field(default_factory=list)
    has_trigger: bool = False
    # An interception word in its own stretch, not only reached through the parse.
    trigger_in_stretch: bool = False
    # "« tous » ont été détruits": as many as were launched.
    is_all: bool = False
    # "a annoncé dimanche avoir abattu des drones": no count at all; it can only date a claim it says again.
    unquantified: bool = False
    # "Les drones ont été abattus au-dessus de …": no count, the weapons named as those a count before said.
    names_the_counted: bool = False
    weapon_governed: bool = True
    is_launch: bool = False
    opens_parts: bool = False
    # Written right after "dont": a share of the claim before it.
    after_part_marker: bool = False
    # "… et a précisé que sa défense en avait abattu quatre": counted among what the claim before it counts.
    partitive: bool = False
    # An item of one list with the anchor before it ("28 par la défense antiaérienne et 12 par la guerre électronique").
    listed_after: bool = False
    # "un autre", "trois autres": more of the claim before it, wherever they were.
    is_another: bool = False
    # "11 nouveaux drones", "cinq drones supplémentaires": new ones, never part of a total stated before.
    is_new: bool = False
    # "Le drone a été abattu": one weapon named with a definite article, the one told before if a count said it.
    is_the_one: bool = False
    # A verb in its stretch: the count is the subject or object of something said of it.
    has_own_verb: bool = False
    # In a clause of its own ("mais …", "tandis que …") that says nothing was shot down.
    in_untriggered_clause: bool = False
    # Where the clause opened by "tandis que", "mais" it is in starts, when that clause has an interception word and
    # names its own speaker.
    contrasting_clause: int | None = None
    # "un drone chacun au-dessus des régions de Belgorod et d'Orel": the count holds in each region.
    each: bool = False
    # "18 autres « perdus »", "déviés": weapons lost or diverted, not shot down.
    is_lost: bool = False
    # "les autres ayant été brouillés", "l'un est tombé sur un entrepôt": the subject of a verb that is no interception.
    subject_of_another_verb: bool = False

    @property
    def counted(self) -> int:
        """What the anchor counts in all: its count in each of its regions for "chacun"."""
        return (self.count or 0) * (len(self.region_spans) if self.each else 1)

    def __post_init__(self) -> None:
        self.weapon_from = self.weapon_from or self.span.end


def labelled(sent: Span, label: str) -> list[Span]:
    return spans_in(sent, "lexicon", label)


def is_participle(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and "Part" in token.morph.get("VerbForm")


def _next_word(sent: Span, position: int) -> Token | None:
    return sent.doc[position] if position < sent.end else None


def words_after(sent: Span, span: Span, count: int = 2) -> list[str]:
    """The words right after a count, in lower case with a straight apostrophe: ["d'", "entre"], ["de", "ces"]."""
    return [token.lower_.replace("’", "'") for token in sent.doc[span.end : min(span.end + count, sent.end)]]


def _counted_noun(sent: Span, span: Span) -> Token | None:
    """The noun a count counts, past its modifiers ("46 autres drones"); None when elliptical."""
    position = span.end
    while (token := _next_word(sent, position)) is not None and (token.lower_ in COUNT_MODIFIERS or token.pos_ == "ADJ"):
        position += 1
    token = _next_word(sent, position)
    # "14 de ses régions", "deux de ces drones", "l'un des trois grands aéroports": the noun after "de" and its
    # determiners, numbers and adjectives is what is counted.
    if token is not None and token.lower_ in OF_WORDS:
        # "15 de la région de Belgorod", "8 de Tambov" after "20 au-dessus de …": a count is not one of a thing
        # named in the singular nor of a region; it is elliptical.
        after_of = _next_word(sent, position + 1)
        if token.lower_ in SINGULAR_OF or (after_of is not None and (after_of.lower_ in SINGULAR_ARTICLES or inside_any(after_of, spans_in(sent, "regions")))):
            return None
        position += 1
        while (token := _next_word(sent, position)) is not None and token.pos_ in ("DET", "NUM", "ADJ"):
            position += 1
    # "deux autres jeudi matin": a day after the count counts nothing, the count is elliptical.
    if token is None or token.pos_ not in COUNTED_NOUN_TAGS or token.lower_ in PLACE_WORDS or inside_any(token, labelled(sent, "DATE")):
        return None
    return token


def _counts_a_weapon_or_nothing(sent: Span, span: Span, weapons: list[Span]) -> bool:
    """A count counts a weapon, or nothing said again ("12 dans la région de Koursk"), never another noun ("200
    km", "18 morts", "30 %"). A document without tags (English) keeps every count."""
    if not sent.doc.has_annotation("TAG"):
        return True
    noun = _counted_noun(sent, span)
    return noun is None or inside_any(noun, weapons)


def _of_a_weapon(sent: Span, of_word: Token, weapons: list[Span]) -> bool:
    """"des drones", "de ces missiles", "d'entre eux", "des deux": the first noun after the word is a weapon, or a
    count or no noun comes first."""
    noun = next((token for token in sent.doc[of_word.i + 1 : sent.end] if token.pos_ in COUNTED_NOUN_TAGS or token.is_punct or token.like_num), None)
    return noun is None or noun.is_punct or noun.like_num or inside_any(noun, weapons)


def _is_one_of_them(sent: Span, span: Span, weapons: list[Span]) -> bool:
    """"un drone", "un seul drone", "un autre", "un deuxième drone", "l'un des drones", and elliptical in a list of places ("deux dans la région de
    Tambov, et une en région de Koursk"): the word "un" counts one."""
    following = _next_word(sent, span.end)
    if following is None:
        return False
    listed = span.start > sent.start and sent.doc[span.start - 1].lower_ in LIST_JOINERS and following.lower_ in PLACE_PREPOSITIONS
    # "sept missiles, dont un a été abattu", "l'un a été abattu"; not "dont une attaque massive", nor "l'une de ses plus
    # importantes attaques de drones", one of another noun.
    of_another_noun = following.lower_ in OF_WORDS and not _of_a_weapon(sent, following, weapons)
    share = (
        span.start > sent.start and sent.doc[span.start - 1].lower_ in ONE_OF_THEM and _counts_a_weapon_or_nothing(sent, span, weapons)
        and not of_another_noun
    )
    # "l'un des drones", "one of the drones"
    one_of = following.lower_ in OF_THEM and any(weapon.start in range(span.end + 1, span.end + 3) for weapon in weapons)
    # "un deuxième drone", "un autre", never "un second communiqué"
    another = following.lower_ in ONE_OF and _counts_a_weapon_or_nothing(sent, span, weapons)
    only_one = following.lower_ in ONLY_ONE and any(weapon.start == following.i + 1 for weapon in weapons)
    return listed or share or one_of or inside_any(following, weapons) or another or only_one


def _all_of_them(sent: Span, weapons: list[Span]) -> list[Span]:
    """"« tous » ont été détruits", "les a tous abattus", "tous les missiles", "la totalité des drones": all of them,
    not "tous les 24" (the count says it) nor "toutes les régions" (another noun)."""
    found = []
    triggers = labelled(sent, "INTERCEPT")
    for span in labelled(sent, "ALL_OF_THEM"):
        window = sent.doc[span.end : min(span.end + 3, sent.end)]
        counted = next((token for token in window if not token.is_punct and token.lower_ not in ALL_LINKS), None)
        other_noun = counted is not None and counted.pos_ in ("NOUN", "PROPN") and not inside_any(counted, weapons + triggers)
        # "toutes les cibles de ses frappes": what the strikes hit, not weapons ("tous les drones de l'attaque" are).
        unnamed_kind = counted is not None and any(weapon.id_ == GENERIC and counted.i in range(weapon.start, weapon.end) for weapon in weapons)
        of_an_attack = unnamed_kind and any(attack.start - counted.i in (2, 3) for attack in labelled(sent, "ATTACK"))
        if counted is not None and (counted.like_num or other_noun or of_an_attack):
            continue
        found.append(span)
    return found


def _approximate(sent: Span, span: Span) -> bool:
    return any(marker.end == span.start for marker in labelled(sent, "LOWER_BOUND") + labelled(sent, "ABOUT"))


def _after(sent: Span, markers: list[Span]) -> list[Span]:
    """The number written right after each marker ("porte à 1 200")."""
    spans = []
    for marker in markers:
        end = marker.end
        while end < sent.end and sent.doc[end].like_num:
            end += 1
        spans.append(sent.doc[marker.end : end])
    return spans


def _counts(sent: Span, lang: str) -> list[tuple[Span, int | None]]:
    # "ce qui porte à 32 le nombre de drones abattus": a total so far, no count of this claim; "entre minuit et 7 h.":
    # an hour; "09.03.2025": a date.
    excluded = (
        labelled(sent, "MONEY") + labelled(sent, "DATE") + labelled(sent, "CLOCK_TIME") + labelled(sent, "NUMERIC_DATE")
        + _after(sent, labelled(sent, "TOTAL_SO_FAR"))
    )
    weapons = labelled(sent, "WEAPON")
    # "sur les 52 lancés": a launch participle the tagger reads as the counted noun says the weapon again; so does an
    # interception word ("huit abattus", "10 interceptions supplémentaires"): the count is of the weapons stopped.
    weapons_or_launched = weapons + labelled(sent, "LAUNCH") + labelled(sent, "INTERCEPT")
    counts = []
    for span, count in number_runs(sent, lang, excluded):
        if span.text.lower() in ONE_WORDS:
            if _is_one_of_them(sent, span, weapons):
                counts.append((span, count))
            continue
        is_year = count in YEARS and span.text.isdigit() and not any(w.start == span.end for w in weapons)
        if not is_year and not _none_of(sent, span) and _counts_a_weapon_or_nothing(sent, span, weapons_or_launched):
            counts.append((span, None if _approximate(sent, span) else count))
    return counts


def _none_of(sent: Span, span: Span) -> bool:
    """"n'a pu intercepter aucun des cinq missiles": the count is of those none of which was stopped."""
    before = [token.lower_ for token in sent.doc[max(sent.start, span.start - 3) : span.start]]
    return bool(before) and before[-1] in OF_WORDS | OF_THEM | {"ces"} and any(word in NONE for word in before)


def _of_launched(sent: Span, span: Span, following: Span) -> bool:
    """"21 des 29 drones", "21 sur 29", "161 drones sur 162", "21 missiles de croisière sur un total de 23": the
    second count comes after "sur" or "des", right after the first or after its noun phrase, a participle included
    ("56 drones abattus sur 73")."""
    between = sent.doc[span.end : following.start]
    marks = [token.i for token in between if token.lower_ in OF_LAUNCHED]
    lead = [token.lower_ for token in sent.doc[marks[-1] + 1 : following.start]] if marks else None
    # "41 de ces 44 drones": "de" marks the launched count only with the demonstrative ("de 5 h à 7 h" is an hour).
    if not marks and len(between) == 2 and between[0].lower_ in OF_WORDS and between[1].lower_ == "ces":
        marks, lead = [between[0].i], []
    if not marks or lead not in LAUNCHED_LEADS:
        return False
    return all(token.pos_ in NOUN_PHRASE_TAGS or is_participle(token) for token in sent.doc[span.end : marks[-1]])


def _launched_written_first(sent: Span, span: Span, following: Span) -> bool:
    """"Sur les huit, six ont été interceptés", "Sur les 30 drones lancés par la Russie, 25 …": the launched count
    opens the clause after "sur", its noun phrase and a comma before the count of those stopped; not "Sur les 12
    drones détruits, huit …", a total its parts follow."""
    lead = [token.lower_ for token in sent.doc[sent.start : span.start]]
    opened = any(lead[position] == "sur" and lead[position + 1 :] in LAUNCHED_LEADS for position in range(max(0, len(lead) - 4), len(lead)))
    between = sent.doc[span.end : following.start]
    return (
        opened and len(between) > 0 and between[-1].text == "," and not labelled(between, "INTERCEPT")
        and all(token.pos_ in NOUN_PHRASE_TAGS or is_participle(token) for token in between[:-1])
    )


def _joined_with_launched(sent: Span, counts: list[tuple[Span, int | None]]) -> list[Anchor]:
    """"21 des 29 drones", "161 drones sur 162": one anchor counting the first, of the second launched."""
    anchors: list[Anchor] = []
    skip = False
    for (span, count), following in zip(counts, [*counts[1:], None]):
        if skip:
            skip = False
            continue
        if following is not None and _of_launched(sent, span, following[0]):
            # "21 des 29 drones", "41 de ces 44 drones": the weapon comes after the launched count.
            named_between = any(token.pos_ in ("NOUN", "PROPN") for token in sent.doc[span.end : following[0].start])
            weapon_from = 0 if named_between else following[0].end
            anchors.append(Anchor(span, count, is_remainder=False, of_launched=following[1], weapon_from=weapon_from, launched_end=following[0].end))
            skip = True
        elif following is not None and _launched_written_first(sent, span, following[0]):
            anchors.append(Anchor(following[0], following[1], is_remainder=False, of_launched=count, weapon_from=span.end, launched_end=span.end))
            skip = True
        else:
            anchors.append(Anchor(span, count, is_remainder=False))
    return anchors


def _the_one(sent: Span, weapons: list[Span]) -> list[Span]:
    """"Le drone a été abattu au-dessus de la ville", "le drone en question a été détruit": a singular weapon with a
    definite article, subject or object of an interception verb that says it happened (not "difficile à abattre"),
    counts one; the article it follows is the anchor."""
    return [
        sent.doc[weapon.start - 1 : weapon.start] for weapon in _named_definitely(sent, weapons, THE_ONE, "Sing", COUNTED_CLASSES)
        if "Inf" not in weapon.root.head.morph.get("VerbForm")
    ]


def _the_ones_counted(sent: Span, weapons: list[Span]) -> list[Span]:
    """"Les drones ont été abattus au-dessus de …", "ces missiles ont été interceptés": weapons in the plural with a
    definite article, subject or object of an interception word, are those a count before said."""
    # "Les engins ont été abattus …": a word for any of them takes up those counted too.
    return _named_definitely(sent, weapons, THE_ONES, "Plur", COUNTED_CLASSES | {GENERIC})


def taken_up_by_a_pronoun(sent: Span) -> list[Span]:
    """"Ils ont été abattus au-dessus des régions de Belgorod et de Koursk": a plural pronoun, the subject of an
    interception word in the passive, stands for the weapons a count before said."""
    triggers = labelled(sent, "INTERCEPT")
    return [
        sent.doc[token.i : token.i + 1] for token in sent
        if token.lower_ in PLURAL_PRONOUNS and token.dep_ == "nsubj:pass" and inside_any(token.head, triggers)
    ]


def _named_definitely(sent: Span, weapons: list[Span], articles: set[str], number: str, classes: set[str]) -> list[Span]:
    """The weapons of one of the `classes` right after one of the `articles`, in the grammatical `number`, subject or
    object of an interception word."""
    triggers = labelled(sent, "INTERCEPT")
    return [
        weapon for weapon in weapons
        if weapon.start > sent.start and sent.doc[weapon.start - 1].lower_ in articles and weapon.id_ in classes
        and number in weapon.root.morph.get("Number") and weapon.root.dep_ in CORE_ROLES and inside_any(weapon.root.head, triggers)
    ]


def _the_ordinal(sent: Span, weapons: list[Span]) -> list[Span]:
    """"Quatre drones ont été détruits et le cinquième neutralisé", "le deuxième drone a été abattu": one more of them,
    the subject or object of an interception word, or an item that leaves out the verb of an interception word before
    it ("…, le troisième au-dessus de la région d'Orel"); not "le troisième jour", "la deuxième vague" (another noun)."""
    triggers = labelled(sent, "INTERCEPT")
    found = []
    for token in sent:
        if token.lower_ not in ORDINALS or token.i == sent.start or sent.doc[token.i - 1].lower_ not in ORDINAL_ARTICLES:
            continue
        weapon = next((span for span in weapons if span.start == token.i + 1), None)
        position = weapon.end if weapon is not None else token.i + 1
        if position < sent.end and sent.doc[position].pos_ in COUNTED_NOUN_TAGS and sent.doc[position].lower_ not in PLACE_PREPOSITIONS:
            continue
        # The parse, or where it errs the order of words: "le cinquième [a été] neutralisé".
        counted = weapon.root if weapon is not None else token
        gapped = (
            position < sent.end and sent.doc[position].lower_ in PLACE_PREPOSITIONS and any(t.end <= token.i for t in triggers)
            and any(0 < region.start - position <= GAPPED_PLACE_WINDOW for region in spans_in(sent, "regions"))
        )
        while position < sent.end and sent.doc[position].pos_ in ("AUX", "ADV"):
            position += 1
        verb = sent.doc[position] if position < sent.end else None
        if gapped or (counted.dep_ in CORE_ROLES and inside_any(counted.head, triggers)) or (verb is not None and inside_any(verb, triggers)):
            found.append(sent.doc[token.i - 1 : token.i + 1])
    return found


def _ground_counts(sent: Span) -> list[Token]:
    """"4 360 véhicules", "160 pièces d'équipement": counts of what is fought on the ground or at sea, not "neuf
    véhicules aériens sans pilote"."""
    counted = []
    weapons = labelled(sent, "WEAPON")
    for span in labelled(sent, "GROUND_EQUIPMENT"):
        if inside_any(span.root, weapons):
            continue
        position = span.start - 1
        while position >= sent.start and sent.doc[position].pos_ == "ADJ":
            position -= 1
        if position >= sent.start and sent.doc[position].like_num:
            counted.append(sent.doc[position])
    return counted


def _in_a_loss_tally(sent: Span, span: Span, ground: list[Token]) -> bool:
    """"278 avions, 261 hélicoptères, 1 525 drones, 474 missiles de croisière, 4 360 véhicules … avaient été
    détruits": a count listed with counts of ground equipment, no verb between, is a tally of losses."""
    for count in ground:
        between = sent.doc[min(span.end, count.i + 1) : max(span.start, count.i)]
        if not any(token.pos_ in ("VERB", "AUX") or (token.text in CLAUSE_BREAKS and token.text != ",") for token in between):
            return True
    return False


def read_anchors(sent: Span, lang: str) -> list[Anchor]:
    anchors = _joined_with_launched(sent, _counts(sent, lang))
    if ground := _ground_counts(sent):
        anchors = [anchor for anchor in anchors if not _in_a_loss_tally(sent, anchor.span, ground)]
    anchors += [Anchor(span, None, is_remainder=True) for span in labelled(sent, "REMAINDER")]
    # "l'un au-dessus de la région de Rostov, l'autre au-dessus de celle de Koursk": one more.
    anchors += [Anchor(span, 1, is_remainder=False) for span in labelled(sent, "THE_OTHER")]
    # "une dizaine de drones", "plusieurs drones": a claim without an exact count ("plusieurs régions" counts none).
    weapons = labelled(sent, "WEAPON")
    anchors += [Anchor(span, None, is_remainder=False) for span in labelled(sent, "APPROX") if _counts_a_weapon_or_nothing(sent, span, weapons)]
    anchors += [Anchor(span, None, is_remainder=False, is_all=True) for span in _all_of_them(sent, weapons)]
    anchors += [Anchor(span, 1, is_remainder=False, is_the_one=True) for span in _the_one(sent, weapons)]
    # "Le deuxième drone a été abattu": one more than those told before; "quatre … et le cinquième": the last of them.
    anchors += [
        Anchor(span, 1, is_remainder=False, is_another=not any(anchor.span.start < span.start for anchor in anchors))
        for span in _the_ordinal(sent, weapons)
    ]
    # A sentence with no figure serves only to date a claim it says again, or to place it ("Les drones ont été abattus
    # au-dessus des régions d'Odessa et de Kherson", "Ils ont été abattus …"): it needs a day, or the weapons named,
    # or taken up by a pronoun, as those already counted.
    if not anchors and (counted := _the_ones_counted(sent, weapons) or taken_up_by_a_pronoun(sent)):
        anchors = [Anchor(counted[0], None, is_remainder=False, weapon_from=counted[0].start, unquantified=True, names_the_counted=True)]
    elif not anchors and labelled(sent, "DATE"):
        anchors = [Anchor(weapon, None, is_remainder=False, weapon_from=weapon.start, unquantified=True) for weapon in weapons[:1] if weapon.id_ in COUNTED_CLASSES]
    anchors.sort(key=lambda anchor: anchor.span.start)
    for anchor in anchors:
        following = _next_word(sent, anchor.span.end)
        if following is not None and anchor.count is None and following.lower_ in OF_WORDS:
            following = _next_word(sent, following.i + 1)  # "des dizaines d'autres"
        anchor.is_another = anchor.is_another or (following is not None and following.lower_ in ANOTHER)
        anchor.is_new = any(word in NEW for word in words_after(sent, anchor.span))
    return anchors
