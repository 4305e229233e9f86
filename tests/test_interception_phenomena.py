"""Interception phenomena of agency copy, one rule each, on sentences written for these tests in wire style."""

import csv

import pytest

from tests.extraction_helpers import facts
from transforms import geonames_places, reference
from transforms.extract.interceptions.anchors import read_anchors
from transforms.nlp import shared_pipeline


def rows(text: str) -> list[tuple]:
    """(count, weapon, regions, claimant country) of each row; rows with no exact count last."""
    found = [(r["count"], r["weapon"], tuple(r["region_codes"]), r["claimant_country"]) for r in facts(text)["interception"]]
    return sorted(found, key=lambda row: (row[0] is None, row))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The article as the unit: a total in the lead, its regional parts in the following sentences.
        ("Le ministère russe de la Défense a annoncé dimanche avoir abattu 90 drones ukrainiens pendant la nuit. "
         "Selon le communiqué, 41 ont été détruits au-dessus de la région de Koursk et 27 au-dessus de celle de Briansk. "
         "Les 22 autres ont été abattus au-dessus de la région de Belgorod.",
         [(22, "drone", ("RU-BEL",), "RU"), (27, "drone", ("RU-BRY",), "RU"), (41, "drone", ("RU-KRS",), "RU")]),
        # Parts in brackets after a noun phrase the participle qualifies.
        ("Le ministère a fait état de 88 drones abattus : Koursk (57), Belgorod (31).",
         [(31, "drone", ("RU-BEL",), "RU"), (57, "drone", ("RU-KRS",), "RU")]),
        # A located share without a count places nothing; the side comes from the force's adjective.
        ("L'armée russe affirme avoir abattu 64 drones, la majorité au-dessus de la région de Rostov.",
         [(64, "drone", (), "RU")]),
        ("Les Ukrainiens disent avoir détruit 41 des 80 drones lancés, la plupart dans les oblasts d'Odessa et de Kyiv.",
         [(41, "drone", (), "UA")]),
        ("L'armée russe a abattu 40 drones, essentiellement au-dessus de la région de Koursk.", [(40, "drone", (), "RU")]),
        ("L'armée russe a abattu 40 drones, la grande majorité au-dessus de la région de Koursk.", [(40, "drone", (), "RU")]),
        # A share of a launch count states no count of its own: no row.
        ("L'armée de l'air ukrainienne dit avoir intercepté la quasi-totalité des 40 drones lancés par la Russie.", []),
        ("L'armée de l'air ukrainienne dit avoir abattu la très grande majorité des 40 drones lancés par la Russie.", []),
        # A governor named with one claim of a sentence speaks for that one only.
        ("Le gouverneur de Briansk a fait état de 5 drones abattus, tandis que le ministère de la Défense a annoncé avoir "
         "détruit 30 drones.",
         [(5, "drone", ("RU-BRY",), "RU"), (30, "drone", (), "RU")]),
        # The city of a dateline is where the dispatch was filed; a capital right after a verb of saying is who says it.
        ("Kiev, 9 mars (AFP) - L'Ukraine a affirmé dimanche avoir abattu 23 des 30 drones lancés par la Russie.",
         [(23, "drone", (), "UA")]),
        ("« Nous avons abattu 16 drones », affirme Kiev. Les drones ont été abattus au-dessus des régions de Soumy et de Poltava.",
         [(16, "drone", ("UA-53", "UA-59"), "UA")]),
        # Weapons named as those counted, with no count, place the total before them; not where they were heading.
        ("L'armée de l'air a abattu 14 drones. Ces drones ont été abattus au-dessus de la région de Tchernihiv.",
         [(14, "drone", ("UA-74",), "UA")]),
        ("Le ministère russe a affirmé avoir détruit 25 drones. Les défenses ont neutralisé les drones qui tentaient "
         "d'atteindre les régions de Voronej et de Lipetsk.",
         [(25, "drone", (), "RU")]),
        # A weapon right before the auxiliaries and the trigger is its subject, whatever the parse attaches it to.
        ("Kiev a été visée : 12 drones ont été abattus au-dessus de la ville.", [(12, "drone", ("UA-30",), "UA")]),
        # "La péninsule annexée" is Crimea.
        ("Six drones ont été détruits au-dessus de la péninsule annexée, selon le ministère russe.", [(6, "drone", ("UA-43",), "RU")]),
        # Two claimants in one article: the governor's own tally is a claim of its own.
        ("Le ministère russe de la Défense a affirmé avoir intercepté 35 drones ukrainiens. Le gouverneur de la région "
         "de Belgorod, Viatcheslav Gladkov, a de son côté fait état de sept drones abattus au-dessus de sa région.",
         [(7, "drone", ("RU-BEL",), "RU"), (35, "drone", (), "RU")]),
        # N of M: N intercepted; M launched is no row, whether or not the parse links it to the trigger.
        ("Selon l'armée de l'air ukrainienne, 12 des 15 missiles tirés par la Russie ont été abattus.",
         [(12, "missile", (), "UA")]),
        ("L'armée de l'air ukrainienne a indiqué avoir abattu 48 drones sur les 60 lancés dans la nuit.",
         [(48, "drone", (), "UA")]),
        # Several weapon classes and sub-types in one sentence.
        ("La défense antiaérienne ukrainienne a abattu cinq missiles et 24 drones au cours de la nuit.",
         [(5, "missile", (), "UA"), (24, "drone", (), "UA")]),
        # A list that is the subject of a trigger written after it: each item is claimed, whatever the parse hangs the
        # first on; a launch verb of the clause before takes none of them.
        ("Selon Kiev, 2 missiles et 41 drones ont été abattus.", [(2, "missile", (), "UA"), (41, "drone", (), "UA")]),
        ("Moscou a tiré 4 missiles et 70 drones ; 3 missiles et 52 drones ont été interceptés, selon Kiev.",
         [(3, "missile", (), "UA"), (52, "drone", (), "UA")]),
        # A count said launched, listed after the launched count of "N sur M", is launched too; one not said so is claimed.
        ("Les forces ukrainiennes ont abattu trois missiles et 47 drones sur les cinq missiles et 58 drones lancés par la Russie.",
         [(3, "missile", (), "UA"), (47, "drone", (), "UA")]),
        ("L'armée de l'air a abattu 21 drones sur 29 et trois missiles Kh-101 lancés depuis la mer Caspienne.",
         [(3, "missile", (), "UA"), (21, "drone", (), "UA")]),
        # Two kinds of one class listed share the place written after the last; two places written apart go one to each.
        ("La défense aérienne a abattu deux missiles Kh-101 et un missile Kalibr au-dessus de la région de Lviv.",
         [(1, "missile", ("UA-46",), "UA"), (2, "missile", ("UA-46",), "UA")]),
        ("L'armée ukrainienne a abattu un bombardier Su-34 et un chasseur Su-30 russes dans la région de Donetsk et au-dessus "
         "de la mer Noire.",
         [(1, "aircraft", ("SEA-BLACK",), "UA"), (1, "aircraft", ("UA-14",), "UA")]),
        ("La Russie a abattu 20 drones, 12 drones au-dessus de Koursk et 8 drones au-dessus de Briansk.",
         [(8, "drone", ("RU-BRY",), "RU"), (12, "drone", ("RU-KRS",), "RU")]),
        # Towns mapped to their region through GeoNames.
        ("Deux drones ont été abattus près d'Odintsovo, et trois autres près de Taganrog, selon le ministère russe de la Défense.",
         [(2, "drone", ("RU-MOS",), "RU"), (3, "drone", ("RU-ROS",), "RU")]),
        # A city that is a region and the region around it.
        ("Les forces ukrainiennes ont abattu 14 drones au-dessus de la ville de Kyiv et de sa région.",
         [(14, "drone", ("UA-30", "UA-32"), "UA")]),
        ("Selon le gouverneur de la région de Leningrad, dix drones ont été abattus près de Saint-Pétersbourg.",
         [(10, "drone", ("RU-LEN",), "RU")]),
        # A place named as a side, a target or a source is no place of the row.
        ("Le ministère russe de la Défense a affirmé que le régime de Kiev avait tenté une attaque et que 9 drones "
         "avaient été abattus au-dessus de la région de Voronej.",
         [(9, "drone", ("RU-VOR",), "RU")]),
        ("Le maire de Moscou, Sergueï Sobianine, a indiqué que trois drones qui se dirigeaient vers Moscou avaient été abattus.",
         [(3, "drone", (), "RU")]),
        ("La défense aérienne a abattu 15 drones au-dessus de la Crimée, tandis que huit autres ont été détruits "
         "au-dessus de la mer Noire, selon Moscou.",
         [(8, "drone", ("SEA-BLACK",), "RU"), (15, "drone", ("UA-43",), "RU")]),
        # Coordinated counts paired with the regions after "respectivement".
        ("L'armée russe a abattu 11 et 6 drones respectivement au-dessus des régions de Koursk et de Briansk.",
         [(6, "drone", ("RU-BRY",), "RU"), (11, "drone", ("RU-KRS",), "RU")]),
        # Approximate counts: a row without an exact count.
        ("Plus de 100 drones ont été abattus au-dessus de l'Ukraine, selon l'armée de l'air ukrainienne.",
         [(None, "drone", (), "UA")]),
        ("Un ou deux drones ont été abattus au-dessus des régions de Tambov et de Tver, selon le ministère russe de la Défense.",
         [(None, "drone", ("RU-TAM", "RU-TVE"), "RU")]),
        ("Pas moins de 30 drones ont été abattus au-dessus de la Crimée, selon le ministère russe de la Défense.",
         [(None, "drone", ("UA-43",), "RU")]),
        # A target heads a list: every region of it is a target; a targeted country claims nothing.
        ("Les défenses aériennes russes ont abattu quatre drones ukrainiens en trois heures, ciblant à la fois la "
         "Biélorussie, Koursk et Orel.",
         [(4, "drone", (), "RU")]),
        # "celle de" a region, "un" elliptical in a list, "la capitale" of the country whose regions are named.
        ("Vingt-sept autres drones ont été abattus au-dessus de la région de Lipetsk, 18 au-dessus de celle d'Orel et "
         "un au-dessus de la capitale, selon le ministère russe de la Défense.",
         [(1, "drone", ("RU-MOW",), "RU"), (18, "drone", ("RU-ORL",), "RU"), (27, "drone", ("RU-LIP",), "RU")]),
        # "la capitale" with a country's adjective is that country's capital, whatever else the sentence names.
        ("Dans la capitale ukrainienne, la défense antiaérienne a abattu 11 missiles, selon l'administration militaire.",
         [(11, "missile", ("UA-30",), "UA")]),
        ("Deux drones ont été abattus au-dessus de la région de Koursk et un autre au-dessus de la capitale russe, selon le "
         "ministère russe de la Défense.",
         [(1, "drone", ("RU-MOW",), "RU"), (2, "drone", ("RU-KRS",), "RU")]),
        # A sentence that names no region: "la capitale" of the article's own region, read from its lead even when the
        # text opens on blank lines; "la ville" likewise.
        ("Frappes nocturnes sur Kiev : deux blessés.\n"
         "« Les forces de la défense antiaérienne ont détruit dans l'espace aérien de la capitale neuf drones », a précisé "
         "l'administration militaire.",
         [(9, "drone", ("UA-30",), "UA")]),
        ("\nÀ Krasnodar, des débris sont tombés sur un immeuble. C'est ce qu'a déclaré le gouverneur. « Le drone a été "
         "abattu au-dessus de la ville », indique son message.",
         [(1, "drone", ("RU-KDA",), "RU")]),
        # A total so far ("porte à 32") is no count of the claim.
        ("Selon le maire de Moscou, sept autres drones ont été abattus, ce qui porte à 32 le nombre total de drones abattus.",
         [(7, "drone", (), "RU")]),
        # A misparse: the weapon read as the subject of the participle between it and the trigger.
        ("Plus tard dans la nuit, le maire de Moscou a indiqué dans une série de messages que 12 drones se dirigeant "
         "vers la capitale avaient été abattus.",
         [(12, "drone", (), "RU")]),
        ("Le ministère russe de la Défense a annoncé avoir détruit dans la nuit 14 drones ukrainiens dans les régions de "
         "Belgorod et de Koursk.",
         [(14, "drone", ("RU-BEL", "RU-KRS"), "RU")]),
        # "dont N" placed only as a target is a share of the total, no claim.
        ("Les unités de défense antiaérienne russes ont abattu 130 drones au cours de la nuit, dont 15 se dirigeaient vers Moscou.",
         [(130, "drone", (), "RU")]),
        # A name with a Cyrillic letter in Latin copy; Kyiv listed among oblasts is the oblast.
        ("L'armée de l'air a abattu 40 drones dans les régions d'Odessa, Mykolaїv, Poltava et Kyiv.",
         [(40, "drone", ("UA-32", "UA-48", "UA-51", "UA-53"), "UA")]),
        # A clause opened by "mais" without an interception word adds nothing.
        ("La Russie affirme avoir abattu huit missiles de croisière Storm Shadow, mais semble avoir manqué deux missiles "
         "ATACMS en Crimée.",
         [(8, "missile", (), "RU")]),
        # "ainsi que N drones": claimed by the same trigger; a first name that is also a town is no place.
        ("Le président Volodimir Zelensky a déclaré que la Russie avait tiré environ 110 missiles, l'armée de l'air "
         "précisant en avoir abattu 87, ainsi que 27 drones Shahed.",
         [(27, "drone", (), "UA"), (87, "missile", (), "UA")]),
        # "un autre" is one more, in a district named by its adjective; "au nord-ouest de Moscou" only locates it.
        ("Le ministère russe de la Défense a indiqué qu'un drone avait été abattu dans la région de Kalouga, puis un autre "
         "dans le district d'Istrinsky, au nord-ouest de Moscou, et un autre dans la région de Tver.",
         [(1, "drone", ("RU-KLU",), "RU"), (1, "drone", ("RU-MOS",), "RU"), (1, "drone", ("RU-TVE",), "RU")]),
        ("L'un des drones a été abattu au-dessus du district de Domodedovo dans la région de Moscou, a indiqué le "
         "ministère russe de la Défense.",
         [(1, "drone", ("RU-MOS",), "RU")]),
        # The attacker named with the attack is no claimant.
        ("Un total de 158 drones ont été abattus lors d'une attaque à grande échelle de l'Ukraine contre la région de "
         "Belgorod, a déclaré le ministère russe de la Défense.",
         [(158, "drone", (), "RU")]),
        # "Selon lui": the speaker of the sentence before, here a governor named with his side.
        ("Le gouverneur russe de la région, Andreï Klytchkov, a confirmé samedi une attaque massive de drones. "
         "Selon lui, 11 drones ennemis ont été abattus par la défense antiaérienne.",
         [(11, "drone", (), "RU")]),
        # A total restated in the body takes the parts after it, not the other claimant's total between.
        ("La Russie a abattu 51 drones ukrainiens dans la nuit. Les Ukrainiens disent avoir détruit 41 drones russes. "
         "Le ministère russe de la Défense a annoncé avoir abattu 51 drones ukrainiens au-dessus de son territoire. "
         "Dix-huit ont été interceptés dans la région de Tambov et seize dans celle de Belgorod.",
         [(16, "drone", ("RU-BEL",), "RU"), (18, "drone", ("RU-TAM",), "RU"), (41, "drone", (), "UA")]),
        # An approximate total takes its located parts.
        ("Plus de 100 drones ont été abattus dans la nuit, selon le ministère russe de la Défense. Onze ont été abattus "
         "au-dessus de la région de Belgorod et sept au-dessus de celle de Koursk.",
         [(7, "drone", ("RU-KRS",), "RU"), (11, "drone", ("RU-BEL",), "RU")]),
        # "près de" a place in the city is in the city; "a-t-il précisé" is the mayor's.
        ("Le maire de Moscou a fait état de deux drones abattus. Deux drones ont été abattus près de la raffinerie de "
         "Moscou, a-t-il précisé.",
         [(2, "drone", ("RU-MOW",), "RU")]),
        # Counts joined by "et" share the place written after the second.
        ("Les systèmes de défense aérienne ont détruit 21 missiles et neuf drones au-dessus de la région de Belgorod, "
         "selon le ministère russe de la Défense.",
         [(9, "drone", ("RU-BEL",), "RU"), (21, "missile", ("RU-BEL",), "RU")]),
        ("L'armée russe a détruit quatre drones ukrainiens et intercepté deux drones au-dessus de la mer d'Azov, a "
         "indiqué le ministère russe de la Défense.",
         [(2, "drone", ("SEA-AZOV",), "RU"), (4, "drone", ("SEA-AZOV",), "RU")]),
        # A region named by its adjective; what follows the source is about something else; a sea in a fleet's
        # name is no place.
        ("Le 4 juillet, cinq drones avaient été abattus au-dessus de la région moscovite, selon la Russie, une attaque "
         "qui avait perturbé Vnoukovo, l'un des aéroports de Moscou.",
         [(5, "drone", ("RU-MOS",), "RU")]),
        ("Selon le compte rendu, la flotte russe de la mer Noire a détecté et détruit trois drones qui s'approchaient "
         "du port militaire de Sébastopol.",
         [(3, "drone", (), "RU")]),
        # "appareils", "engins": the weapon class the sentence before names.
        ("Selon l'armée de l'air ukrainienne, les Russes ont lancé 55 drones Shahed dans la nuit. La défense "
         "antiaérienne ukrainienne a intercepté et neutralisé 46 des 55 appareils.",
         [(46, "drone", (), "UA")]),
        # "cette région": the one region the sentence before names.
        ("La Russie a affirmé lundi avoir abattu un drone ukrainien dans la région de Kalouga, à moins de 200 km au "
         "sud-ouest de Moscou. Le 3 août, les autorités "
         "russes avaient affirmé que sept drones ukrainiens avaient été abattus dans cette région située à environ 180 "
         "km de Moscou.",
         [(1, "drone", ("RU-KLU",), "RU"), (7, "drone", ("RU-KLU",), "RU")]),
        # "la région", "la ville" with no name: the region the headline is about, when the sentence before names
        # none; a name right after it ("la région frontalière de Briansk") is the region meant.
        ("Nuit d'alerte dans la région de Tambov\nLes sirènes ont retenti pendant deux heures. Les forces de défense "
         "aérienne de la région ont détruit quatre drones ukrainiens, a indiqué le gouverneur.",
         [(4, "drone", ("RU-TAM",), "RU")]),
        ("Nuit d'alerte dans la région de Tambov\nLes sirènes ont retenti pendant deux heures. Trois drones ont été "
         "abattus au-dessus de la région frontalière de Briansk, selon le ministère russe de la Défense.",
         [(3, "drone", ("RU-BRY",), "RU")]),
        # A capital named with a national force is the side, not a place; "la région de" a city of its own is the
        # region around it.
        ("Selon l'armée de l'air de Kiev, 31 missiles de croisière ont été détruits dans la nuit.",
         [(31, "missile", (), "UA")]),
        ("Le ministère russe de la Défense a affirmé avoir abattu 37 drones, dont 21 dans la région de Saint-Pétersbourg.",
         [(21, "drone", ("RU-LEN",), "RU")]),
        # "descendre" a drone is to shoot it down; a no-break hyphen (U+2011) in "au-dessus" is a hyphen.
        ("Les défenses aériennes ont descendu six drones au-dessus de la région de Koursk et deux au-dessus de celle "
         "de Briansk, selon le ministère russe de la Défense.",
         [(2, "drone", ("RU-BRY",), "RU"), (6, "drone", ("RU-KRS",), "RU")]),
        ("La défense antiaérienne a détruit douze drones : sept au\u2011dessus de la mer Noire et cinq au\u2011dessus "
         "de la Crimée, a indiqué le ministère russe de la Défense.",
         [(5, "drone", ("UA-43",), "RU"), (7, "drone", ("SEA-BLACK",), "RU")]),
        # A headline count that one placed part of the body states again is that part.
        ("12 drones ukrainiens abattus\nLe ministère russe de la Défense a indiqué que 12 drones avaient été abattus "
         "au-dessus de la région de Briansk et cinq autres au-dessus de celle d'Orel.",
         [(5, "drone", ("RU-ORL",), "RU"), (12, "drone", ("RU-BRY",), "RU")]),
        # Two claimants in one sentence, each with its own count: "dont N" of a count no claim took; the launched
        # count after "sur les" whatever the tagger makes of "lancés".
        ("Le ministère russe de la Défense a affirmé avoir détruit 45 drones ukrainiens, tandis que l'Ukraine a été "
         "visée par 90 drones russes, dont 70 ont été abattus, selon l'armée de l'air ukrainienne.",
         [(45, "drone", (), "RU"), (70, "drone", (), "UA")]),
        ("Moscou dit avoir abattu 23 drones ukrainiens pendant la nuit, alors que Kiev affirme avoir intercepté 40 "
         "drones russes sur les 52 lancés.",
         [(23, "drone", (), "RU"), (40, "drone", (), "UA")]),
        # "ce secteur" is the one region the sentence before names.
        ("Dans la région de Zaporijjia, une frappe a endommagé une centrale. L'armée de l'air ukrainienne a affirmé que "
         "quatre missiles avaient été abattus dans ce secteur.",
         [(4, "missile", ("UA-23",), "UA")]),
        # "depuis le début de la guerre", "depuis février" said of another verb or noun than the trigger are no
        # running total; "attribuées à Kiev" names the attacker.
        ("La Russie a annoncé vendredi avoir abattu 150 drones ukrainiens, l'une des attaques les plus massives "
         "attribuées à Kiev depuis le début de la guerre.",
         [(150, "drone", (), "RU")]),
        ("L'armée russe a affirmé lundi avoir abattu quatre missiles HARM au-dessus de la région de Belgorod, où Moscou "
         "mène une offensive depuis février.",
         [(4, "missile", ("RU-BEL",), "RU")]),
        # A place set before the counts, past commas and quotation marks, places each of them.
        ("Dans la région de Briansk, frontalière de l'Ukraine, « trois missiles et deux drones » ont été abattus par "
         "la défense aérienne, a annoncé le gouverneur.",
         [(2, "drone", ("RU-BRY",), "RU"), (3, "missile", ("RU-BRY",), "RU")]),
        # So does a place between the verb and its objects, however the parser hangs the last item of their list:
        # on the complement of the first ("missiles de croisière et un drone") or on the verb (", et un drone").
        ("Les forces ukrainiennes ont détruit au-dessus de la région d'Odessa dix missiles de croisière et un drone.",
         [(1, "drone", ("UA-51",), "UA"), (10, "missile", ("UA-51",), "UA")]),
        ("« La défense antiaérienne a détruit dans l'espace aérien de Kiev six missiles de croisière et environ "
         "huit missiles balistiques, et un drone », a précisé le chef de l'administration militaire de la ville.",
         [(1, "drone", ("UA-30",), "UA"), (6, "missile", ("UA-30",), "UA"), (None, "missile", ("UA-30",), "UA")]),
        # "N <weapon> sur M", "sur un total de M": M was launched.
        ("Les forces de défense ukrainiennes ont neutralisé 97 drones sur 104 de différents types.",
         [(97, "drone", (), "UA")]),
        ("L'armée ukrainienne a affirmé avoir abattu 18 missiles de croisière sur un total de 20.",
         [(18, "missile", (), "UA")]),
        # "dont N ont été abattus" after a count no trigger of its own claims: that count was launched.
        ("Kiev a déclaré que la Russie avait attaqué le pays dans la nuit avec 53 drones, dont 41 ont été détruits.",
         [(41, "drone", (), "UA")]),
        ("L'armée de l'air a recensé six missiles balistiques Iskander-M, dont un a été abattu, et 30 missiles de "
         "croisière Kh-101, dont 27 ont été abattus.",
         [(1, "missile", (), "UA"), (27, "missile", (), "UA")]),
        # "tous", "la totalité": as many as the launch count of the sentence, or of the sentence before, says.
        ("Au total, seize drones ont été tirés depuis le sud-est et le nord et « tous » ont été détruits par la "
         "défense antiaérienne ukrainienne.",
         [(16, "drone", (), "UA")]),
        ("Selon l'armée de l'air ukrainienne, la Russie a lancé 35 drones Shahed pendant la nuit. La défense "
         "antiaérienne ukrainienne les a tous abattus.",
         [(35, "drone", (), "UA")]),
        # A claim nothing in its sentence gives a side is the side of the article's other claims.
        ("L'armée de l'air ukrainienne a annoncé avoir abattu 30 drones russes pendant la nuit. Au total, 12 "
         "missiles de croisière ont également été abattus.",
         [(12, "missile", (), "UA"), (30, "drone", (), "UA")]),
        # Where the weapons came from, and a share "y compris" over a place, place nothing.
        ("L'armée ukrainienne a abattu 12 drones Shahed lancés depuis la Crimée, selon l'armée de l'air.",
         [(12, "drone", (), "UA")]),
        ("Les défenses aériennes russes ont affirmé avoir abattu 19 drones ukrainiens, y compris au-dessus de la Crimée.",
         [(19, "drone", (), "RU")]),
        # Targets after adjectives and "ainsi que celle de".
        ("Selon le ministère russe de la Défense, 80 drones ukrainiens ont été détruits, ces appareils ayant tenté "
         "d'attaquer les régions frontalières russes de Briansk et de Koursk, ainsi que celle de Moscou.",
         [(80, "drone", (), "RU")]),
        # A located share through a participle and "telles que" places nothing.
        ("L'armée russe a déclaré avoir abattu 94 drones ukrainiens, la plupart d'entre eux étant tombés dans des "
         "régions telles que Koursk et Briansk.",
         [(94, "drone", (), "RU")]),
        # What an attack aimed at, however long the attack's own phrase.
        ("La défense aérienne russe a repoussé une attaque massive de 15 drones ukrainiens à voilure fixe de type "
         "Lioutyi sur la ville de Briansk, selon le ministère russe de la Défense.",
         [(15, "drone", (), "RU")]),
        # The model name after the weapon parsed as the trigger's subject.
        ("\"Pendant la nuit, l'ennemi a lancé 30 attaques de drones... Et à la fin des combats, 27 drones Shahed ont "
         "été abattus\", a indiqué l'armée de l'air ukrainienne.",
         [(27, "drone", (), "UA")]),
        ("Nouvelle attaque de drones sur Kharkiv\nSelon le maire, neuf drones ont été abattus au-dessus de la ville "
         "pendant la nuit.",
         [(9, "drone", ("UA-63",), "UA")]),
        ("Attaques nocturnes sur Kharkiv et Odessa\nLes sirènes ont retenti pendant deux heures. La défense "
         "antiaérienne de la région a abattu six drones Shahed, a annoncé l'armée de l'air ukrainienne.",
         [(6, "drone", (), "UA")]),
        # The quoted words of a headline are the claim; the place before them is who speaks.
        ("Kiev, « 21 drones abattus sur 29 tirés dans la nuit par les Russes »",
         [(21, "drone", (), "UA")]),
        # A Russian district named by its adjective is the district of a town, in the town's region.
        ("Un drone a été abattu au-dessus du district d'Odintsovsky, a indiqué le ministère russe de la Défense.",
         [(1, "drone", ("RU-MOS",), "RU")]),
        ("Selon le gouverneur, deux drones ont été détruits dans le district urbain de Serpoukhovsky.",
         [(2, "drone", ("RU-MOS",), "RU")]),
        # The town may be one of the hand-made cities (Valuyki), which GeoNames leaves to them.
        ("Un drone a été abattu au-dessus du district de Valuysky, selon le ministère russe de la Défense.",
         [(1, "drone", ("RU-BEL",), "RU")]),
        ("Cette nuit, les forces de défense aérienne ont détruit un drone dans le district d'Istrinskii, a indiqué le "
         "ministère russe de la Défense.",
         [(1, "drone", ("RU-MOS",), "RU")]),
        # A mayor's own tally is his claim, apart from the ministry's same count over the same region.
        ("Le ministère russe de la Défense a annoncé qu'un drone avait été abattu au-dessus de la région de Moscou. "
         "Le maire de Moscou, Sergueï Sobianine, a lui aussi fait état d'un drone abattu au-dessus de la région de Moscou.",
         [(1, "drone", ("RU-MOS",), "RU"), (1, "drone", ("RU-MOS",), "RU")]),
        # "Un deuxième drone": one more, not the first said again.
        ("Un drone a été abattu au-dessus de la région de Koursk dans la nuit, selon le ministère. "
         "Un deuxième drone a été abattu au-dessus de la région de Koursk dans la matinée, a-t-il précisé.",
         [(1, "drone", ("RU-KRS",), "RU"), (1, "drone", ("RU-KRS",), "RU")]),
        # Two towns of one region: two events.
        ("Un drone a été détruit près de Podolsk, dans la région de Moscou, a indiqué le ministère. "
         "Plus tard, un drone a été détruit près de Dmitrov, dans la région de Moscou, a indiqué le ministère.",
         [(1, "drone", ("RU-MOS",), "RU"), (1, "drone", ("RU-MOS",), "RU")]),
        # A claim of another day is another claim, whatever its count and place.
        ("Le ministère russe de la Défense a annoncé lundi qu'un drone avait été abattu au-dessus de la région de Koursk. "
         "Samedi, un drone avait déjà été abattu au-dessus de la région de Koursk, selon le ministère.",
         [(1, "drone", ("RU-KRS",), "RU"), (1, "drone", ("RU-KRS",), "RU")]),
        # A headline with no verb: the participle ends the noun phrase; a report "de N appareils abattus".
        ("Dix drones volant vers Moscou abattus, selon le maire de la capitale",
         [(10, "drone", (), "RU")]),
        ("Le maire de Moscou a fait état dans deux messages de trois drones abattus alors qu'ils volaient vers la ville.",
         [(3, "drone", (), "RU")]),
        # A mayor's count takes no part in another region: a drone over Belgorod is another claim.
        ("Le maire de Moscou, Sergueï Sobianine, a annoncé la destruction d'un drone qui volait vers la capitale. "
         "Un drone a également été abattu au-dessus de la région de Belgorod.",
         [(1, "drone", (), "RU"), (1, "drone", ("RU-BEL",), "RU")]),
        # A count by ellipsis: the weapon is the one the sentence before names.
        ("Selon le président ukrainien, la Russie a lancé 38 drones kamikazes dans la nuit. "
         "Les défenses antiaériennes ukrainiennes ont pu en neutraliser 29.",
         [(29, "drone", (), "UA")]),
        # "119 autres … ont été perdus": a count with a verb of its own is not shot down.
        ("La Russie a lancé 267 drones. D'après l'armée de l'air ukrainienne, 138 ont été interceptés par la défense "
         "aérienne et 119 autres, des leurres, ont été perdus sans faire de dégâts.",
         [(138, "drone", (), "UA")]),
        # The oblast named by the stem of its Russian adjective (Орловская: "l'oblast d'Orlov").
        ("Le ministère russe de la Défense a annoncé avoir détruit six drones au-dessus de l'oblast d'Orlov.",
         [(6, "drone", ("RU-ORL",), "RU")]),
        # The verb of a relative clause is not the count's own: "deux qui se dirigeaient vers Moscou" were shot down.
        ("La veille, neuf drones ukrainiens ont été abattus, sept au-dessus de la région de Briansk et deux qui se "
         "dirigeaient vers Moscou, selon le ministère russe de la Défense.",
         [(2, "drone", (), "RU"), (7, "drone", ("RU-BRY",), "RU")]),
        # A weapon the parse hangs on a noun with no preposition: the trigger before it in its clause decides.
        ("Le ministère russe de la Défense a affirmé dans un communiqué avoir abattu samedi trois drones ukrainiens "
         "dans la région de Belgorod.",
         [(3, "drone", ("RU-BEL",), "RU")]),
        # The means of an attack, then a participle agreeing with it: what befell the weapon.
        ("La région de Voronej a été attaquée par six drones ukrainiens, abattus par la défense antiaérienne, a "
         "déclaré le gouverneur.",
         [(6, "drone", ("RU-VOR",), "RU")]),
        # "une attaque … sur la capitale Kiev et d'autres régions": what the attack aimed at is no place of the row.
        ("L'armée de l'air ukrainienne a affirmé avoir abattu 30 missiles lors d'une attaque massive des forces russes "
         "sur la capitale Kiev et d'autres régions.",
         [(30, "missile", (), "UA")]),
        # "15 des 22 missiles lancés": the launch word qualifies the 22.
        ("L'armée de l'air ukrainienne a annoncé avoir abattu les 9 drones et 12 des 20 missiles lancés par la Russie.",
         [(9, "drone", (), "UA"), (12, "missile", (), "UA")]),
        # A total takes no part over the other side's territory: the drone over Koursk is Russia's claim.
        ("L'armée de l'air ukrainienne a annoncé avoir abattu 21 drones pendant la nuit. "
         "Un drone ukrainien a par ailleurs été abattu au-dessus de la région de Koursk.",
         [(1, "drone", ("RU-KRS",), "RU"), (21, "drone", (), "UA")]),
        # "heure de Moscou" is a time zone; "non loin de" a landmark; "une attaque de Kiev" names the attacker.
        ("Entre 15 h et 16 h 30 heure de Moscou, 12 drones ont été abattus au-dessus de la région de Koursk, selon le "
         "ministère russe de la Défense.",
         [(12, "drone", ("RU-KRS",), "RU")]),
        ("La défense aérienne a abattu un missile au-dessus de la région de Koursk, non loin de Belgorod, selon le ministère.",
         [(1, "missile", ("RU-KRS",), "RU")]),
        ("Guerre en Ukraine : 144 drones interceptés par la défense antiaérienne russe après une attaque massive de Kiev",
         [(144, "drone", (), "RU")]),
        # A total over a number of regions names them in summary: the parts follow.
        ("Le ministère russe de la Défense a annoncé avoir abattu 30 drones au-dessus de six régions, en plus de Moscou. "
         "Douze ont été détruits au-dessus de la région de Koursk et deux au-dessus de Moscou.",
         [(2, "drone", ("RU-MOW",), "RU"), (12, "drone", ("RU-KRS",), "RU")]),
        # The object of "réussir à" is the infinitive's; a town right after "gouverneur" is his name.
        ("Le gouverneur Gusev a déclaré que les forces de défense aérienne avaient réussi à détruire 11 drones "
         "au-dessus de la région de Voronej.",
         [(11, "drone", ("RU-VOR",), "RU")]),
        # A day between commas does not part a trigger noun from its complement.
        ("Le ministère russe de la Défense a annoncé la destruction, mercredi, de sept drones au-dessus de la région de "
         "Belgorod.",
         [(7, "drone", ("RU-BEL",), "RU")]),
        # "un second communiqué" counts no drone.
        ("Quatre drones ont été détruits au-dessus de la mer d'Azov, a indiqué le ministère dans un second communiqué.",
         [(4, "drone", ("SEA-AZOV",), "RU")]),
        # A foiled attack of N drones is N stopped, through "une tentative d'attaque" too.
        ("Le ministère russe de la Défense a affirmé avoir déjoué une tentative d'attaque de douze drones ukrainiens "
         "au-dessus de la région de Rostov.",
         [(12, "drone", ("RU-ROS",), "RU")]),
        # A total split by how the weapons were stopped is one row with the total.
        ("Une attaque de quatre drones contre Moscou a été déjouée, selon le ministère russe de la Défense. Un drone a "
         "été abattu et trois autres ont été neutralisés par la guerre électronique.",
         [(4, "drone", (), "RU")]),
        # In one sentence: counts listed after "dont" or a colon that add up to the total, lost ones included; unplaced
        # shares after "dont" are no claims, whatever they add up to.
        ("Dans la nuit, 38 drones ont été neutralisés, dont 27 par la défense antiaérienne et 11 par la guerre électronique.",
         [(38, "drone", (), None)]),
        ("Selon l'armée de l'air, 47 drones ont été neutralisés : 31 ont été abattus et 16 ont été brouillés par la guerre électronique.",
         [(47, "drone", (), "UA")]),
        ("Le ministère russe a annoncé avoir abattu 64 drones, dont 18 qui visaient Moscou et 9 qui se dirigeaient vers Toula.",
         [(64, "drone", (), "RU")]),
        # "deux des trois" after a claim of three: the three are the claim's, its part is placed.
        ("Le ministère russe a déclaré avoir abattu trois drones visant Moscou mercredi. La défense aérienne a abattu "
         "deux des trois drones au-dessus des districts de Mojaïsk et de Khimki, dans la région de Moscou.",
         [(2, "drone", ("RU-MOS",), "RU")]),
        # A total over two named regions, each part stated in a later sentence.
        ("Le ministère russe de la Défense a annoncé la destruction de cinq drones au-dessus des régions de Pskov et de "
         "Tver. Trois ont été abattus au-dessus de la région de Pskov dans la matinée. Deux drones avaient été "
         "détruits plus tôt au-dessus de la région de Tver.",
         [(2, "drone", ("RU-TVE",), "RU"), (3, "drone", ("RU-PSK",), "RU")]),
        # ... and one that names some of them only leaves the total standing.
        ("Le ministère russe de la Défense a annoncé la destruction de cinq drones au-dessus des régions de Pskov et de "
         "Tver. Deux drones avaient été détruits plus tôt au-dessus de la région de Tver.",
         [(2, "drone", ("RU-TVE",), "RU"), (5, "drone", ("RU-PSK", "RU-TVE"), "RU")]),
        # "un premier", and "deux autres" followed by a day: counted, the day counts nothing.
        ("Un premier chasseur Su-34 a été abattu peu après minuit, puis deux autres jeudi matin, près de Pokrovsk et "
         "près de Kramatorsk, selon l'armée de l'air ukrainienne.",
         [(1, "aircraft", (), "UA"), (2, "aircraft", ("UA-14",), "UA")]),
        # A clause whose pronoun is the counted weapons goes on with their phrase; "de ses régions" counts regions.
        ("La Russie a déclaré avoir abattu 17 drones alors qu'ils survolaient la région de Kalouga, dans l'une de ses "
         "attaques visant 9 de ses régions.",
         [(17, "drone", ("RU-KLU",), "RU")]),
        # A weapon the parser hangs on the trigger without a preposition is what it acts on, not its means.
        ("Six missiles ATACMS, des projectiles de longue portée de fabrication américaine, ont été abattus dans le ciel de "
         "la région de Belgorod par les forces de Moscou.",
         [(6, "missile", ("RU-BEL",), "RU")]),
        # "lancés par la Russie" says who launched the weapons the trigger acts on.
        ("L'armée de l'air ukrainienne a annoncé avoir abattu deux missiles de croisière et quinze drones explosifs lancés "
         "par la Russie pendant la nuit.",
         [(2, "missile", (), "UA"), (15, "drone", (), "UA")]),
        # A sentence that opens on a partition of the claim's weapons gives its parts, whatever verb places them.
        ("Le ministère russe de la Défense a annoncé lundi avoir intercepté 120 drones ukrainiens dans la nuit. Parmi "
         "les drones décomptés, 35 ont survolé la région de Koursk et 20 la région de Toula.",
         [(20, "drone", ("RU-TUL",), "RU"), (35, "drone", ("RU-KRS",), "RU")]),
        # "l'un" is one of the weapons just counted; "l'un des trois grands aéroports" counts no weapon.
        ("Deux drones visaient la ville de Koursk ; l'un a été abattu au-dessus de la région de Koursk, a annoncé le "
         "gouverneur, l'un des trois grands responsables de la région.",
         [(1, "drone", ("RU-KRS",), "RU")]),
        # The country a launch aimed at defends; the country a side accuses claims nothing.
        ("Selon l'armée, 27 missiles ont été tirés sur l'Ukraine dans la nuit, précisant que 19 d'entre eux ont été "
         "abattus.",
         [(19, "missile", (), "UA")]),
        ("Dans la nuit, les Russes ont ciblé l'Ukraine avec 50 drones, dont 44 ont été abattus.",
         [(44, "drone", (), "UA")]),
        ("L'armée ukrainienne a accusé Moscou d'avoir lancé 60 missiles depuis le matin, assurant que 45 d'entre eux "
         "avaient été abattus par la défense aérienne ukrainienne.",
         [(45, "missile", (), "UA")]),
        # "mettre en échec" an attack foils it; a name joined to a model code is a weapon system, not a town.
        ("La défense aérienne a mis en échec une attaque de six drones au-dessus de la région de Tchernihiv.",
         [(6, "drone", ("UA-74",), "UA")]),
        ("Trois drones ont été abattus par un système Pantsir-S au-dessus de la région de Briansk, selon le gouverneur.",
         [(3, "drone", ("RU-BRY",), "RU")]),
        # A count in brackets after a share is placed like any count; a capital named as the place speaks for no one.
        ("Le ministère russe de la Défense a annoncé avoir abattu 90 drones au-dessus de sept régions, en plus de Moscou. "
         "La plupart d'entre eux (61) ont été abattus au-dessus des régions de Koursk et de Belgorod. Trois engins ont "
         "été interceptés au-dessus de Moscou, selon cette source.",
         [(3, "drone", ("RU-MOW",), "RU"), (61, "drone", ("RU-BEL", "RU-KRS"), "RU")]),
        # A quoted phrase of place goes on with the clause it is in.
        ("Selon le gouverneur, trois drones ont été détruits « au-dessus de la région de Voronej ».",
         [(3, "drone", ("RU-VOR",), "RU")]),
        ("D'après le ministère, cinq drones ont été interceptés «près de Taganrog».",
         [(5, "drone", ("RU-ROS",), "RU")]),
        # "la péninsule" is the peninsula of the last region on one named in its sentence or the one before.
        ("Des drones ukrainiens ont de nouveau visé Sébastopol dans la nuit. Selon le ministère russe de la Défense, "
         "neuf d'entre eux ont été abattus au-dessus de la péninsule.",
         [(9, "drone", ("UA-43",), "RU")]),
        ("Le ministère russe a indiqué qu'une attaque de drones contre la Crimée avait été repoussée : quatre drones "
         "ont été détruits au-dessus de la mer Noire et onze au-dessus de la péninsule.",
         [(4, "drone", ("SEA-BLACK",), "RU"), (11, "drone", ("UA-43",), "RU")]),
        # The region a target names, named again with no preposition of place (a frame, a governor's seat), is the
        # target; "au-dessus de la région de" keeps it a place.
        ("À Kiev, le chef de l'administration militaire a annoncé la destruction de six drones qui visaient la capitale.",
         [(6, "drone", (), "UA")]),
        ("Le gouverneur de Crimée a affirmé que la défense aérienne avait abattu trois missiles visant la péninsule.",
         [(3, "missile", (), "RU")]),
        ("Trois drones qui visaient Belgorod ont été abattus au-dessus de la région de Belgorod.",
         [(3, "drone", ("RU-BEL",), "RU")]),
        # A singular weapon with a definite article, subject or object of an interception verb, counts one.
        ("Le ministère russe de la Défense a fait état d'une attaque de drone contre la région de Toula. Le drone a "
         "été abattu au-dessus du district d'Aleksinsky, a-t-il précisé.",
         [(1, "drone", ("RU-TUL",), "RU")]),
        ("Selon l'armée de l'air ukrainienne, le missile de croisière a été intercepté aux abords de Kiev.",
         [(1, "missile", ("UA-32",), "UA")]),
        # A town the text places in a region is a town of that region; "à l'extérieur de" a city is near it; a
        # district adjective in -ensky is of a town in -o (Tosno).
        ("Un drone a été abattu au-dessus de la ville de Bogorodsk, dans la région de Moscou, selon le ministère.",
         [(1, "drone", ("RU-MOS",), "RU")]),
        ("Deux drones ont été interceptés à l'extérieur de Kiev, selon l'administration militaire.",
         [(2, "drone", ("UA-32",), "UA")]),
        ("Un drone a été détruit dans le district de Tosnensky, selon le gouverneur.",
         [(1, "drone", ("RU-LEN",), "RU")]),
        # The name beside a targeted "la capitale" is the target; a government's capital a verb acts on is that
        # government, not a place.
        ("La défense aérienne a abattu six drones lancés par Moscou contre la capitale, Kiev, selon l'administration militaire.",
         [(6, "drone", (), "UA")]),
        ("Six drones ont été abattus au-dessus de la capitale, Kiev, selon l'administration militaire.",
         [(6, "drone", ("UA-30",), "UA")]),
        ("L'armée de l'air ukrainienne a abattu 20 drones au-dessus de la région de Kharkiv et a accusé Moscou de viser "
         "les infrastructures énergétiques.",
         [(20, "drone", ("UA-63",), "UA")]),
        # "depuis le début de la guerre" said of "l'une des attaques les plus massives" is no running total; the
        # name after an attack's own complement ("à grande échelle de Moscou") is the attacker.
        ("Le ministère russe a annoncé mardi avoir abattu 120 drones ukrainiens, l'une des attaques les plus massives "
         "depuis le début de la guerre.",
         [(120, "drone", (), "RU")]),
        ("L'armée de l'air ukrainienne a abattu 35 drones pendant l'attaque à grande échelle de Moscou contre le réseau "
         "électrique.",
         [(35, "drone", (), "UA")]),
        # A place in the clause of what the attack caused is where that happened, not where drones were downed.
        ("Le maire de Moscou a affirmé que 12 drones avaient été interceptés, provoquant d'importantes perturbations "
         "du trafic aérien dans la capitale russe.",
         [(12, "drone", (), "RU")]),
        ("Trois drones ont été abattus au-dessus de la région de Koursk, causant un incendie dans un village de la "
         "région de Belgorod.",
         [(3, "drone", ("RU-KRS",), "RU")]),
        ("L'armée ukrainienne a indiqué que 11 missiles Kalibr avaient été abattus, précisant que le port d'Odessa avait "
         "subi des dégâts.",
         [(11, "missile", (), "UA")]),
        ("Une attaque de drone a provoqué un incendie dans la région de Toula, et sept drones ont été détruits au-dessus "
         "de la région de Kalouga, selon les gouverneurs régionaux.",
         [(7, "drone", ("RU-KLU",), "RU")]),
        # What a delivery goes to ("une arme livrée à Kiev") is a government, not a place; "le ministère russe" is
        # the ministry of defence, and a governor named beside it in a clause of his own does not speak for its claim.
        ("Le ministère russe a affirmé avoir abattu quatre missiles HIMARS, une arme livrée à Kiev par les États-Unis.",
         [(4, "missile", (), "RU")]),
        ("Le ministère russe de la Défense a affirmé mardi avoir abattu six missiles, le gouverneur de Crimée affirmant "
         "que des débris étaient tombés. La défense aérienne a détruit six missiles au cours des dernières 24 heures, a "
         "précisé le ministère russe.",
         [(6, "missile", (), "RU")]),
        # A count listed with counts of ground equipment is a tally of losses; one in a clause of its own is not.
        ("Selon le ministère russe, la défense aérienne a abattu 35 drones ukrainiens et les forces ont détruit trois chars.",
         [(35, "drone", (), "RU")]),
        ("Le ministère russe a indiqué que neuf véhicules aériens sans pilote avaient été détruits au-dessus de la région "
         "de Belgorod.",
         [(9, "drone", ("RU-BEL",), "RU")]),
        # "Engins" after counts of several classes count them all: a mixed count, not the last class named.
        ("La Russie a lancé 22 missiles et 14 drones dans la nuit, a déclaré l'armée de l'air ukrainienne, affirmant "
         "avoir abattu 29 de ces engins.",
         [(29, "other", (), "UA")]),
        # "Véhicules sans pilote", "aériens" or not, are drones, not vehicles of a loss tally.
        ("L'armée de l'air ukrainienne a indiqué avoir abattu 11 missiles de croisière, ainsi que les deux véhicules "
         "sans pilote lancés par la Russie.",
         [(2, "drone", (), "UA"), (11, "missile", (), "UA")]),
        # "d'entre eux" counts the last weapon named before it; another elliptical count, the first.
        ("Après des frappes de missiles, l'armée ukrainienne a indiqué que l'ennemi avait lancé des drones iraniens, "
         "précisant que neuf d'entre eux avaient été détruits.",
         [(9, "drone", (), "UA")]),
        ("Des drones ont visé des dépôts de missiles ; 14 ont été abattus, selon le ministère russe de la Défense.",
         [(14, "drone", (), "RU")]),
        # A governor's seat places his count only when nothing in the sentence does: not over a sea with no code,
        # nor over another named region; "la région" of his sentence is his.
        ("Le gouverneur de la région de Léningrad a confirmé l'interception d'un drone au-dessus du golfe de Finlande.",
         [(1, "drone", (), "RU")]),
        ("Le gouverneur de Belgorod, Viatcheslav Gladkov, a indiqué que deux drones avaient été abattus au-dessus de la "
         "région de Koursk.",
         [(2, "drone", ("RU-KRS",), "RU")]),
        ("Le gouverneur de Tcherkassy a déclaré qu'un drone avait été abattu au-dessus de la région.",
         [(1, "drone", ("UA-71",), "UA")]),
        # "puis deux autres" shares the trigger of the count before it, as "et deux autres" does; a reporting clause
        # set off by a comma and a word alone in brackets are no verb of the count; "les armées de Kiev" are a side.
        ("Un drone a été abattu peu après minuit, puis deux autres près de Taganrog, selon le ministère russe de la "
         "Défense.",
         [(1, "drone", (), "RU"), (2, "drone", ("RU-ROS",), "RU")]),
        ("Un avion Su-34 a été abattu dans la nuit, puis deux autres au matin près de Marioupol (sud), a indiqué le "
         "commandant en chef des armées de Kiev.",
         [(1, "aircraft", (), "UA"), (2, "aircraft", ("UA-14",), "UA")]),
        # "D'après lui" (written "D'" "après") is the speaker the sentence before names.
        ("Le porte-parole de l'armée de l'air ukrainienne, Iouri Ignat, s'est exprimé à la télévision. D'après lui, 138 "
         "drones ont été interceptés.",
         [(138, "drone", (), "UA")]),
        # An institution's name takes one capital on the word that names it: "l'armée de l'Air ukrainienne".
        ("L'armée de l'Air ukrainienne a fait savoir que la défense antiaérienne avait détruit 27 drones Shahed.",
         [(27, "drone", (), "UA")]),
        # (A name already capitalised so stays matched.)
        ("Le Ministère de la Défense russe a fait état de huit drones abattus au-dessus de la région de Toula.",
         [(8, "drone", ("RU-TUL",), "RU")]),
        # In a partitive the count heads the phrase: a parse that hangs it on the reporting verb still leaves the
        # interception verb before it to govern the weapon.
        ("L'armée ukrainienne dit avoir abattu 37 de ces drones.",
         [(37, "drone", (), "UA")]),
        # A military command is a claimant of its own: its located count is no part of the air force's total.
        ("L'armée de l'air ukrainienne a indiqué avoir détruit la totalité des 52 drones lancés contre le pays. Selon le "
         "commandement militaire du Sud, la défense antiaérienne a notamment détruit douze drones au-dessus de la "
         "région d'Odessa.",
         [(12, "drone", ("UA-51",), "UA"), (52, "drone", (), "UA")]),
        # "jusqu'à" (written "jusqu'" "à") bounds a count from above: no exact count.
        ("L'armée de l'air ukrainienne a déclaré que jusqu'à 12 drones avaient été détruits dans la nuit.",
         [(None, "drone", (), "UA")]),
        # "chacune" between the regions and the count: the count in each region.
        ("Selon le ministère russe de la Défense, les régions de Toula et de Kalouga ont chacune compté 17 drones "
         "interceptés.",
         [(17, "drone", ("RU-KLU",), "RU"), (17, "drone", ("RU-TUL",), "RU")]),
        # Counts beside a total that name no region split it by how they were stopped: the total is the row (Crimea,
        # what the attack aimed at, is no region of it). Without a total, each count is its own.
        ("Le ministère russe de la Défense a déjoué une attaque de 23 drones contre la Crimée. Quinze drones ont été "
         "abattus par la défense aérienne et huit autres par des moyens de guerre électronique, a-t-il précisé.",
         [(23, "drone", (), "RU")]),
        ("Quinze drones ont été abattus par la défense aérienne et huit autres par des moyens de guerre électronique, "
         "selon le ministère russe de la Défense.",
         [(8, "drone", (), "RU"), (15, "drone", (), "RU")]),
        # A weapon model says who launched it, hence whose air defence shot it down.
        ("« Au terme des combats, 31 drones Shahed ont été détruits », a indiqué le porte-parole.",
         [(31, "drone", (), "UA")]),
        ("En outre, la défense aérienne a abattu six roquettes HIMARS au cours de la journée.",
         [(6, "missile", (), "RU")]),
        # A count the launch verb takes is what was launched, even before the interception verb: "tous les drones"
        # then counts it.
        ("La Russie a lancé 22 missiles et 14 drones explosifs pendant la nuit, a déclaré l'armée de l'air "
         "ukrainienne, affirmant avoir abattu 15 missiles et tous les drones.",
         [(14, "drone", (), "UA"), (15, "missile", (), "UA")]),
        # "plusieurs dizaines" is approximate; "des dizaines d'autres" are more than the total, not a part of it.
        ("Le ministère russe de la Défense a affirmé avoir abattu 180 drones, dont 30 au-dessus de la Crimée, 55 "
         "au-dessus de la mer Noire et plusieurs dizaines d'autres au-dessus des régions de Koursk et de Belgorod.",
         [(30, "drone", ("UA-43",), "RU"), (55, "drone", ("SEA-BLACK",), "RU"), (None, "drone", ("RU-BEL", "RU-KRS"), "RU")]),
        ("La défense antiaérienne russe a abattu dans la nuit 21 drones ukrainiens qui se dirigeaient vers Moscou et des "
         "dizaines d'autres en Crimée, ont déclaré les autorités russes.",
         [(21, "drone", (), "RU"), (None, "drone", ("UA-43",), "RU")]),
        # Where the region a governor runs lies is no place of his count.
        ("Le gouverneur de Sébastopol en Crimée a déclaré que trois drones avaient été détruits près du port.",
         [(3, "drone", ("UA-40",), "RU")]),
        # Near a city and in its region: the region around it.
        ("Sept drones ukrainiens ont été neutralisés près de Moscou et dans sa région, a indiqué le ministère russe de "
         "la Défense.",
         [(7, "drone", ("RU-MOS",), "RU")]),
        # Sentences that open on a count of them flying over a region give the parts of the total before them;
        # a count of others that hit a place gives none.
        ("Le ministère russe de la Défense a annoncé dimanche la destruction de 90 drones ukrainiens. Cinquante de ces "
         "drones survolaient la région de Koursk. Vingt autres survolaient la région de Briansk et 20 la région "
         "d'Orel.",
         [(20, "drone", ("RU-BRY",), "RU"), (20, "drone", ("RU-ORL",), "RU"), (50, "drone", ("RU-KRS",), "RU")]),
        ("Selon l'armée de l'air ukrainienne, un missile sur quatre a été abattu jeudi. Trois autres missiles ont "
         "touché des installations industrielles dans la région de Dnipropetrovsk.",
         [(1, "missile", (), "UA")]),
        # New ones ("nouveaux", "supplémentaires") are more than a total stated before, never a part of it.
        ("Le ministère russe de la Défense a affirmé avoir abattu 105 drones ukrainiens. Dans la soirée, 11 nouveaux "
         "drones ont été abattus au-dessus de la région de Koursk.",
         [(11, "drone", ("RU-KRS",), "RU"), (105, "drone", (), "RU")]),
        # A place written after a list of counts joined by ", ainsi que" places each count of another weapon.
        ("La défense antiaérienne ukrainienne a détruit huit missiles de croisière, ainsi que trois drones dans "
         "l'espace aérien de la ville de Kyiv.",
         [(3, "drone", ("UA-30",), "UA"), (8, "missile", ("UA-30",), "UA")]),
        ("L'armée russe dit avoir abattu deux missiles, quatre drones et un avion au-dessus de la région de Belgorod.",
         [(1, "aircraft", ("RU-BEL",), "RU"), (2, "missile", ("RU-BEL",), "RU"), (4, "drone", ("RU-BEL",), "RU")]),
        # "tous" counts as many as the attack the sentence before counts; "Elle a toutefois déclaré" speaks for the
        # side that sentence names.
        ("La Russie a reconnu une attaque de drones, affirmant qu'il y en avait 44. Elle a toutefois déclaré qu'elle "
         "les avait tous abattus.",
         [(44, "drone", (), "RU")]),
        ("L'Ukraine a subi une attaque de 30 drones dans la nuit. L'armée de l'air a indiqué les avoir tous abattus.",
         [(30, "drone", (), "UA")]),
        # A day and a part of it ("vendredi soir") between a trigger noun and its complement; a share heading for a
        # city ("dont deux se dirigeant sur Moscou") is no part of its own.
        ("Le ministère russe de la Défense a fait état de la destruction et de l'interception vendredi soir de 87 drones "
         "ukrainiens, dont 48 dans la région de Briansk.",
         [(48, "drone", ("RU-BRY",), "RU")]),
        ("Le ministère russe de la Défense a annoncé l'interception de 12 drones dans la région de Moscou, dont deux se "
         "dirigeant sur Moscou.",
         [(12, "drone", ("RU-MOS",), "RU")]),
        # A headline total that the located claims after it make exactly sums them up: no claim of its own.
        ("Russie : trois drones abattus par la défense antiaérienne. Un drone a été détruit au-dessus de la région de "
         "Belgorod, a indiqué le ministère russe de la Défense. Le maire de Moscou a par ailleurs indiqué que deux drones "
         "avaient été abattus au-dessus de la région de Moscou.",
         [(1, "drone", ("RU-BEL",), "RU"), (2, "drone", ("RU-MOS",), "RU")]),
        # A count claimed before its debris is named is still claimed.
        ("Un drone a été abattu au-dessus de Belgorod et ses débris ont endommagé une maison, selon le gouverneur.",
         [(1, "drone", ("RU-BEL",), "RU")]),
        # A count whose noun is the interception word itself ("huit abattus", "sept interceptions") counts the
        # weapons stopped; "un appareil", "un engin" count one, as their plurals do.
        ("Selon le ministère russe de la Défense, 24 drones ont été détruits cette nuit : dix au-dessus de la région de "
         "Briansk; huit abattus dans la région de Toula; six au-dessus de la République de Kalmoukie.",
         [(6, "drone", ("RU-KL",), "RU"), (8, "drone", ("RU-TUL",), "RU"), (10, "drone", ("RU-BRY",), "RU")]),
        ("Entre 20 h et 23 h, la défense aérienne russe a détruit 30 drones. La région de Smolensk a compté sept "
         "interceptions, et trois drones ont été détruits au-dessus de la région de Tver.",
         [(3, "drone", ("RU-TVE",), "RU"), (7, "drone", ("RU-SMO",), "RU")]),
        ("Les défenses russes ont aussi détruit deux drones dans les régions de Tver et d’Orel, et un appareil a été "
         "intercepté dans la région de Riazan.",
         [(1, "drone", ("RU-RYA",), "RU"), (2, "drone", ("RU-ORL", "RU-TVE"), "RU")]),
        # Items of one list share the trigger even where the parser hangs one on another verb; a claimant named in
        # the clause "tandis que" opens speaks for the claim of that clause only.
        ("L’Ukraine affirme avoir neutralisé un missile et 15 drones d’attaque russes pendant la nuit, tandis que la "
         "Russie dit avoir détruit 12 drones ukrainiens.",
         [(1, "missile", (), "UA"), (12, "drone", (), "RU"), (15, "drone", (), "UA")]),
        # A count in a clause opened by "tandis que" with an interception word and a speaker of its own is a claim of its
        # own, not a part of the total before it; with no speaker, or "dix autres", it is still more of that total.
        ("L'armée de l'air ukrainienne a abattu 14 drones russes, tandis que la Russie affirme avoir détruit 12 drones "
         "ukrainiens au-dessus de Koursk.",
         [(12, "drone", ("RU-KRS",), "RU"), (14, "drone", (), "UA")]),
        ("Les forces russes ont abattu 30 drones, dont 20 au-dessus de la région de Koursk, tandis que dix autres ont "
         "été abattus au-dessus de la région de Belgorod.",
         [(10, "drone", ("RU-BEL",), "RU"), (20, "drone", ("RU-KRS",), "RU")]),
        ("Le ministère russe a annoncé avoir abattu quatre drones. Selon le ministère, deux drones ont été détruits "
         "au-dessus de la région de Briansk, tandis qu’un drone chacun a été abattu dans les régions de Koursk et Orel.",
         [(1, "drone", ("RU-KRS",), "RU"), (1, "drone", ("RU-ORL",), "RU"), (2, "drone", ("RU-BRY",), "RU")]),
        # An interception word that qualifies the count itself, or a verb that stands for one ("l'ont été"), still claims it.
        ("Interceptés par la défense antiaérienne, 12 drones se sont écrasés près de Koursk, selon le ministère russe.",
         [(12, "drone", ("RU-KRS",), "RU")]),
        ("Parmi les drones abattus par la défense antiaérienne, 30 l'ont été au-dessus de la région de Koursk, a précisé "
         "le ministère russe.",
         [(30, "drone", ("RU-KRS",), "RU")]),
        # The speaker of a claim quoted over several sentences is named after the closing quote.
        ("« Cette nuit, 30 drones ont été abattus. Il n'y a pas de victimes », a déclaré le gouverneur de la région de Koursk.",
         [(30, "drone", ("RU-KRS",), "RU")]),
        # "Parmi eux, 61 ont été abattus" is the claim of who the sentence before names, even where the parse hangs that
        # source on the launch; the other side's claim of the same count stays its own.
        ("Le ministère russe de la Défense a annoncé avoir détruit 61 drones ukrainiens. Selon l'armée de l'air "
         "ukrainienne, 103 drones au total ont été tirés par la Russie au cours de la nuit. Parmi eux, 61 ont été abattus.",
         [(61, "drone", (), "RU"), (61, "drone", (), "UA")]),
        # Counts over Russian regions split no total of Kyiv's.
        ("Kiev a déclaré que la Russie avait attaqué le pays avec 46 drones, dont 38 ont été détruits. Plus de 70 drones "
         "ont été abattus dans la région de Briansk et des dizaines d'autres ailleurs, a indiqué le ministère russe.",
         [(38, "drone", (), "UA"), (None, "drone", (), "RU"), (None, "drone", ("RU-BRY",), "RU")]),
        # The forces that launched the attack are no side of the claim: its restatement is the same claim.
        ("L'armée de l'air ukrainienne a affirmé avoir abattu 28 missiles. « Vingt-huit missiles de croisière ont été "
         "détruits », a indiqué l'armée de l'air, précisant que 44 projectiles avaient été lancés par les forces russes.",
         [(28, "missile", (), "UA")]),
        # An ordinal counts one more: the last of a total split by method ("et le cinquième"), or another claim
        # ("Le deuxième drone"); never another noun ("la deuxième vague").
        ("Cinq drones ukrainiens ont été neutralisés mardi près de Moscou, a indiqué le ministère russe de la Défense. "
         "Quatre drones ont été détruits par la défense antiaérienne près de Moscou et le cinquième a été neutralisé par "
         "des moyens de guerre électronique.",
         [(5, "drone", ("RU-MOS",), "RU")]),
        ("Un drone a été abattu au-dessus de Koursk. Le deuxième drone a été intercepté au-dessus de Belgorod, selon le "
         "ministère russe.",
         [(1, "drone", ("RU-BEL",), "RU"), (1, "drone", ("RU-KRS",), "RU")]),
        ("La deuxième vague a été repoussée par la défense antiaérienne russe, qui a abattu trois drones.",
         [(3, "drone", (), "RU")]),
        ("Le gouverneur de la région de Kalouga a annoncé qu'un septième drone avait été détecté et abattu dans cette région.",
         [(1, "drone", ("RU-KLU",), "RU")]),
        # The press's spellings of the Shahed and Geran drones count drones, fielded by Russia.
        ("Les forces de défense ukrainiennes ont réussi à abattre les 24 chahids, indique le rapport de l'armée de l'air.",
         [(24, "drone", (), "UA")]),
        ("La défense antiaérienne a abattu 12 Géranium-2 au-dessus de la région de Kharkiv.", [(12, "drone", ("UA-63",), "UA")]),
        # A person's allegiance is no place: the governor's own region places his count.
        ("Mikhaïl Razvojaïev, le gouverneur de Sébastopol, proche de Moscou, a affirmé qu'un drone ukrainien avait été abattu.",
         [(1, "drone", ("UA-40",), "RU")]),
        # The peninsula named right after a region on it locates that region; listed apart, it is a place of its own.
        ("Un drone a été abattu près de Sébastopol, en Crimée, a indiqué le gouverneur.", [(1, "drone", ("UA-40",), "RU")]),
        ("Un drone a été abattu au-dessus de Sébastopol et deux au-dessus de la Crimée, selon le ministère russe.",
         [(1, "drone", ("UA-40",), "RU"), (2, "drone", ("UA-43",), "RU")]),
        # Both sides' air defence acts over the regions the front line crosses: the region names no side.
        ("Dix drones ont été abattus au-dessus de la région de Donetsk.", [(10, "drone", ("UA-14",), None)]),
        # An aircraft model fielded by one side was shot down by the other.
        ("Un chasseur Su-35 a été abattu dans la nuit.", [(1, "aircraft", (), "UA")]),
        # "Six d'entre eux" were where the sentence before places the ones it counts; not where they were aimed.
        ("Douze drones ont survolé Bila Tserkva, à 90 kilomètres au sud de Kiev. Six d'entre eux ont été abattus par la "
         "défense antiaérienne ukrainienne.",
         [(6, "drone", ("UA-32",), "UA")]),
        ("La Russie a lancé 50 drones contre les régions de Kharkiv et d'Odessa. 40 d'entre eux ont été abattus, selon "
         "l'armée de l'air ukrainienne.",
         [(40, "drone", (), "UA")]),
        # A place written between the verb and its list of counts places every item of the list.
        ("La défense antiaérienne ukrainienne a abattu au-dessus de Kiev 10 missiles et cinq drones.",
         [(5, "drone", ("UA-30",), "UA"), (10, "missile", ("UA-30",), "UA")]),
        ("Les forces de la défense antiaérienne ukrainienne ont détruit dans l'espace aérien de Kiev dix missiles de "
         "croisière, et un drone.",
         [(1, "drone", ("UA-30",), "UA"), (10, "missile", ("UA-30",), "UA")]),
        # Parts after the first that leave out "au-dessus": "N de la région de X", "N de X" are elliptical counts.
        ("La défense antiaérienne russe a abattu 45 drones, 20 au-dessus du territoire de la région de Koursk, 15 de la "
         "région de Belgorod et 10 de la région de Briansk.",
         [(10, "drone", ("RU-BRY",), "RU"), (15, "drone", ("RU-BEL",), "RU"), (20, "drone", ("RU-KRS",), "RU")]),
        ("Selon Moscou, 27 drones ont été détruits, 14 au-dessus de l'oblast de Briansk, 8 de Tambov et 5 d'Oulianovsk.",
         [(5, "drone", ("RU-ULY",), "RU"), (8, "drone", ("RU-TAM",), "RU"), (14, "drone", ("RU-BRY",), "RU")]),
        # "dont N" is a part of the total; parts in the next sentence complete the split, they do not replace it.
        ("Le ministère russe a annoncé avoir abattu 45 drones, dont 20 au-dessus de la région de Koursk. 15 autres drones "
         "ont été abattus au-dessus de la région de Belgorod et dix au-dessus de celle de Briansk.",
         [(10, "drone", ("RU-BRY",), "RU"), (15, "drone", ("RU-BEL",), "RU"), (20, "drone", ("RU-KRS",), "RU")]),
        # "Quinze autres" after a located count: more of the weapon the sentence before counts, not its parts.
        ("Selon le ministère russe de la Défense, 20 drones ont été interceptés dans la région de Koursk. Quinze autres "
         "ont été abattus au-dessus de la région de Belgorod.",
         [(15, "drone", ("RU-BEL",), "RU"), (20, "drone", ("RU-KRS",), "RU")]),
        # "Le reste" in the sentence after the parts is the rest of their total.
        ("Le ministère russe de la Défense a annoncé avoir détruit 25 drones ukrainiens, dont 10 au-dessus de la région de "
         "Koursk et 8 au-dessus de celle d'Orel. Le reste a été abattu au-dessus de la région de Briansk.",
         [(7, "drone", ("RU-BRY",), "RU"), (8, "drone", ("RU-ORL",), "RU"), (10, "drone", ("RU-KRS",), "RU")]),
        # So is "le reste des drones", "les autres missiles" with the weapon named; a rest with no parts before is nothing.
        ("Le ministère russe a annoncé avoir abattu 40 drones, dont 16 au-dessus de la région de Voronej et 9 au-dessus de "
         "celle de Lipetsk. Le reste des drones a été détruit au-dessus de la région de Tambov.",
         [(9, "drone", ("RU-LIP",), "RU"), (15, "drone", ("RU-TAM",), "RU"), (16, "drone", ("RU-VOR",), "RU")]),
        ("Selon Kiev, 12 missiles ont été abattus, dont 7 au-dessus de la région de Lviv. Les autres missiles ont été "
         "interceptés au-dessus de celle de Volhynie.",
         [(5, "missile", ("UA-07",), "UA"), (7, "missile", ("UA-46",), "UA")]),
        ("Le ministère russe a annoncé avoir abattu 40 drones au-dessus de la région de Voronej. Le reste des drones a été "
         "détruit au-dessus de la région de Tambov.",
         [(40, "drone", ("RU-VOR",), "RU")]),
        # A one-digit count in brackets is a count, not an emoticon "8)".
        ("Selon Moscou, des drones ont été abattus au-dessus de la république de Tchouvachie (8) et du Tatarstan (4).",
         [(4, "drone", ("RU-TA",), "RU"), (8, "drone", ("RU-CU",), "RU")]),
        # "(respectivement 20, 15 et 10)" after the regions of a total: the counts are its parts, one per region.
        ("Le ministère russe a annoncé avoir abattu 45 drones au-dessus des régions de Koursk, Belgorod et Briansk "
         "(respectivement 20, 15 et 10).",
         [(10, "drone", ("RU-BRY",), "RU"), (15, "drone", ("RU-BEL",), "RU"), (20, "drone", ("RU-KRS",), "RU")]),
        # A list written region first: each count takes the region before it.
        ("Le ministère russe a annoncé avoir abattu 45 drones. Dans la région de Koursk, 20 drones ont été abattus, dans "
         "celle de Belgorod, 15, et dans celle de Briansk, 10.",
         [(10, "drone", ("RU-BRY",), "RU"), (15, "drone", ("RU-BEL",), "RU"), (20, "drone", ("RU-KRS",), "RU")]),
        ("Selon le ministère russe, 45 drones ont été abattus : Koursk – 20, Belgorod – 15, Briansk – 10.",
         [(10, "drone", ("RU-BRY",), "RU"), (15, "drone", ("RU-BEL",), "RU"), (20, "drone", ("RU-KRS",), "RU")]),
        # "Les autres" after one part of a total: the rest, in the regions named.
        ("Selon le ministère russe de la Défense, 45 drones ont été abattus, dont 20 au-dessus de la région de Koursk. "
         "Les autres ont été interceptés au-dessus des régions de Belgorod et de Briansk.",
         [(20, "drone", ("RU-KRS",), "RU"), (25, "drone", ("RU-BEL", "RU-BRY"), "RU")]),
        # "Au large de" a place, after the sea the sentence names, is off its coast: a landmark, like "à 200 km de".
        ("Selon le ministère russe, deux drones ont été abattus au-dessus de la mer Noire, au large de Sébastopol.",
         [(2, "drone", ("SEA-BLACK",), "RU")]),
        # "Cette même région" is the governor's region the sentence before names.
        ("Le gouverneur de la région de Belgorod a indiqué que 9 drones avaient été abattus au-dessus de la région. Le "
         "ministère russe de la Défense a de son côté fait état de 14 drones détruits au-dessus de cette même région.",
         [(9, "drone", ("RU-BEL",), "RU"), (14, "drone", ("RU-BEL",), "RU")]),
        # Drones "perdus" beside those shot down are no count of shot-down ones, however the parse links them.
        ("L'armée de l'air ukrainienne a indiqué que 52 drones avaient été abattus et 18 autres « perdus » grâce à la "
         "guerre électronique.",
         [(52, "drone", (), "UA")]),
        ("L'armée de l'air ukrainienne a indiqué que 52 drones avaient été abattus et que 18 autres avaient été « perdus » "
         "localement.",
         [(52, "drone", (), "UA")]),
        # An hour at the end of a sentence ("7 h.") counts nothing.
        ("Le ministère russe a indiqué avoir abattu 81 drones ukrainiens avant minuit et 69 autres entre minuit et 7 h.",
         [(69, "drone", (), "RU"), (81, "drone", (), "RU")]),
        # A total of several classes ("cibles aériennes") with its class counts: the class counts are the rows.
        ("Au total, 71 cibles aériennes ont été neutralisées, dont 2 missiles Iskander-M et 69 drones Shahed, selon "
         "l'armée de l'air ukrainienne.",
         [(2, "missile", (), "UA"), (69, "drone", (), "UA")]),
        # A region named as what an attack hit, however long its phrase, is no place of the claim; a place of its own
        # after a target is.
        ("Moscou affirme avoir abattu 45 drones ukrainiens, Kiev revendique une frappe sur une raffinerie de la région "
         "de Volgograd.",
         [(45, "drone", (), "RU")]),
        ("Cinq drones ukrainiens ont été interceptés en approche de Moscou puis dans la région de Koursk, selon le "
         "ministère russe.",
         [(5, "drone", ("RU-KRS",), "RU")]),
        # A name inside a hyphenated one is not that place: "Pavlovo" (Nizhny Novgorod) of "Pavlovo-Possad".
        ("Un drone a été abattu au-dessus de Pavlovo-Possad, a indiqué le ministère russe de la Défense.",
         [(1, "drone", (), "RU")]),
        # "Les autres", "le reste" with a verb of their own that is no interception are not the rest of the claim.
        ("L'Ukraine affirme avoir abattu 29 drones, les autres ayant été brouillés.", [(29, "drone", (), "UA")]),
        ("Selon Kiev, 44 drones ont été abattus ; le reste a frappé des immeubles.", [(44, "drone", (), "UA")]),
        ("L'armée de l'air a détruit 31 drones, dont 12 au-dessus de Soumy ; les autres ont été perdus.",
         [(12, "drone", ("UA-59",), "UA")]),
        # "N sur M" with a participle between: M were launched, not shot down.
        ("L'armée de l'air ukrainienne a fait état de 48 drones abattus sur 65.", [(48, "drone", (), "UA")]),
        # A noun the parser reads as a clause, past a relative clause, is the subject of the trigger after it.
        ("Le ministère russe a affirmé que 17 drones qui visaient la capitale avaient été interceptés.", [(17, "drone", (), "RU")]),
        # An interception word in a relative clause on another noun says what befell that noun.
        ("Quatre missiles ont été abattus au-dessus de la région de Poltava ; deux autres ont touché une usine qui a été "
         "détruite.",
         [(4, "missile", ("UA-53",), "UA")]),
        # The place of the other of two coordinated verbs, whose object is no weapon, is where that object was.
        ("Le ministère russe a dit avoir détruit un dépôt de munitions à Kramatorsk et abattu huit drones.", [(8, "drone", (), "RU")]),
        ("Les forces russes ont abattu 14 drones ukrainiens et frappé un aérodrome dans la région de Poltava.",
         [(14, "drone", (), "RU")]),
        # The subject of a verb that is no interception is no part of the claim, wherever it fell.
        ("L'armée de l'air a abattu 18 drones Shahed, dont l'un s'est écrasé sur un garage à Poltava.", [(18, "drone", (), "UA")]),
        # "un" opening an item of a list of places after a colon counts one.
        ("Le ministère russe a affirmé avoir détruit six drones : un au-dessus de la région de Smolensk et cinq autres "
         "au-dessus de celle de Tver.",
         [(1, "drone", ("RU-SMO",), "RU"), (5, "drone", ("RU-TVE",), "RU")]),
        # "alors qu'il survolait …": a clause on the counted weapon, whose pronoun is its subject, goes on with it.
        ("Un drone a été abattu alors qu'il survolait la région de Lipetsk, selon le ministère russe.", [(1, "drone", ("RU-LIP",), "RU")]),
        # "l'un …, l'autre …": one each.
        ("Deux drones ukrainiens ont été détruits, l'un au-dessus de la région de Penza, l'autre au-dessus de celle de "
         "Saratov, selon le ministère russe.",
         [(1, "drone", ("RU-PNZ",), "RU"), (1, "drone", ("RU-SAR",), "RU")]),
        # A region in a list of regions is no side, whatever the parse makes it the subject of; nor is a trigger the
        # parser hung on the weapon any less what befell it.
        ("Douze drones ukrainiens au-dessus des régions de Briansk et de Smolensk ont été abattus, selon le ministère russe.",
         [(12, "drone", ("RU-BRY", "RU-SMO"), "RU")]),
        ("Dix-huit drones ukrainiens au-dessus des territoires des régions de Penza et Saratov ont été détruits, a déclaré "
         "le ministère russe de la Défense.",
         [(18, "drone", ("RU-PNZ", "RU-SAR"), "RU")]),
        # The air force said Russian is the Russian one.
        ("Vingt drones ont été détruits au-dessus de la région de Koursk, a indiqué l'armée de l'air russe.", [(20, "drone", ("RU-KRS",), "RU")]),
        # A quote opening on an adjective of the counted noun goes on with its clause.
        ("Neuf drones « hostiles ont été abattus au-dessus de la région de Soumy », a indiqué l'armée de l'air ukrainienne.",
         [(9, "drone", ("UA-59",), "UA")]),
        # A capital right before a verb of saying is who says it.
        ("L'armée russe a détruit 52 drones, une attaque que Moscou décrit comme sans précédent.", [(52, "drone", (), "RU")]),
        # A fraction of the launched is a share with no count of its own.
        ("L'Ukraine a affirmé avoir abattu près de la moitié des 70 drones lancés dans la nuit.", []),
        # One count of two classes is of mixed kinds.
        ("Quinze missiles et drones ont été abattus au-dessus de Kiev, selon l'armée de l'air ukrainienne.", [(15, "other", ("UA-30",), "UA")]),
        # A place the weapons were bound for is no place of the row; nor is a region named as what another borders.
        ("Le ministère russe a indiqué avoir intercepté deux missiles ukrainiens destinés à la région de Belgorod.",
         [(2, "missile", (), "RU")]),
        ("Un drone a été abattu dans la région de Kalouga, limitrophe de la région de Moscou, selon le ministère russe.",
         [(1, "drone", ("RU-KLU",), "RU")]),
        # An item with no verb shares the verb of the item before it: where jammed drones fell is no part.
        ("Selon le ministère russe, 15 drones ont été neutralisés par la guerre électronique, dont 10 sont tombés en mer "
         "Noire et cinq autres en Crimée.",
         [(15, "drone", (), "RU")]),
        # "cibles ennemies" are of mixed kinds; "deux douzaines" is approximate; "l'ont été" says the verb again.
        ("La défense aérienne a détruit 14 cibles ennemies au-dessus de la région de Mykolaïv, selon l'armée de l'air "
         "ukrainienne.",
         [(14, "other", ("UA-48",), "UA")]),
        ("Environ deux douzaines de drones ont été abattus au-dessus de la région de Poltava, selon l'armée de l'air "
         "ukrainienne.",
         [(None, "drone", ("UA-53",), "UA")]),
        ("Cinq drones ont été détruits au-dessus de la région de Briansk, tandis que trois l'ont été au-dessus de la région "
         "de Smolensk, selon le ministère russe.",
         [(3, "drone", ("RU-SMO",), "RU"), (5, "drone", ("RU-BRY",), "RU")]),
        ("Quatre drones ont été abattus au-dessus de la région de Tver, tandis que deux l'ont été respectivement au-dessus "
         "de la région de Iaroslavl et de la mer Noire, selon le ministère russe.",
         [(2, "drone", ("RU-YAR",), "RU"), (2, "drone", ("SEA-BLACK",), "RU"), (4, "drone", ("RU-TVE",), "RU")]),
        # "aucun des N": none of them was stopped.
        ("L'armée de l'air ukrainienne a abattu 20 drones, mais n'a pu intercepter aucun des trois missiles Iskander.",
         [(20, "drone", (), "UA")]),
        # A capital fronted before a ministry or an army is where it speaks from.
        ("À Moscou, le ministère de la Défense a affirmé avoir détruit 17 drones ukrainiens dans la nuit.", [(17, "drone", (), "RU")]),
        # "en … N" after a claim counts among what it counts; a count its own launch verb takes was launched.
        ("Le ministère russe a affirmé avoir intercepté sept drones au-dessus de la région de Belgorod et précisé que ses "
         "systèmes en avaient abattu six.",
         [(7, "drone", ("RU-BEL",), "RU")]),
        ("Selon l'armée de l'air ukrainienne, 45 drones ont été lancés dans la nuit et la défense en a abattu 38.", [(38, "drone", (), "UA")]),
        # A total over several regions takes the counts with no weapon word that split it in the next sentence; counts
        # no total takes are more of the weapon counted before.
        ("Le ministère russe a indiqué avoir détruit 16 drones au-dessus des régions de Koursk et de Belgorod. Onze ont "
         "été abattus au-dessus de la région de Koursk et cinq au-dessus de celle de Belgorod.",
         [(5, "drone", ("RU-BEL",), "RU"), (11, "drone", ("RU-KRS",), "RU")]),
        ("Selon le ministère russe, 14 drones ont été détruits au-dessus de la région de Kalouga. Neuf ont été abattus "
         "au-dessus de la région de Smolensk.",
         [(9, "drone", ("RU-SMO",), "RU"), (14, "drone", ("RU-KLU",), "RU")]),
        ("Le ministère russe a affirmé avoir détruit quatre drones au-dessus des régions de Penza et de Saratov. Les deux "
         "premiers ont été abattus au-dessus des régions de Penza et Saratov, un troisième dans celle de Saratov, puis un "
         "quatrième au-dessus de la région de Penza.",
         [(1, "drone", ("RU-PNZ",), "RU"), (1, "drone", ("RU-SAR",), "RU"), (2, "drone", ("RU-PNZ", "RU-SAR"), "RU")]),
    ],
)
def test_phenomenon(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La défense antiaérienne est en action au-dessus de Kiev, a annoncé l'administration militaire de la ville.",
        "Les frappes russes ont détruit 30 bâtiments dans la région de Kharkiv, selon le gouverneur.",
        "À Odessa, des débris d'un drone abattu ont endommagé des entrepôts du port, selon les autorités.",
        "Selon un expert, il en coûte sept fois plus pour abattre un drone avec un missile que pour le brouiller.",
        # The headline of another article, linked from this one.
        "À lire aussi : L'Ukraine affirme avoir abattu 40 drones russes",
        # A running total since a month or a day, or over a week.
        "Depuis janvier, la défense antiaérienne russe a abattu plus de 3 000 drones ukrainiens, selon le ministère.",
        "L'Ukraine dit avoir abattu depuis le 3 mars neuf avions de combat russes.",
        "Entre le 4 et le 10 mai, la défense antiaérienne russe a abattu 350 drones et 12 missiles, selon le ministère.",
        # "tous" with no figure anywhere counts nothing.
        "Tous les drones ont été abattus, a affirmé le gouverneur, sans donner de chiffre.",
        # "s'abattre sur": to fall on.
        "Dimanche, 480 drones et 40 missiles se sont abattus sur l'Ukraine, touchant une clinique, selon l'armée de l'air.",
        "La défense antiaérienne russe a abattu 4 500 drones ukrainiens depuis le début de la guerre, le plus souvent "
        "au-dessus des régions frontalières.",
        # "Le 22 et le 29 mars" are days, not a count.
        "Le 22 et le 29 mars, des drones ont également tenté d'atteindre Sébastopol, mais ont été repoussés.",
        # "la plupart des 45 drones lancés": a share of the launched, no count of the shot down.
        "L'Ukraine a annoncé avoir détruit la plupart des 45 drones lancés par la Russie pendant la nuit.",
        # Naval drones, however far the adjective from the noun.
        "Dans la nuit, la Russie a dit avoir détruit en mer Noire cinq drones de l'Ukraine, cette fois navals.",
        # Aircraft an attack destroyed were struck, not shot down.
        "À la suite de la frappe russe, quatre chasseurs ukrainiens ont été détruits, a déclaré le ministère.",
        # Aircraft no word says were shot down were destroyed on the ground.
        "Outre les deux avions détruits sur la piste, trois hélicoptères ont été endommagés.",
        # A tally over the last days or weeks is a running total.
        "Les frappes se sont multipliées ces dernières semaines, avec environ 300 drones abattus au-dessus de la région de Koursk.",
        # "dont une attaque" counts an attack, not a drone.
        "La Russie dit avoir déjoué une série d'attaques de drones, dont une attaque massive dans la région de Briansk.",
        # A definite weapon that an interception verb only could act on, or whose debris fell.
        "Le drone Shahed, difficile à intercepter, a été modernisé.",
        "Des débris du drone abattu sont tombés sur un immeuble, selon le gouverneur de Koursk.",
        # Where debris fell, however the parse reaches the weapon, is no count claimed.
        "Le maire a indiqué que la chute de débris provenant de l'un des deux drones abattus au-dessus de la ville "
        "avait provoqué un incendie.",
        "Selon le gouverneur, les fragments d'un missile intercepté ont blessé deux personnes à Belgorod.",
        "Un incendie s'est déclaré dans la raffinerie lorsque des débris sont tombés d'un drone abattu, selon le gouverneur.",
        # A tally of losses that lists ground equipment.
        "Le ministère a ajouté que 210 avions, 180 hélicoptères, 1 300 drones, 400 missiles de croisière et 2 500 chars "
        "avaient été détruits.",
        # A sentence with no figure at all states no claim of its own.
        "La Russie a dit dimanche avoir abattu des drones ukrainiens au-dessus de la région de Belgorod.",
        # A share of the drones an interception word qualifies, subject of a verb of its own, says what that verb says.
        "Sur les drones interceptés par la défense antiaérienne, 32 se dirigeaient vers Moscou, a précisé le ministère russe.",
        "Sur les drones « interceptés et abattus » par la défense antiaérienne, 32 se dirigeaient vers Moscou, a précisé le "
        "ministère russe.",
    ],
)
def test_no_interception(text):
    assert rows(text) == []


def test_geonames_gazetteer_is_what_its_generator_writes():
    with (reference.GAZETTEER_DIR / "geonames_places.csv").open(encoding="utf-8", newline="") as handle:
        assert list(csv.reader(handle)) == geonames_places.gazetteer_rows()


@pytest.mark.parametrize(
    ("text", "event_date"),
    [
        # "au cours de la nuit de samedi à dimanche": the night ends on the Sunday, whatever precedes "la nuit".
        ("Les unités de défense antiaérienne russes ont abattu 130 drones au cours de la nuit de samedi à dimanche.", "2025-03-16"),
        # The quote says what the ministry said on the day the sentence before names.
        ("Le ministère russe de la Défense a déclaré ce samedi avoir déjoué une attaque nocturne de missiles ATACMS. "
         "« La défense aérienne a abattu quatre missiles au-dessus de la péninsule de Crimée », a-t-il ajouté.", "2025-03-15"),
        # A claim whose sentence names no day has none, whatever the article says elsewhere.
        ("Dix drones ont été abattus au-dessus de la région de Koursk, selon le ministère russe de la Défense.", None),
        # Hours with no day are of the day the sentence before names.
        ("L'attaque a suivi plusieurs vagues de drones survenues plus tôt le 13 mars. Entre 20 h et 23 h, les forces de "
         "défense aérienne ont détruit neuf drones au-dessus de la région de Koursk.", "2025-03-13"),
        # A lead without a count that restates the claim dates it.
        ("La Russie a affirmé samedi avoir abattu des dizaines de drones ukrainiens. « Cette nuit, 43 drones ont été "
         "détruits par nos défenses », a indiqué le ministère russe de la Défense.", "2025-03-15"),
        # So does a lead with no figure at all, when the article has one claim of the weapon it could say again.
        ("L'armée de l'air ukrainienne a annoncé vendredi avoir détruit des drones russes lors d'une attaque nocturne. "
         "Au total, seize drones ont été abattus par la défense antiaérienne.", "2025-03-14"),
        # A claim quoted over several sentences is of the day the words that close the quote name.
        ("« Depuis ce matin, 28 missiles ont été lancés, dont 20 ont été abattus. Nos défenses tiennent », a indiqué le "
         "président ukrainien dans une allocution jeudi.", "2025-03-13"),
        ("\"Cette nuit, 30 drones ont été abattus au-dessus de la région. Il n'y a pas de victimes\", a déclaré jeudi le "
         "ministère russe de la Défense.", "2025-03-13"),
        # "Le même jour", "le jour même" are the day the sentence before names.
        ("Le 13 mars, un drone s'est écrasé sur un immeuble de Voronej. Le même jour, le maire de Moscou a annoncé que "
         "trois drones ukrainiens avaient été abattus.", "2025-03-13"),
        ("Mardi, une raffinerie de la région de Samara a été visée. Le jour même, le ministère russe a dit avoir détruit "
         "douze drones ukrainiens.", "2025-03-11"),
        # A span of days ends on its last day, however its ends are written; a day written right after another
        # restates it ("hier jeudi").
        ("Le ministère a indiqué que 127 drones avaient été détruits entre 20 h (GMT) mercredi et 2 h (GMT) jeudi.", "2025-03-13"),
        ("Entre 23 heures, le 11 mars, et 7 heures, le 12 mars, heure de Moscou, la défense aérienne a intercepté 78 drones.",
         "2025-03-12"),
        ("Dans la nuit d'hier mardi à mercredi 12 mars, l'armée de l'air ukrainienne a abattu 40 drones.", "2025-03-12"),
        # The day a claim was said gives way to the day of the shooting the sentence also names.
        ("Le gouverneur a indiqué dimanche que onze drones avaient été abattus vendredi soir au-dessus de la région de Briansk.",
         "2025-03-14"),
        # A lead that says a share of the launched was shot down ("la plupart des 45 drones lancés") restates the claim
        # of those launched and dates it.
        ("L'Ukraine a annoncé jeudi avoir détruit la plupart des 45 drones lancés par la Russie pendant la nuit. « Au "
         "terme des combats, 40 drones Shahed ont été détruits », a indiqué l'armée de l'air ukrainienne.", "2025-03-13"),
        # The next sentence dates the attack it tells of again, counting nothing.
        ("La défense aérienne russe a repoussé dans la nuit une attaque de 60 drones ukrainiens, selon le ministère. "
         "L'attaque s'est déroulée entre 23 h le 11 mars et 7 h le 12 mars, heure de Moscou.", "2025-03-12"),
        # Not a sentence reporting what someone said of the attacks.
        ("L'armée de l'air ukrainienne a précisé que neuf drones avaient été détruits. Le ministère russe affirme pour sa "
         "part que les frappes menées ce lundi matin ont atteint leur objectif.", None),
    ],
)
def test_event_date(text, event_date):
    [row] = facts(text)["interception"]
    assert row["event_date"] == event_date


def test_a_lead_with_no_figure_dates_no_claim_when_it_could_say_again_several():
    text = (
        "La Russie a annoncé samedi avoir abattu des drones ukrainiens au-dessus de plusieurs régions. Le maire de "
        "Moscou a fait état de cinq drones abattus. Le ministère russe de la Défense a indiqué que 40 drones avaient "
        "été détruits."
    )
    assert sorted((row["count"], row["event_date"]) for row in facts(text)["interception"]) == [(5, None), (40, None)]


def test_a_lead_with_no_figure_dates_no_claim_of_the_other_side():
    text = (
        "L'armée de l'air ukrainienne a affirmé mardi avoir abattu la majorité des 60 drones lancés dans la nuit. Selon "
        "le ministère russe, 30 drones ukrainiens ont été détruits au-dessus de la région de Koursk."
    )
    assert [(row["count"], row["event_date"]) for row in facts(text)["interception"]] == [(30, None)]


def test_an_approximate_total_over_named_regions_takes_its_parts_and_gives_them_its_night():
    text = (
        "Près de 44 drones ont été détruits dans la nuit de mardi à mercredi au-dessus de neuf régions russes, dont celle "
        "de Moscou, selon le ministère russe de la Défense. Vingt drones ont été détruits au-dessus de la région de "
        "Novgorod et deux au-dessus de celle de Moscou."
    )
    rows = sorted((r["count"], tuple(r["region_codes"]), r["event_date"]) for r in facts(text)["interception"])
    assert rows == [(2, ("RU-MOS",), "2025-03-12"), (20, ("RU-NGR",), "2025-03-12")]


def test_all_of_a_launch_count_of_the_sentence_before_is_that_count_on_its_days():
    text = (
        "La Russie a lancé 22 missiles et 14 drones dans la nuit de jeudi à vendredi, a déclaré l'armée de l'air "
        "ukrainienne, affirmant avoir abattu 29 de ces engins. Quinze missiles ont pu être abattus ainsi que tous les "
        "drones, a précisé le commandant de l'armée de l'air."
    )
    rows = sorted((r["count"], r["weapon"], r["event_date"]) for r in facts(text)["interception"])
    # The missiles' sentence names no day: the claimant's other claims name one, the Friday. The 29 "engins" of both
    # classes are what the class counts make: no row of their own.
    assert rows == [(14, "drone", "2025-03-14"), (15, "missile", "2025-03-14")]


def test_a_claim_with_no_day_is_on_the_one_day_of_its_claimants_other_claims():
    text = (
        "Le ministère russe de la Défense a annoncé jeudi avoir abattu 20 drones au-dessus de la région de Koursk. Le "
        "ministère russe de la Défense a également fait état de cinq missiles abattus au-dessus de la région de Belgorod. "
        "Le gouverneur de la région de Voronej a fait état de trois drones abattus au-dessus de sa région."
    )
    found = sorted((row["weapon"], row["count"], row["event_date"]) for row in facts(text)["interception"])
    assert found == [("drone", 3, None), ("drone", 20, "2025-03-13"), ("missile", 5, "2025-03-13")]


def test_the_time_that_heads_a_live_blog_entry_takes_no_day_from_the_entry_before():
    text = (
        "07h10 : L'armée de l'air ukrainienne affirme avoir abattu 30 des 45 drones lancés dans la nuit de vendredi à "
        "samedi.\n09h45 : Le ministère russe de la Défense dit avoir détruit 12 drones au-dessus de la région de Belgorod."
    )
    assert sorted((row["count"], row["event_date"]) for row in facts(text)["interception"]) == [(12, None), (30, "2025-03-15")]


def test_a_communique_quoted_after_its_summary_says_a_part_again():
    text = (
        "Le ministère russe a annoncé avoir détruit 8 drones au-dessus de la région de Briansk et 3 au-dessus de celle de "
        "Koursk. Le communiqué précise : « 8 drones ont été détruits au-dessus de la région de Briansk. »"
    )
    assert rows(text) == [(3, "drone", ("RU-KRS",), "RU"), (8, "drone", ("RU-BRY",), "RU")]


def test_a_claim_with_no_count_at_all_covers_no_approximate_one():
    text = (
        "L'armée de l'air ukrainienne a abattu la plupart des missiles lancés dans la nuit. Plus de 20 missiles ont été "
        "interceptés au-dessus de la région de Kiev, selon l'armée de l'air ukrainienne."
    )
    assert rows(text) == [(None, "missile", ("UA-32",), "UA")]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # "l'une de ses plus vastes attaques de drones" is one attack, no weapon; "l'un" of them still counts one.
        ("La Russie a lancé jeudi l'une de ses plus vastes attaques de drones contre Kiev.", []),
        ("Deux drones ont été lancés : l'un a été abattu au-dessus de Koursk.", [2, 1]),
        ("Le ministère a affirmé avoir abattu deux drones, l'un des deux au-dessus de la région de Koursk.", [2, 1]),
        # A date written with dots counts nothing.
        ("Six drones ont été abattus près de Feodossia, a fait savoir le ministère russe le 12.04.2025.", [6]),
    ],
)
def test_counts_of_weapons_only(text, counts):
    sent = next(shared_pipeline("fr")(text).sents)
    assert [anchor.count for anchor in read_anchors(sent, "fr") if anchor.count is not None] == counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "celui de Belgorod 8": the left-out verb and noun are the clause's before; the pronoun stands for another
        # governor, whose tally is a claim of its own, placed in his region.
        ("Le gouverneur de la région de Koursk a fait état de 12 drones abattus, celui de Belgorod de 8.",
         [(8, "drone", ("RU-BEL",), "RU"), (12, "drone", ("RU-KRS",), "RU")]),
        ("Le ministère russe a annoncé avoir intercepté 30 drones. Le gouverneur de la région d'Orel a signalé 12 "
         "interceptions de drones, celui de Lipetsk 8.",
         [(8, "drone", ("RU-LIP",), "RU"), (12, "drone", ("RU-ORL",), "RU"), (30, "drone", (), "RU")]),
        # A pronoun standing for the region places the count after it as before.
        ("Dans la région de Koursk, 12 drones ont été abattus, dans celle de Belgorod, huit.",
         [(8, "drone", ("RU-BEL",), "RU"), (12, "drone", ("RU-KRS",), "RU")]),
    ],
)
def test_a_clause_that_leaves_out_its_verb_places_its_own_count(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "11 et 6 drones": the list, whatever the parse hangs it on, is the subject of the trigger after it.
        ("Le ministère russe a indiqué que 11 et 6 drones avaient été abattus respectivement au-dessus des régions de "
         "Koursk et de Briansk.",
         [(6, "drone", ("RU-BRY",), "RU"), (11, "drone", ("RU-KRS",), "RU")]),
        # "Sur les huit, six …": the launched count written first is no row.
        ("La Russie a lancé huit missiles sur l'Ukraine. Sur les huit, six ont été interceptés, selon l'armée de l'air "
         "ukrainienne.",
         [(6, "missile", (), "UA")]),
        ("Sur les 30 drones lancés par la Russie dans la nuit, 25 ont été abattus au-dessus de la région de Kiev, selon "
         "l'armée de l'air ukrainienne.",
         [(25, "drone", ("UA-32",), "UA")]),
    ],
)
def test_lists_and_launched_counts_written_first(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    "closing",
    ["Tous ont été abattus, a-t-elle ajouté.", "Toutes les cibles ont été abattues, a-t-elle ajouté."],
)
def test_all_of_them_after_launch_counts_of_several_classes_is_all_of_each(closing):
    text = (
        "La Russie a tiré quatre missiles et 50 drones sur l'Ukraine dans la nuit, selon l'armée de l'air ukrainienne. "
        + closing
    )
    assert rows(text) == [(4, "missile", (), "UA"), (50, "drone", (), "UA")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name the gazetteer places only with its region word (Vladimir is also a first name) is a region in a list
        # after "régions"; so is Moscow, the oblast, after "les régions russes de".
        ("La défense aérienne a abattu 14 drones au-dessus des régions de Vladimir et de Iaroslavl, a indiqué le "
         "ministère russe.",
         [(14, "drone", ("RU-VLA", "RU-YAR"), "RU")]),
        ("La défense aérienne russe a détruit 64 drones dans les régions russes de Toula, Orel et Moscou.",
         [(64, "drone", ("RU-MOS", "RU-ORL", "RU-TUL"), "RU")]),
        ("Le président Vladimir Poutine a salué la défense aérienne, qui a abattu 14 drones au-dessus de la région de "
         "Koursk.",
         [(14, "drone", ("RU-KRS",), "RU")]),
        # "cibles aéroportées", "objets aériens ennemis": air targets of no named kind.
        ("Le gouverneur de Voronej a précisé que neuf cibles aéroportées avaient été abattues aux abords de la ville.",
         [(9, "other", ("RU-VOR",), "RU")]),
        ("La défense antiaérienne a abattu 12 objets aériens ennemis au-dessus de Kiev, a indiqué Tymour Tkatchenko.",
         [(12, "other", ("UA-30",), "UA")]),
        # Counts of two kinds in one sentence are two claims, however alike their figures.
        ("La défense aérienne a abattu trois missiles Kalibr et trois missiles Iskander, selon l'armée de l'air "
         "ukrainienne.",
         [(3, "missile", (), "UA"), (3, "missile", (), "UA")]),
        ("L'armée de l'air ukrainienne a détruit un avion de combat, un hélicoptère et quatre drones au cours des "
         "dernières 24 heures.",
         [(1, "aircraft", (), "UA"), (1, "aircraft", (), "UA"), (4, "drone", (), "UA")]),
    ],
)
def test_places_listed_weapons_named_and_kinds_told_apart(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N de ces M": N stopped of M launched.
        ("Selon l'armée de l'air ukrainienne, 41 de ces 44 drones ont été abattus.", [(41, "drone", (), "UA")]),
        # The minutes of a clock time and the day of "le lundi 9" count nothing; a count right after "ce samedi" does.
        ("Le ministère russe a affirmé avoir abattu un drone à 23 h 40 au-dessus de la région de Briansk.",
         [(1, "drone", ("RU-BRY",), "RU")]),
        ("Le ministère russe a indiqué avoir détruit trois missiles Neptune. Ces missiles ont été détruits entre le "
         "lundi 9 et le mercredi 11.",
         [(3, "missile", (), "RU")]),
        ("La défense antiaérienne russe a détruit ce samedi 21 missiles au-dessus de la région de Belgorod, selon le "
         "ministère russe.",
         [(21, "missile", ("RU-BEL",), "RU")]),
        # The capital in a ministry's name is where it speaks from, not where the weapons fell.
        ("Le ministère de la Défense de Moscou a affirmé avoir abattu quatre missiles ATACMS dans la nuit.",
         [(4, "missile", (), "RU")]),
        ("Trois drones ukrainiens ont été abattus dans la nuit, a déclaré vendredi le ministère de la Défense à Moscou.",
         [(3, "drone", (), "RU")]),
        ("Le ministère de la Défense a indiqué que 12 drones avaient été abattus à Moscou.", [(12, "drone", ("RU-MOW",), "RU")]),
    ],
)
def test_counts_of_them_hours_days_and_a_ministrys_seat(text, expected):
    assert rows(text) == expected


def test_a_total_that_sums_up_takes_the_located_counts_before_it():
    text = (
        "Selon le ministère russe de la Défense, neuf drones ont été détruits au-dessus de la région de Moscou. Au "
        "total, 38 drones ukrainiens ont été détruits dans la nuit de lundi à mardi."
    )
    found = [(r["count"], tuple(r["region_codes"]), r["event_date"]) for r in facts(text)["interception"]]
    assert found == [(9, ("RU-MOS",), "2025-03-11")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "dans ses environs" after another count: the region around the place named last.
        ("Selon le maire de Kiev, quatre drones ont été détruits au-dessus de la capitale et deux autres dans ses "
         "environs.",
         [(2, "drone", ("UA-32",), "UA"), (4, "drone", ("UA-30",), "UA")]),
        ("La défense aérienne a abattu six drones au-dessus de Kharkiv et deux dans ses environs, a indiqué le gouverneur.",
         [(2, "drone", ("UA-63",), "UA"), (6, "drone", ("UA-63",), "UA")]),
    ],
)
def test_the_surroundings_of_a_place_named_before(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Days in a list before their month count nothing.
        ("Moscou dit avoir abattu des drones dans la région de Toula, après des attaques similaires les 5 et 9 juin.", []),
        # The agent of another verb, and the weapons of an attack that destroyed something, were not shot down.
        ("L'armée de l'air ukrainienne a indiqué que six missiles avaient été abattus. La police a diffusé l'image d'un "
         "trou creusé par un missile abattu.",
         [(6, "missile", (), "UA")]),
        ("La région de Belgorod a annoncé lundi qu'une frappe de quatre roquettes Vampire avait détruit une école.", []),
        # "toutes les cibles de ses frappes" were hit, not shot down; "tous les drones de l'attaque" were.
        ("La Russie a tiré 25 missiles, selon l'armée ukrainienne. Le ministère russe de la Défense a affirmé avoir "
         "détruit toutes les cibles de ses frappes nocturnes.",
         []),
        ("La Russie a lancé 30 drones dans la nuit. Tous les drones de l'attaque ont été abattus, selon l'armée de l'air "
         "ukrainienne.",
         [(30, "drone", (), "UA")]),
    ],
)
def test_what_was_hit_or_dated_is_no_count_shot_down(text, expected):
    assert rows(text) == expected


def test_the_day_before_counts_from_the_day_the_sentence_before_names():
    text = (
        "Le ministère russe de la Défense a affirmé jeudi avoir abattu un drone au-dessus de la région de Tver. La "
        "veille, 15 drones ukrainiens avaient été abattus au-dessus de la région de Smolensk."
    )
    found = sorted((r["count"], r["event_date"]) for r in facts(text, published_at="2025-03-22T10:00:00+01:00")["interception"])
    assert found == [(1, "2025-03-20"), (15, "2025-03-19")]


def test_the_capital_a_country_is_allied_to_is_its_side():
    text = "La Biélorussie, proche alliée de Moscou, a déclaré mardi avoir abattu deux drones au-dessus de son territoire."
    assert rows(text) == [(2, "drone", (), "BY")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A force the relative clause of a place speaks of is not the side that shot the weapons down.
        ("Quatre drones ont été abattus dans la région de Koursk, où l'armée ukrainienne mène une offensive.",
         [(4, "drone", ("RU-KRS",), "RU")]),
        # An item of another weapon added after the place, with no verb of its own, was stopped there too.
        ("Neuf missiles ont été détruits au-dessus d'Odessa, ainsi que quatre drones Shahed, selon l'administration "
         "militaire régionale.",
         [(4, "drone", ("UA-51",), "UA"), (9, "missile", ("UA-51",), "UA")]),
        ("Six missiles Kh-101 ont été abattus au-dessus de Lviv, ainsi que deux drones, a annoncé le maire Andriï Sadovy.",
         [(2, "drone", ("UA-46",), "UA"), (6, "missile", ("UA-46",), "UA")]),
        ("La défense aérienne a abattu neuf missiles au-dessus de la région de Kiev et quatre drones au-dessus de celle "
         "de Jytomyr.",
         [(4, "drone", ("UA-18",), "UA"), (9, "missile", ("UA-32",), "UA")]),
    ],
)
def test_sides_and_places_of_items_after_the_place(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The trigger's object pronoun takes up the weapons of the verb it is coordinated with, and their place.
        ("La défense antiaérienne russe a repéré deux missiles ATACMS et les a abattus au-dessus de la région de Belgorod.",
         [(2, "missile", ("RU-BEL",), "RU")]),
        ("La défense antiaérienne russe a détecté un missile Neptune et l'a détruit au-dessus de la mer Noire.",
         [(1, "missile", ("SEA-BLACK",), "RU")]),
    ],
)
def test_a_pronoun_object_takes_up_the_weapons(text, expected):
    assert rows(text) == expected


def test_the_day_a_dispatch_was_filed_gives_way_to_the_day_of_the_claim():
    text = (
        "ROSTOV-SUR-LE-DON, 21 mars (Reuters) - La Russie a dit avoir abattu jeudi 9 drones ukrainiens au-dessus de la "
        "région de Rostov."
    )
    found = [(r["count"], r["event_date"]) for r in facts(text, published_at="2025-03-21T10:00:00+01:00")["interception"]]
    assert found == [(9, "2025-03-20")]


def test_an_air_defence_system_is_no_place():
    assert rows("L'armée russe a abattu quatre drones ukrainiens avec des systèmes Pantsir.") == [(4, "drone", (), "RU")]


def test_that_day_is_the_day_the_sentence_before_names():
    text = (
        "Le 9 mars, l'Ukraine a lancé une vaste attaque de drones. La défense antiaérienne russe a abattu ce jour-là 22 "
        "drones au-dessus de la région de Voronej."
    )
    found = [(r["count"], r["event_date"]) for r in facts(text, published_at="2025-03-12T10:00:00+01:00")["interception"]]
    assert found == [(22, "2025-03-09")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Weapons detected over a place and then all shot down were shot down there; detected is counted like launched.
        ("Quatorze missiles ont été repérés au-dessus de Kharkiv et tous ont été abattus, a indiqué le maire.",
         [(14, "missile", ("UA-63",), "UA")]),
        ("Selon le gouverneur, neuf drones ont été détectés au-dessus de la région de Lipetsk. Tous ont été détruits.",
         [(9, "drone", ("RU-LIP",), "RU")]),
        ("Onze drones ont été détectés au-dessus de la région de Tambov, dont sept ont été abattus, selon le gouverneur.",
         [(7, "drone", ("RU-TAM",), "RU")]),
        # Detected and shot down, coordinated: the count is of the shot-down ones.
        ("Le gouverneur a annoncé que deux drones avaient été détectés et abattus dans la région de Kalouga.",
         [(2, "drone", ("RU-KLU",), "RU")]),
        # A place the launched weapons aimed at is no place of the claim.
        ("L'armée de l'air a indiqué que 20 drones avaient été lancés sur la région d'Odessa et que tous avaient été abattus.",
         [(20, "drone", (), "UA")]),
    ],
)
def test_weapons_detected_over_a_place(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A region a clause says was struck or aimed at is a target, not where the weapons were shot down.
        ("L'armée de l'air ukrainienne a affirmé avoir abattu 50 drones, précisant que la région de Soumy avait été attaquée.",
         [(50, "drone", (), "UA")]),
        ("L'armée de l'air ukrainienne a abattu 70 drones, ajoutant que les régions de Kharkiv et de Poltava avaient été touchées.",
         [(70, "drone", (), "UA")]),
        ("L'armée de l'air a abattu 40 drones dans les régions de Soumy et de Kharkiv, ajoutant que la région de Poltava avait été visée.",
         [(40, "drone", ("UA-59", "UA-63"), "UA")]),
        # Attacked by the weapons it counts: they were in the region.
        ("Mardi soir, la région de Toula a été attaquée par neuf drones ukrainiens, abattus par des systèmes de défense "
         "antiaérienne, a indiqué le gouverneur.",
         [(9, "drone", ("RU-TUL",), "RU")]),
    ],
)
def test_a_region_said_to_be_struck(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A window of hours with one unit counts nothing.
        ("Les défenses aériennes russes ont abattu 33 drones ukrainiens entre 20 et 22 heures, heure de Moscou.",
         [(33, "drone", (), "RU")]),
        ("La défense aérienne a détruit 17 drones de 8 à 11 heures, selon le ministère russe.", [(17, "drone", (), "RU")]),
        # "dont plusieurs au-dessus de X" is a share without a count: it places nothing.
        ("Le ministère russe a affirmé que 126 drones ont été abattus, dont plusieurs au-dessus des régions de Belgorod et de Briansk.",
         [(126, "drone", (), "RU")]),
        # An approximate count is no restatement of another side's or another voice's count.
        ("Le ministère russe de la Défense a indiqué que près de 50 drones ukrainiens avaient été abattus avant l'aube. "
         "En Ukraine, l'armée de l'air a affirmé avoir abattu 60 drones russes.",
         [(60, "drone", (), "UA"), (None, "drone", (), "RU")]),
        ("Selon le gouverneur de la région de Voronej, au moins cinq drones ont été abattus au-dessus de la région. "
         "Le ministère russe de la Défense a annoncé avoir détruit huit drones au-dessus de la région de Voronej.",
         [(8, "drone", ("RU-VOR",), "RU"), (None, "drone", ("RU-VOR",), "RU")]),
    ],
)
def test_hours_shares_and_approximate_counts(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "un seul" counts one.
        ("Un seul drone a été abattu au-dessus de la région de Koursk, selon le ministère russe de la Défense.",
         [(1, "drone", ("RU-KRS",), "RU")]),
        # A relative clause set off by commas between the weapons and their verb.
        ("Deux drones, qui se dirigeaient vers la capitale, ont été détruits, selon le maire de Moscou.",
         [(2, "drone", (), "RU")]),
        ("Cinq drones, qui tentaient d'atteindre Moscou, ont été abattus par la défense aérienne russe.",
         [(5, "drone", (), "RU")]),
        # "les N restants" is the rest of the total.
        ("Le ministère russe a neutralisé 94 drones. 60 drones ont été abattus dans la région de Briansk, tandis que les "
         "34 restants ont été abattus dans la région de Krasnodar.",
         [(34, "drone", ("RU-KDA",), "RU"), (60, "drone", ("RU-BRY",), "RU")]),
        # "portant le total à N" is a running total, no count of this claim.
        ("Le maire de Moscou a annoncé que cinq drones supplémentaires avaient été abattus, portant le total à quinze.",
         [(5, "drone", (), "RU")]),
        ("Le maire de Moscou a annoncé que trois drones avaient été abattus, portant leur nombre total à 12.",
         [(3, "drone", (), "RU")]),
    ],
)
def test_one_relatives_remainders_and_running_totals(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A pronoun, or a word for any weapon, in the plural takes up the weapons counted before and places them.
        ("La Russie affirme avoir détruit 47 drones ukrainiens. Ils ont été abattus au-dessus des régions de Belgorod et de Koursk.",
         [(47, "drone", ("RU-BEL", "RU-KRS"), "RU")]),
        ("L'armée de l'air ukrainienne a abattu 30 drones. Les engins ont été interceptés au-dessus de la région de Poltava.",
         [(30, "drone", ("UA-53",), "UA")]),
        # The subject of an active verb is who shot them down, not the weapons.
        ("Le ministère russe a annoncé avoir abattu 12 drones. Ils ont abattu trois autres drones dans la soirée.",
         [(3, "drone", (), "RU"), (12, "drone", (), "RU")]),
    ],
)
def test_the_counted_weapons_taken_up(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An earlier event recalled, on another day or in a month with no day, is no part of the night's total.
        ("La défense aérienne a abattu dimanche 24 drones qui se dirigeaient vers Moscou, selon le maire. Le 3 mai 2023, "
         "deux drones avaient été détruits au-dessus du Kremlin.",
         [(2, "drone", ("RU-MOW",), "RU"), (24, "drone", (), "RU")]),
        ("La défense aérienne a abattu 18 drones qui visaient Moscou, selon le maire. En mai, deux drones avaient été "
         "détruits au-dessus du Kremlin.",
         [(2, "drone", ("RU-MOW",), "RU"), (18, "drone", (), "RU")]),
    ],
)
def test_an_earlier_event_recalled(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A governor known by name speaks for his region: his count is his side's, and no count elsewhere is a part of it.
        ("Selon le gouverneur Alexandre Goussev, 32 drones ont été abattus. Par ailleurs, dans la région de Volgograd, un "
         "drone a été abattu.",
         [(1, "drone", ("RU-VGG",), "RU"), (32, "drone", (), "RU")]),
        ("Le gouverneur Vladislav Chapcha a annoncé que trois drones avaient été abattus.", [(3, "drone", (), "RU")]),
        # "la région" with no name is the region the official named speaks for.
        ("Oleh Syniehoubov a indiqué que cinq drones avaient été abattus au-dessus de la région.", [(5, "drone", ("UA-63",), "UA")]),
    ],
)
def test_local_officials_known_by_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Names of the Ukrainian air force in translated copy.
        ("La Russie a lancé 350 drones contre l'Ukraine. Selon les Forces aériennes d'Ukraine, 331 drones ont été abattus.",
         [(331, "drone", (), "UA")]),
        ("Selon l'aviation ukrainienne, 20 drones ont été abattus dans la nuit.", [(20, "drone", (), "UA")]),
        # Words for weapons of mixed kinds.
        ("L'armée de l'air ukrainienne a intercepté 450 des 521 projectiles lancés par la Russie.", [(450, "other", (), "UA")]),
        ("L'armée de l'air ukrainienne a neutralisé 61 moyens d'attaque aérienne.", [(61, "other", (), "UA")]),
        ("Les forces ukrainiennes ont abattu 12 engins aériens au-dessus de la région de Kiev.", [(12, "other", ("UA-32",), "UA")]),
        # A governor's region with an adjective between speaks for him, and places his count unless it was the target.
        ("Le gouverneur de la région russe de Koursk a annoncé que trois drones avaient été abattus dans la nuit.",
         [(3, "drone", ("RU-KRS",), "RU")]),
        ("Le gouverneur de la région russe de Belgorod a annoncé que 14 drones avaient été abattus alors qu'ils se "
         "dirigeaient vers cette ville.",
         [(14, "drone", (), "RU")]),
    ],
)
def test_air_force_names_mixed_weapons_and_governors_seats(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A total split by method in the next sentence, the other method told with no interception word: the total.
        ("La Russie a affirmé jeudi avoir neutralisé onze drones au-dessus de la Crimée. Huit appareils ont été abattus par "
         "la défense antiaérienne, alors que trois autres ont été désactivés.",
         [(11, "drone", ("UA-43",), "RU")]),
        # Counts that do not make the total are a claim of their own.
        ("La Russie a affirmé jeudi avoir neutralisé onze drones au-dessus de la Crimée. Huit appareils ont été abattus par "
         "la défense antiaérienne, alors que deux autres ont été désactivés.",
         [(8, "drone", (), "RU"), (11, "drone", ("UA-43",), "RU")]),
    ],
)
def test_a_total_split_by_method_in_the_next_sentence(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Near the coast of a region, after the sea where they were, is a landmark.
        ("Huit drones ont été interceptés au-dessus de la mer Noire, à proximité du littoral de la Crimée, selon le ministère russe.",
         [(8, "drone", ("SEA-BLACK",), "RU")]),
        ("Cinq drones ont été abattus au-dessus de la mer d'Azov, près des côtes de la Crimée, selon le ministère russe.",
         [(5, "drone", ("SEA-AZOV",), "RU")]),
        # With no sea named, near a place is in its region.
        ("Cinq drones ont été abattus à proximité de la ville de Koursk, selon le ministère russe.", [(5, "drone", ("RU-KRS",), "RU")]),
    ],
)
def test_near_the_coast_after_a_sea(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "le troisième au-dessus de …": one more, placed where the item that leaves out its verb says.
        ("Deux drones ont été abattus au-dessus de la région de Briansk, le troisième au-dessus de la région d'Orel, "
         "selon le ministère russe.",
         [(1, "drone", ("RU-ORL",), "RU"), (2, "drone", ("RU-BRY",), "RU")]),
        ("Cinq drones ont été détruits dans la région de Voronej et le sixième dans la région de Lipetsk, a indiqué le "
         "ministère russe de la Défense.",
         [(1, "drone", ("RU-LIP",), "RU"), (5, "drone", ("RU-VOR",), "RU")]),
        # An ordinal with no place after it counts nothing more.
        ("Quatre drones ont été abattus dans la nuit, le deuxième en moins d'une heure, selon le ministère russe.",
         [(4, "drone", (), "RU")]),
    ],
)
def test_an_ordinal_item_that_leaves_out_its_verb(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The head of a military administration speaks for the city or region he runs, like a governor.
        ("Onze drones ont été abattus, a déclaré le chef de l'administration militaire de Kyiv.", [(11, "drone", ("UA-30",), "UA")]),
        ("Selon l'administration militaire régionale de Dnipropetrovsk, quatre missiles ont été abattus au-dessus de la région.",
         [(4, "missile", ("UA-12",), "UA")]),
        # A governor speaks for every class his clause counts, not for a claim after "tandis que".
        ("Selon le gouverneur de la région de Koursk, la défense a détruit six drones et deux missiles.",
         [(2, "missile", ("RU-KRS",), "RU"), (6, "drone", ("RU-KRS",), "RU")]),
        ("Le gouverneur de Briansk a fait état de 4 drones abattus, tandis que le ministère de la Défense a annoncé avoir "
         "détruit 25 drones.",
         [(4, "drone", ("RU-BRY",), "RU"), (25, "drone", (), "RU")]),
    ],
)
def test_governors_and_heads_of_military_administrations(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The weapons a passive attack names as its agent were launched: "tous" and "dont" count them.
        ("Kiev a été visée par 18 drones, tous détruits, selon l'administration militaire de la ville.", [(18, "drone", (), "UA")]),
        ("Lviv a été attaquée par douze missiles, dont neuf ont été abattus, selon l'armée de l'air ukrainienne.",
         [(9, "missile", (), "UA")]),
    ],
)
def test_the_agent_of_a_passive_attack_was_launched(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count in words right after a day and month is no year ("le 12 octobre deux missiles").
        ("L'armée russe a abattu le 12 octobre deux missiles dans la région de Belgorod.", [(2, "missile", ("RU-BEL",), "RU")]),
        # An adverb of several words between the auxiliary and the participle ("ont en outre abattu").
        ("Les forces russes ont en outre abattu 40 drones dans la région de Koursk, selon le ministère.",
         [(40, "drone", ("RU-KRS",), "RU")]),
    ],
)
def test_a_count_after_a_day_and_a_verb_split_by_an_adverb(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A share of a launch count, with no interception word of its own, was launched: it is no row.
        ("Selon l'armée de l'air ukrainienne, les 16 missiles tirés dans la nuit, dont trois Kinjal, ont tous été abattus.",
         [(16, "missile", (), "UA")]),
        ("Sur les 14 missiles lancés, dont six Iskander-M, dix ont été abattus, selon l'armée de l'air ukrainienne.",
         [(10, "missile", (), "UA")]),
        # One with an interception word of its own counts what was shot down.
        ("La Russie a lancé 45 drones, dont 38 ont été abattus, selon l'armée de l'air ukrainienne.", [(38, "drone", (), "UA")]),
    ],
)
def test_a_share_of_a_launch_count(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The subject of an active interception verb with an object did the destroying: no count shot down.
        ("Lundi, 90 drones ukrainiens ont détruit 12 avions russes sur trois bases aériennes.", []),
        ("Le ministère a indiqué que deux chasseurs avaient intercepté cinq drones au-dessus de la mer Noire.",
         [(5, "drone", ("SEA-BLACK",), "RU")]),
        # Weapons destroyed on the ground or on board were not shot down; debris falling to the ground says nothing.
        ("L'armée russe a détruit 14 drones au sol sur un aérodrome de la région de Kherson.", []),
        ("Des frappes ont détruit au sol quatre missiles ATACMS, selon le ministère russe.", []),
        ("Dix drones ont été abattus au-dessus de la région de Koursk et leurs débris sont tombés au sol, selon le ministère russe.",
         [(10, "drone", ("RU-KRS",), "RU")]),
        # "parmi lesquels" opens shares, as "dont" does.
        ("Vendredi, la défense antiaérienne ukrainienne a intercepté 60 cibles, dont 9 missiles et 51 drones, parmi lesquels "
         "35 Shahed.",
         [(9, "missile", (), "UA"), (51, "drone", (), "UA")]),
    ],
)
def test_destroyers_weapons_on_the_ground_and_shares_among_them(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One count said of two regions in two sentences is two claims; of a city and its oblast, one said again.
        ("Dans la région de Poltava, le gouverneur a fait état de la destruction de trois drones. Dans la région de "
         "Tcherkassy, la défense aérienne a abattu trois drones.",
         [(3, "drone", ("UA-53",), "UA"), (3, "drone", ("UA-71",), "UA")]),
        ("Trois drones abattus au-dessus de Moscou. Le ministère russe a indiqué que trois drones avaient été abattus dans "
         "la région de Moscou.",
         [(3, "drone", ("RU-MOW",), "RU")]),
    ],
)
def test_one_count_in_two_regions(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "depuis le début de la nuit" is the night told, not a total so far; "depuis le début de l'offensive" is one.
        ("La défense antiaérienne a abattu 35 drones depuis le début de la nuit, selon le ministère russe.", [(35, "drone", (), "RU")]),
        ("Depuis le début de l'offensive, l'armée russe a abattu 3 000 drones.", []),
    ],
)
def test_since_the_night_began(text, expected):
    assert rows(text) == expected


def test_there_takes_up_the_place_the_sentence_before_names():
    text = (
        "Mardi, une attaque a été déjouée au-dessus de la région de Briansk. Quatre drones y ont été détruits, selon le "
        "ministère russe de la Défense."
    )
    assert rows(text) == [(4, "drone", ("RU-BRY",), "RU")]


def test_a_rest_placed_nowhere_leaves_the_count_before_it():
    text = "Quatre missiles ont été abattus par le système Pantsir, les autres ont été neutralisés par la guerre électronique."
    assert [(r["count"], r["weapon"], tuple(r["region_codes"])) for r in facts(text)["interception"]] == [(4, "missile", ())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Projectiles of a rocket launcher are rockets, weapon `missile`; projectiles of no named kind are `other`.
        ("La défense antiaérienne a abattu trois projectiles HIMARS, selon le ministère russe.", [(3, "missile", (), "RU")]),
        ("Les forces russes ont intercepté 11 projectiles de lance-roquettes multiples, selon le ministère russe.",
         [(11, "missile", (), "RU")]),
        ("L'armée russe a abattu 30 projectiles de différents types, selon le ministère russe.", [(30, "other", (), "RU")]),
    ],
)
def test_projectiles_of_a_rocket_launcher(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The weapons of an attack no interception word acts on were launched: "tous" counts them.
        ("Kiev a subi dans la nuit une attaque de 27 drones, tous abattus par la défense aérienne, selon l'armée de l'air "
         "ukrainienne.",
         [(27, "drone", (), "UA")]),
        # An attack repelled counts its weapons shot down.
        ("Une tentative d'attaque de six drones a été déjouée au-dessus de la région de Koursk, selon le ministère russe.",
         [(6, "drone", ("RU-KRS",), "RU")]),
    ],
)
def test_the_weapons_of_an_attack(text, expected):
    assert rows(text) == expected


def test_where_the_launchers_were_is_no_place_of_the_claim():
    text = "La Russie a tiré 14 missiles Kalibr depuis des navires en mer Noire, dont onze ont été abattus, selon l'armée de l'air ukrainienne."
    assert rows(text) == [(11, "missile", (), "UA")]


@pytest.mark.parametrize(
    "text",
    [
        # "respectivement" after launch counts of several classes: each count is of the class launched in its rank.
        "La Russie a lancé 14 missiles et 50 drones dans la nuit, dont respectivement 9 et 41 ont été abattus, selon l'armée "
        "de l'air ukrainienne.",
        "La Russie a lancé 14 missiles et 50 drones, l'armée de l'air ukrainienne affirmant en avoir abattu respectivement 9 et 41.",
    ],
)
def test_respectively_after_launch_counts_of_several_classes(text):
    assert rows(text) == [(9, "missile", (), "UA"), (41, "drone", (), "UA")]


@pytest.mark.parametrize(
    "text",
    [
        # A number right before "chacune" after the regions is the count in each; the count before them, their sum.
        "Le ministère russe de la Défense a affirmé dimanche avoir détruit 18 drones ukrainiens au-dessus des régions de "
        "Koursk et de Briansk (9 chacune).",
        "Dix-huit drones ont été abattus au-dessus des régions de Koursk et de Briansk, neuf chacune, a indiqué le ministère russe.",
    ],
)
def test_a_count_in_each_region_beside_their_sum(text):
    assert rows(text) == [(9, "drone", ("RU-BRY",), "RU"), (9, "drone", ("RU-KRS",), "RU")]


@pytest.mark.parametrize(
    "text",
    [
        # A launcher's name ("lance-roquettes") says no launch: the last item of the list was intercepted too.
        "La défense antiaérienne a intercepté sept missiles anti-radar HARM et 10 projectiles de lance-roquettes multiples "
        "HIMARS, selon le ministère russe de la Défense.",
        # So with the counted noun in brackets.
        "« La défense antiaérienne a intercepté sept missiles anti-radar HARM et 10 (projectiles) de lance-roquettes multiples "
        "HIMARS », a indiqué le ministère russe de la Défense.",
    ],
)
def test_a_launchers_name_is_no_launch(text):
    assert rows(text) == [(7, "missile", (), "RU"), (10, "missile", (), "RU")]


@pytest.mark.parametrize(
    ("launched", "expected"),
    [
        # "engins" counting what the sentence before says was launched are of its class, or of mixed kinds when it
        # names several.
        ("120 drones et cinq missiles", [(90, "other", (), "UA")]),
        ("120 drones", [(90, "drone", (), "UA")]),
    ],
)
def test_engins_are_of_the_classes_launched_before(launched, expected):
    text = f"La Russie a lancé {launched} dans la nuit. La défense antiaérienne a abattu 90 de ces engins, selon l'armée de l'air ukrainienne."
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "depuis" after a superlative says since when the attack is the largest: the count is of one night.
        ("Le ministère russe de la Défense a annoncé avoir détruit 337 drones ukrainiens, dont 91 au-dessus de la région "
         "de Moscou, lors de la plus importante attaque de drones depuis le début du conflit.",
         [(91, "drone", ("RU-MOS",), "RU")]),
        ("L'armée de l'air ukrainienne a abattu 120 drones lors de l'attaque la plus massive depuis le début de la guerre.",
         [(120, "drone", (), "UA")]),
        # Said of the count, it is a total so far.
        ("Depuis le début de l'année, la défense antiaérienne ukrainienne a abattu 3 000 drones, un record depuis 2022.", []),
    ],
)
def test_since_when_a_record_holds(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # A force named with no side defends against the agent of the launch.
        ("Les forces aériennes ont indiqué avoir abattu 40 des 55 drones lancés par la Russie dans la nuit.", "UA"),
        ("L'armée de l'air a abattu 40 des 55 drones tirés par les forces russes.", "UA"),
        ("La défense antiaérienne a abattu 40 drones lancés par l'Ukraine.", "RU"),
        ("Les forces russes ont tiré 55 drones dans la nuit, dont 40 ont été abattus.", "UA"),
        # A demonym after "de fabrication" names the maker, not the launcher.
        ("L'armée de l'air a abattu 40 drones de fabrication iranienne lancés par la Russie.", "UA"),
        # So does a count of what the sentence before says one side launched.
        ("Dans la nuit, la Russie a lancé 55 drones sur le pays. Les forces aériennes affirment en avoir abattu 40.", "UA"),
        # Or the side that fields the models it names.
        ("Dans la nuit, l'ennemi a attaqué avec 55 drones de type Shahed. Selon les données préliminaires, la défense "
         "aérienne a abattu 40 drones dans le nord et l'est du pays.", "UA"),
    ],
)
def test_the_side_that_defends_against_the_launcher(text, side):
    assert rows(text) == [(40, "drone", (), side)]


def test_a_count_of_interceptions_is_of_the_one_class_its_sentence_names():
    # "10 interceptions" names no weapon: the one class its sentence names, even after the count.
    text = (
        "Selon le ministère russe, la région de Rostov a été la plus touchée. La région de Briansk a compté 10 interceptions "
        "supplémentaires, et trois drones ont été détruits au-dessus de la région de Belgorod."
    )
    assert rows(text) == [(3, "drone", ("RU-BEL",), "RU"), (10, "drone", ("RU-BRY",), "RU")]


def test_a_count_of_something_else_takes_no_class_from_the_sentence():
    text = (
        "À Kharkiv, sept personnes, âgées de 7 et 4 ans, ont été tuées lors d'une frappe de drones qui a détruit une "
        "quinzaine de maisons."
    )
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A speaker with a participle of saying opens a claim of its own, whether the parse makes the name its subject
        # or hangs the participle on the name.
        ("Kiev a dit avoir intercepté 30 drones russes, la Russie affirmant avoir abattu 12 drones ukrainiens au-dessus "
         "de la région de Koursk.",
         [(12, "drone", ("RU-KRS",), "RU"), (30, "drone", (), "UA")]),
        ("L'armée de l'air ukrainienne a dit avoir abattu 80 drones sur les 120 lancés par la Russie dans la nuit, Moscou "
         "annonçant de son côté avoir détruit 45 drones ukrainiens au-dessus de ses régions.",
         [(45, "drone", (), "RU"), (80, "drone", (), "UA")]),
        ("Le ministère russe a dit avoir détruit 25 drones au-dessus de la Crimée, Kiev assurant pour sa part avoir abattu "
         "40 drones russes.",
         [(25, "drone", ("UA-43",), "RU"), (40, "drone", (), "UA")]),
    ],
)
def test_a_speaker_with_a_participle_of_saying_claims_apart(text, expected):
    assert rows(text) == expected


def test_a_speaker_with_a_participle_of_saying_claims_its_own_clause_only():
    # The participle's speaker, not the mayor of the main clause, claims the count; the night of the main clause is
    # that of the attack on Odessa, not of the interceptions.
    # The sentences after it date nothing of it either.
    text = (
        "La ville d'Odessa a été la cible dans la nuit de samedi à dimanche d'une attaque de drones, selon son maire, "
        "Moscou annonçant l'interception de 40 drones ukrainiens. Vendredi, des frappes avaient fait six morts."
    )
    assert [(row["count"], row["claimant_country"], row["event_date"]) for row in facts(text)["interception"]] == [(40, "RU", None)]


def test_the_participle_of_the_sentences_own_speaker_goes_on_with_its_claim():
    # The force that speaks through the sentence's verb of saying goes on speaking in its participle: same claim, same night.
    text = (
        "La Russie a lancé 14 drones sur l'Ukraine dans la nuit de samedi à dimanche, a déclaré dimanche l'armée de l'air "
        "ukrainienne, précisant que les systèmes de défense aérienne avaient détruit 11 drones."
    )
    assert [(row["count"], row["claimant_country"], row["event_date"]) for row in facts(text)["interception"]] == [(11, "UA", "2025-03-16")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A headline that restates the one placed share of the body's total is no claim of its own.
        ("La Russie abat 22 drones ukrainiens au-dessus de la mer Noire\n"
         "Le ministère russe de la Défense a annoncé avoir détruit 32 drones ukrainiens en 24 heures, dont 22 au-dessus "
         "de la mer Noire.",
         [(22, "drone", ("SEA-BLACK",), "RU")]),
        # The same count in another region restates nothing.
        ("La Russie abat 22 drones ukrainiens au-dessus de la région de Koursk\n"
         "Le ministère russe de la Défense a annoncé avoir détruit 32 drones ukrainiens en 24 heures, dont 22 au-dessus "
         "de la mer Noire.",
         [(22, "drone", ("RU-KRS",), "RU"), (22, "drone", ("SEA-BLACK",), "RU")]),
    ],
)
def test_a_headline_restating_the_share_of_a_total(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "chaque" before the regions, like "chacune" after them, counts in each region.
        ("Le ministère russe a annoncé avoir détruit 20 drones : 16 au-dessus de la région de Koursk, deux au-dessus de "
         "chaque région de Briansk et d'Orel.",
         [(2, "drone", ("RU-BRY",), "RU"), (2, "drone", ("RU-ORL",), "RU"), (16, "drone", ("RU-KRS",), "RU")]),
        # The regions of a later clause's subject are its count's, not the earlier count's.
        ("Le ministère russe a annoncé avoir détruit 20 drones : 16 au-dessus de la région de Koursk, et les régions de "
         "Briansk et d'Orel en ont chacune intercepté deux.",
         [(2, "drone", ("RU-BRY",), "RU"), (2, "drone", ("RU-ORL",), "RU"), (16, "drone", ("RU-KRS",), "RU")]),
        ("Le ministère russe a annoncé avoir détruit 20 drones : 16 au-dessus de la région de Koursk, et chaque région de "
         "Briansk et d'Orel en a enregistré deux.",
         [(2, "drone", ("RU-BRY",), "RU"), (2, "drone", ("RU-ORL",), "RU"), (16, "drone", ("RU-KRS",), "RU")]),
        ("Le ministère russe a annoncé avoir détruit 20 drones : 16 au-dessus de la région de Koursk, et la région de "
         "Briansk en a intercepté quatre.",
         [(4, "drone", ("RU-BRY",), "RU"), (16, "drone", ("RU-KRS",), "RU")]),
        # With no distributive word, the count is of the regions together.
        ("Le ministère russe a annoncé avoir détruit 19 drones : 16 au-dessus de la région de Koursk, et les régions de "
         "Briansk et d'Orel en ont intercepté trois.",
         [(3, "drone", ("RU-BRY", "RU-ORL"), "RU"), (16, "drone", ("RU-KRS",), "RU")]),
    ],
)
def test_the_regions_a_later_clause_counts(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "autres" before any part of an unplaced total counts more than it: a claim of its own, whoever says it.
        ("Le ministère russe a affirmé dimanche matin avoir abattu 24 drones dans la nuit. Dans la soirée, il a fait état "
         "de 17 autres drones détruits au-dessus de la région de Koursk.",
         [(17, "drone", ("RU-KRS",), "RU"), (24, "drone", (), "RU")]),
        # After a first part, "autres" is another part of the same total.
        ("Le ministère russe a affirmé avoir abattu 24 drones dans la nuit. Dix ont été détruits au-dessus de la région de "
         "Koursk. Quatorze autres ont été abattus au-dessus de celle de Briansk.",
         [(10, "drone", ("RU-KRS",), "RU"), (14, "drone", ("RU-BRY",), "RU")]),
    ],
)
def test_others_before_any_part_are_beyond_the_total(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # An aircraft named by its maker, with or without the model after it, or by a model with a suffix.
        "Un Soukhoï Su-34 a été abattu dans la région de Donetsk, a annoncé l'armée ukrainienne.",
        "Un Soukhoï-34 a été abattu dans la région de Donetsk, a annoncé l'armée ukrainienne.",
        "Un Su-30SM a été abattu dans la région de Donetsk, a annoncé l'armée ukrainienne.",
    ],
)
def test_an_aircraft_named_by_its_maker_or_model(text):
    assert rows(text) == [(1, "aircraft", ("UA-14",), "UA")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A weapon named with a definite article, where an earlier count of the side placed it, is one of those.
        ("Le ministère russe a annoncé avoir détruit deux drones ukrainiens au-dessus de la région de Belgorod. « Le drone "
         "ukrainien a été détruit au-dessus de la région de Belgorod par les systèmes de défense aérienne », a indiqué le "
         "ministère.",
         [(2, "drone", ("RU-BEL",), "RU")]),
        # Elsewhere, or told first, it counts one.
        ("Le ministère russe a annoncé avoir détruit deux drones ukrainiens au-dessus de la région de Belgorod. Le drone a "
         "été abattu au-dessus de la région de Koursk, a indiqué le gouverneur.",
         [(1, "drone", ("RU-KRS",), "RU"), (2, "drone", ("RU-BEL",), "RU")]),
        ("Un drone a visé Kiev dans la nuit. Le drone a été abattu au-dessus de la ville, selon l'administration militaire.",
         [(1, "drone", ("UA-30",), "UA")]),
    ],
)
def test_the_one_told_before(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "la capitale" in a sentence that names no region: of the one country the sentence before names.
        ("La Russie a tiré 40 missiles sur l'Ukraine.\nKyiv, cible\nDans la capitale, les autorités ont indiqué que les "
         "défenses antiaériennes ont abattu 11 des missiles, ainsi que les deux drones.",
         [(2, "drone", ("UA-30",), "UA"), (11, "missile", ("UA-30",), "UA")]),
        ("Des drones ont frappé la région de Belgorod. Dans la capitale, la défense aérienne a abattu trois drones, selon "
         "le maire.",
         [(3, "drone", ("RU-MOW",), "RU")]),
    ],
)
def test_the_capital_of_the_country_named_before(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "en" on the interception verb, after launch counts of several classes, counts them all: mixed kinds.
        "La Russie a lancé 36 missiles et 242 drones dans la nuit. L'armée de l'air ukrainienne en a abattu 244.",
        "La Russie a lancé 36 missiles et 242 drones dans la nuit. L'armée de l'air ukrainienne affirme en avoir abattu 244.",
    ],
)
def test_en_after_launches_of_several_classes_counts_them_all(text):
    assert rows(text) == [(244, "other", (), "UA")]
