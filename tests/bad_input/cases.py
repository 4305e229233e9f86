"""The bad-input corpus: one case per kind of broken or hostile input, with what reading it must give."""

from __future__ import annotations

import codecs
import json
import random

from tests.bad_input.corpus import Case, Quarantined as Q, csv_file, csv_row, good, jsonl, line, published, sentence
from tests.bad_input.file_kinds import file_kinds

MB = 1024 * 1024
FUTURE = "2099-06-01T10:00:00+02:00"  # far enough for the pipeline run, whose clock is the real one


def _empty() -> list[Case]:
    return [
        Case("empty file (0 bytes)", {"vide.jsonl": b""}, quarantined=(Q("vide.jsonl", 0, "file holds no records"),)),
        Case("file of blank lines", {"blanc.jsonl": b"\n   \r\n\t\n\n"}, quarantined=(Q("blanc.jsonl", 0, "file holds no records"),)),
        Case(
            "CSV header without records",
            {"entete-seule.csv": b"id,published_at,text\r\n"},
            quarantined=(Q("entete-seule.csv", 0, "file holds no records (a header only)"),),
        ),
        Case("empty JSON array", {"tableau-vide.jsonl": b"[ ]\n"}, quarantined=(Q("tableau-vide.jsonl", 0, "an empty JSON array"),)),
    ]


def _empty_text() -> list[Case]:
    a, b = good("bad-empty-text-1"), good("bad-invisible-text-1")
    return [
        Case(
            "empty or whitespace-only text",
            {"texte-vide.jsonl": jsonl(a, good("bad-empty-text-2", text=""), good("bad-empty-text-3", text=" \n\t  "))},
            published=(published(a, "texte-vide.jsonl", 1),),
            quarantined=(Q("texte-vide.jsonl", 2, "missing or empty field(s): text"), Q("texte-vide.jsonl", 3, "missing or empty field(s): text")),
        ),
        Case(
            "text of invisible characters or hidden markup only",
            {"texte-invisible.jsonl": jsonl(b, good("bad-invisible-text-2", text="\u200b\u2060\ufeff"), good("bad-invisible-text-3", text="<script>alert(1)</script>"))},
            published=(published(b, "texte-invisible.jsonl", 1),),
            quarantined=(
                Q("texte-invisible.jsonl", 2, "field 'text' is empty once markup and invisible characters are removed"),
                Q("texte-invisible.jsonl", 3, "field 'text' is empty once markup and invisible characters are removed"),
            ),
        ),
    ]


def _padded_line(record: dict, size: int) -> bytes:
    """The record as one JSON line of exactly `size` bytes, its text padded."""
    short = line(record)
    return line({**record, "text": record["text"] + " " + "x" * (size - len(short) - 1)})


def _sizes() -> list[Case]:
    a, c = good("bad-huge-jsonl-1"), good("bad-huge-jsonl-3")
    huge = good("bad-huge-jsonl-2")
    d, e = good("bad-huge-csv-1"), good("bad-huge-csv-2")
    long_text = "\n".join(
        f"Les archives municipales ont numérisé le registre {index} des délibérations, page après page." for index in range(5400)
    ) + "\n" + sentence()
    long_record = good("bad-long-csv-1", text=long_text)
    return [
        Case(
            "20 MB article in a JSON line",
            {"enorme.jsonl": lambda: jsonl(a, _padded_line(huge, 20 * MB), c)},
            published=(published(a, "enorme.jsonl", 1), published(c, "enorme.jsonl", 3)),
            quarantined=(Q("enorme.jsonl", 2, "record is 20.0 MB, over the limit of 2.0 MB (WARWIRE_MAX_RECORD_BYTES)"),),
        ),
        Case(
            "3 MB article in a CSV record",
            {"enorme.csv": lambda: csv_file(csv_row(d), csv_row(good("bad-huge-csv-3", text="y" * (3 * MB))), csv_row(e))},
            published=(published(d, "enorme.csv", 2), published(e, "enorme.csv", 4)),
            quarantined=(Q("enorme.csv", 3, "record is 3.0 MB, over the limit of 2.0 MB (WARWIRE_MAX_RECORD_BYTES)"),),
        ),
        Case(
            "500 kB article in a CSV field (over the csv module's default field limit)",
            {"long.csv": csv_file(csv_row(long_record))},
            published=(published(long_record, "long.csv", 2),),
        ),
        Case(
            "file over the file size limit",
            sparse={"trop-gros.jsonl": 25 * MB},
            quarantined=(Q("trop-gros.jsonl", 0, "file is 25.0 MB, over the limit of 24.0 MB (WARWIRE_MAX_FILE_BYTES)"),),
        ),
    ]


def _random_binary_lines(seed: int, count: int, forbidden: bytes = b"\r\n") -> list[bytes]:
    """Lines of random bytes, each holding a NUL byte."""
    rng = random.Random(seed)
    allowed = bytes(value for value in range(256) if value not in forbidden)
    lines = []
    for _ in range(count):
        chunk = bytearray(rng.choice(allowed) for _ in range(rng.randint(40, 300)))
        chunk[rng.randrange(len(chunk))] = 0
        lines.append(bytes(chunk))
    return lines


def _binary() -> list[Case]:
    a, b, c = good("bad-binary-1"), good("bad-binary-mixed-1"), good("bad-binary-mixed-2")
    d, e = good("bad-binary-csv-1"), good("bad-binary-csv-2")
    random_lines = _random_binary_lines(seed=7, count=12)
    return [
        Case(
            "random binary data with NUL bytes in a .jsonl",
            {"binaire.jsonl": jsonl(a, *random_lines)},
            published=(published(a, "binaire.jsonl", 1),),
            quarantined=tuple(Q("binaire.jsonl", number, "binary data (NUL byte") for number in range(2, 2 + len(random_lines))),
        ),
        Case(
            "binary, non-UTF-8 and control-character lines among good records",
            {"binaire-mixte.jsonl": jsonl(b, b"PK\x03\x04\x00\x00\x08\x00", b"\xff\xd8\xff\xe0\x10JFIF", b"\x1b[31m\x07ding", c)},
            published=(published(b, "binaire-mixte.jsonl", 1), published(c, "binaire-mixte.jsonl", 5)),
            quarantined=(
                Q("binaire-mixte.jsonl", 2, "binary data (NUL byte at column 5)"),
                Q("binaire-mixte.jsonl", 3, "not valid UTF-8"),
                Q("binaire-mixte.jsonl", 4, "invalid JSON"),
            ),
        ),
        Case(
            "NUL bytes in a CSV record",
            {"binaire.csv": csv_file(csv_row(d), csv_row(good("bad-binary-csv-3", text="Texte\x00tronqué\x00\x01")), csv_row(e))},
            published=(published(d, "binaire.csv", 2), published(e, "binaire.csv", 4)),
            quarantined=(Q("binaire.csv", 3, "binary data (NUL byte)"),),
        ),
        Case(
            "random binary data in a .csv",
            {"aleatoire.csv": b"\n".join(_random_binary_lines(seed=11, count=8, forbidden=b'\r\n"'))},
            quarantined=(Q("aleatoire.csv", 1, "CSV header: binary data (NUL byte)"),),
        ),
    ]


def _encodings() -> list[Case]:
    a, b = good("bad-latin1-1"), good("bad-latin1-2")
    latin1 = json.dumps(good("bad-latin1-3", text="Réunion à Kyïv"), ensure_ascii=False).encode("latin-1")
    c, d = good("bad-latin1-csv-1"), good("bad-latin1-csv-2")
    latin1_row = ",".join(csv_row(good("bad-latin1-csv-3", text="Déclaration à Kyïv"))).encode("latin-1")
    csv_lines = csv_file(csv_row(c)) + latin1_row + b"\r\n" + csv_file(csv_row(d)).split(b"\r\n", 1)[1]
    e, f = good("bad-bom-jsonl-1"), good("bad-bom-jsonl-2")
    g, h = good("bad-bom-csv-1"), good("bad-bom-csv-2")
    i = good("bad-utf16-1")
    j = good("bad-surrogate-1")
    emoji = good("bad-surrogate-2", text=sentence() + " 😀")
    return [
        Case(
            "invalid UTF-8 in one JSON line among good ones",
            {"latin1.jsonl": jsonl(a, latin1, b)},
            published=(published(a, "latin1.jsonl", 1), published(b, "latin1.jsonl", 3)),
            quarantined=(Q("latin1.jsonl", 2, "not valid UTF-8"),),
        ),
        Case(
            "invalid UTF-8 in one CSV record among good ones",
            {"latin1.csv": csv_lines},
            published=(published(c, "latin1.csv", 2), published(d, "latin1.csv", 4)),
            quarantined=(Q("latin1.csv", 3, "not valid UTF-8"),),
        ),
        Case(
            "UTF-8 byte order mark at the start of a JSONL file",
            {"bom.jsonl": codecs.BOM_UTF8 + jsonl(e, f)},
            published=(published(e, "bom.jsonl", 1), published(f, "bom.jsonl", 2)),
        ),
        Case(
            "UTF-8 byte order mark at the start of a CSV file",
            {"bom.csv": codecs.BOM_UTF8 + csv_file(csv_row(g), csv_row(h))},
            published=(published(g, "bom.csv", 2), published(h, "bom.csv", 3)),
        ),
        Case(
            "UTF-16 file",
            {"utf16.jsonl": jsonl(i).decode().encode("utf-16")},
            quarantined=(Q("utf16.jsonl", 0, "file is UTF-16 encoded (byte order mark): batch files must be UTF-8"),),
        ),
        Case(
            "unpaired surrogate escape in a JSON string",
            {"surrogat.jsonl": jsonl(j, b'{"id": "bad-surrogate-3", "published_at": "2025-01-15T09:00:00+01:00", "text": "Kyiv \\ud800"}', emoji)},
            published=(published(j, "surrogat.jsonl", 1), published(emoji, "surrogat.jsonl", 3)),
            quarantined=(Q("surrogat.jsonl", 2, "field 'text' is not valid UTF-8 text (unpaired surrogate U+D800)"),),
        ),
    ]


def _line_endings() -> list[Case]:
    two_lines = sentence() + "\r\nDeuxième paragraphe de la dépêche."
    a, b = good("bad-crlf-jsonl-1", text=two_lines), good("bad-crlf-jsonl-2")
    c, d = good("bad-cr-jsonl-1", text=sentence() + "\rSuite de la dépêche."), good("bad-cr-jsonl-2")
    e, f = good("bad-crlf-csv-1", text=sentence() + "\r\nSuite du texte."), good("bad-crlf-csv-2")
    g, h = good("bad-cr-csv-1", text=sentence() + "\rSuite du texte."), good("bad-cr-csv-2")
    return [
        Case(
            "CRLF line endings in a JSONL file and in its text",
            {"crlf.jsonl": jsonl(a, b, end=b"\r\n")},
            published=(published(a, "crlf.jsonl", 1, text=a["text"].replace("\r\n", "\n")), published(b, "crlf.jsonl", 2)),
        ),
        Case(
            "lone CR line endings in a JSONL file and in its text",
            {"cr.jsonl": jsonl(c, d, end=b"\r")},
            published=(published(c, "cr.jsonl", 1, text=c["text"].replace("\r", "\n")), published(d, "cr.jsonl", 2)),
        ),
        Case(
            "CRLF line endings in a CSV file and in a quoted field",
            {"crlf.csv": csv_file(csv_row(e), csv_row(f), terminator="\r\n")},
            published=(published(e, "crlf.csv", 2, text=e["text"].replace("\r\n", "\n")), published(f, "crlf.csv", 4)),
        ),
        Case(
            "lone CR line endings in a CSV file and in a quoted field",
            {"cr.csv": csv_file(csv_row(g), csv_row(h), terminator="\r")},
            published=(published(g, "cr.csv", 2, text=g["text"].replace("\r", "\n")), published(h, "cr.csv", 4)),
        ),
    ]


def _fields() -> list[Case]:
    a, b, c, d = good("bad-missing-1"), good("bad-type-text-1"), good("bad-type-id-1"), good("bad-type-optional-1", title=None)
    no_id = {key: value for key, value in good("-").items() if key != "id"}
    no_date = {key: value for key, value in good("bad-missing-3").items() if key != "published_at"}
    no_text = {key: value for key, value in good("bad-missing-4").items() if key != "text"}
    integer = good(4217)
    return [
        Case(
            "missing required fields",
            {"manquants.jsonl": jsonl(a, no_id, no_date, no_text, good(None))},
            published=(published(a, "manquants.jsonl", 1),),
            quarantined=(
                Q("manquants.jsonl", 2, "missing or empty field(s): id"),
                Q("manquants.jsonl", 3, "missing or empty field(s): published_at"),
                Q("manquants.jsonl", 4, "missing or empty field(s): text"),
                Q("manquants.jsonl", 5, "missing or empty field(s): id"),
            ),
        ),
        Case(
            "text of the wrong type",
            {"type-texte.jsonl": jsonl(b, good("bad-type-text-2", text=["La", "dépêche"]), good("bad-type-text-3", text={"fr": "texte"}), good("bad-type-text-4", text=12))},
            published=(published(b, "type-texte.jsonl", 1),),
            quarantined=(
                Q("type-texte.jsonl", 2, "field 'text' must be a string, got list"),
                Q("type-texte.jsonl", 3, "field 'text' must be a string, got dict"),
                Q("type-texte.jsonl", 4, "field 'text' must be a string, got int"),
            ),
        ),
        Case(
            "id of the wrong type",
            {"type-id.jsonl": jsonl(c, good(12.5), good(True), good(["bad-type-id-4"]), good({"id": "x"}))},
            published=(published(c, "type-id.jsonl", 1),),
            quarantined=tuple(
                Q("type-id.jsonl", number, f"field 'id' must be a string or an integer, got {name}")
                for number, name in ((2, "float"), (3, "bool"), (4, "list"), (5, "dict"))
            ),
        ),
        Case(
            "integer id",
            {"id-entier.jsonl": jsonl(integer)},
            published=(published(integer, "id-entier.jsonl", 1),),
        ),
        Case(
            "optional fields of the wrong type",
            {"type-optionnels.jsonl": jsonl(
                d, good("bad-type-optional-2", title={"fr": "Titre"}), good("bad-type-optional-3", source=42),
                good("bad-type-optional-4", url=["https://example.org"]), good("bad-type-optional-5", lang=True),
            )},
            published=(published(d, "type-optionnels.jsonl", 1),),
            quarantined=(
                Q("type-optionnels.jsonl", 2, "field 'title' must be a string or null, got dict"),
                Q("type-optionnels.jsonl", 3, "field 'source' must be a string or null, got int"),
                Q("type-optionnels.jsonl", 4, "field 'url' must be a string or null, got list"),
                Q("type-optionnels.jsonl", 5, "field 'lang' must be a string or null, got bool"),
            ),
        ),
    ]


def _dates() -> list[Case]:
    def case(kind: str, name: str, values: list[object], reasons: list[str]) -> Case:
        first = good(f"bad-{name}-0")
        records = [good(f"bad-{name}-{index}", published_at=value) for index, value in enumerate(values, start=1)]
        return Case(
            kind,
            {f"{name}.jsonl": jsonl(first, *records)},
            published=(published(first, f"{name}.jsonl", 1),),
            quarantined=tuple(Q(f"{name}.jsonl", number, reason) for number, reason in enumerate(reasons, start=2)),
        )

    return [
        case("published_at without UTC offset", "date-sans-decalage", ["2025-01-15T09:00:00", "2025-01-15"],
             ["'2025-01-15T09:00:00' has no UTC offset", "'2025-01-15' has no UTC offset"]),
        case("unparseable published_at", "date-illisible", ["hier soir", "2025-13-45T99:00:00+01:00", "15/01/2025 09:00"],
             ["'hier soir' is not an ISO 8601 date-time", "is not an ISO 8601 date-time", "'15/01/2025 09:00' is not an ISO 8601 date-time"]),
        case("published_at that is not a string", "date-type", [1736928000, ["2025-01-15T09:00:00+01:00"]],
             ["field 'published_at' must be a string, got int", "field 'published_at' must be a string, got list"]),
        case("published_at in the future", "date-future", [FUTURE], ["published_at 2099-06-01T10:00:00+02:00 is in the future"]),
        case("published_at out of range", "date-hors-limites", ["0001-01-01T00:30:00+14:00"], ["'0001-01-01T00:30:00+14:00' is out of range"]),
        case("published_at before the first daily partition", "date-avant-2014", ["1900-01-01T00:00:00+00:00", "2013-12-31T22:59:00Z"],
             ["published_at 1900-01-01T00:00:00+00:00 is before 2014-01-01", "published_at 2013-12-31T22:59:00+00:00 is before 2014-01-01"]),
        _archives(),
    ]


def _archives() -> Case:
    """The first daily partition is the first Paris day of 2014: 23:30 UTC on 31 December 2013 is already in it."""
    crimea, new_year = good("bad-archive-2014-03-01", published_at="2014-03-01T08:00:00+01:00"), good("bad-archive-2014-01-01", published_at="2013-12-31T23:30:00Z")
    return Case(
        "archives from the first days of the war's reporting",
        {"archives-2014.jsonl": jsonl(crimea, new_year)},
        published=(published(crimea, "archives-2014.jsonl", 1), published(new_year, "archives-2014.jsonl", 2)),
    )


def _duplicates() -> list[Case]:
    a = good("bad-dup-id")
    a_again = good("bad-dup-id")
    b = good("bad-dup-text-1")
    b_copy = {**b, "id": "bad-dup-text-2", "published_at": b["published_at"].replace("+01:00", "+00:00")}
    return [
        Case(
            "same id, different text",
            {"doublons-id.jsonl": jsonl(a, a_again)},
            published=(published(a, "doublons-id.jsonl", 1),),
            quarantined=(Q("doublons-id.jsonl", 2, "duplicate id 'bad-dup-id' (first seen in doublons-id.jsonl line 1)"),),
        ),
        Case(
            "same text, different ids",
            {"doublons-texte.jsonl": jsonl(b, b_copy)},
            published=(published(b, "doublons-texte.jsonl", 1), published(b_copy, "doublons-texte.jsonl", 2, duplicate_of="bad-dup-text-1")),
        ),
    ]


def _markup() -> list[Case]:
    page = (
        "<!DOCTYPE html>\n<html><head><title>Page</title><style>p { color: red; }</style>"
        "<script>var bilan = '<p>faux</p>'; document.write(bilan);</script></head>\n"
        "<body><h1>Intemp&eacute;ries</h1>\n<p>La pr&eacute;fecture a recens&eacute;&nbsp;112 foyers priv&eacute;s\n"
        "d&#8217;&eacute;lectricit&eacute; &amp; d&#x27;eau.</p><p>Le bilan sera mis &agrave; jour <b>demain</b>.</p>"
        "<script type=\"text/javascript\">alert('x');</script></body></html>"
    )
    html_record = good("bad-html-1", text=page, title="Intemp&eacute;ries &#8211; bilan")
    entities = good("bad-entities-1", text="L&#8217;&eacute;cole Saint-Exup&eacute;ry accueille de nouveau 87 &eacute;l&egrave;ves &amp; leurs enseignants.")
    lookalike_text = "Les températures resteront < 5 degrés & le vent > 40 km/h, selon <Météo-France> ; AT&T; a&b;c 3<4>2."
    lookalike = good("bad-lookalike-1", text=lookalike_text)
    return [
        Case(
            "HTML with script and style blocks and entities",
            {"html.jsonl": jsonl(html_record)},
            published=(published(
                html_record, "html.jsonl", 1, title="Intempéries – bilan",
                text="Intempéries\nLa préfecture a recensé\u00a0112 foyers privés d’électricité & d'eau.\nLe bilan sera mis à jour demain.",
            ),),
        ),
        Case(
            "HTML entities without tags",
            {"entites.jsonl": jsonl(entities)},
            published=(published(entities, "entites.jsonl", 1, text="L’école Saint-Exupéry accueille de nouveau 87 élèves & leurs enseignants."),),
        ),
        Case(
            "plain text with <, > and & that is not HTML",
            {"pas-html.jsonl": jsonl(lookalike)},
            published=(published(lookalike, "pas-html.jsonl", 1),),
        ),
    ]


# The interception the pipeline run must find in it: 7 drones over Belgorod, 3 over Kursk.
FORMAT_CHARACTERS_TEXT = (
    "Selon le ministère russe de la Défense, 7 drones ukrainiens ont été abattus au-dessus de la région de Bel\u00adgorod "
    "et 3 au-dessus de la région de \u200eKoursk\u200f. La ville de Bel&shy;gorod signale des dégâts."
)
FORMAT_CHARACTERS_CLEAN = (
    "Selon le ministère russe de la Défense, 7 drones ukrainiens ont été abattus au-dessus de la région de Belgorod "
    "et 3 au-dessus de la région de Koursk. La ville de Belgorod signale des dégâts."
)


def _invisible() -> list[Case]:
    base = sentence()
    zero_width = good("bad-zero-width-1", text=base.replace("a", "a\u200b", 2).replace("e", "e\u200c", 1).replace("i", "\u200di\u2060", 1) + "\ufeff")
    other = sentence()
    control = good("bad-control-1", text="Début\u0000 du\u0007 texte\u001b,\ttabulation\u007f gardée\u0085\u009c ; " + other)
    decomposed_text = "Le ministe\u0300re de l'E\u0301ducation a publie\u0301 les re\u0301sultats de 64 e\u0301tablissements."
    decomposed = good("bad-nfd-1", text=decomposed_text, title="Re\u0301sultats")
    hidden_in_names = good("bad-format-characters-1", text=FORMAT_CHARACTERS_TEXT)
    fillers = good("bad-fillers-only-1", text="\u00ad\u3164 \u2800\u115f\u200e")
    return [
        Case(
            "format characters inside and around region names (soft hyphen, direction marks)",
            {"caracteres-de-format.jsonl": jsonl(hidden_in_names)},
            published=(published(hidden_in_names, "caracteres-de-format.jsonl", 1, text=FORMAT_CHARACTERS_CLEAN),),
        ),
        Case(
            "text of fillers and format characters only",
            {"remplissage.jsonl": jsonl(fillers)},
            quarantined=(Q("remplissage.jsonl", 1, "field 'text' holds no letter or digit once markup and invisible characters are removed"),),
        ),
        Case(
            "zero-width characters",
            {"zero-width.jsonl": jsonl(zero_width)},
            published=(published(zero_width, "zero-width.jsonl", 1, text=base),),
        ),
        Case(
            "C0 and C1 control characters",
            {"controle.jsonl": jsonl(control)},
            published=(published(control, "controle.jsonl", 1, text="Début du texte,\ttabulation gardée ; " + other),),
        ),
        Case(
            "decomposed (NFD) text",
            {"nfd.jsonl": jsonl(decomposed)},
            published=(published(decomposed, "nfd.jsonl", 1, text="Le ministère de l'Éducation a publié les résultats de 64 établissements.", title="Résultats"),),
        ),
    ]


INJECTION_JSONL = {
    "id": "'; DROP TABLE articles; --",
    "source": '" OR 1=1 --',
    "title": "Robert'); DELETE FROM main.interceptions;--",
    "url": "https://example.org/recherche?q=1' OR '1'='1;--$1?",
}
INJECTION_CSV = {
    "id": "Robert'); DELETE FROM main.interceptions;--",
    "source": "\\'; SELECT * FROM quarantine; --",
    "title": '"; DROP SCHEMA reports CASCADE; --',
    "url": "https://example.org/?id=$1&page=?",
}


def _injection() -> list[Case]:
    text = sentence() + " Requête citée : SELECT * FROM articles WHERE id = '$1' OR ? = ? -- dossier\\sous-dossier\\fichier \\n \\\\ $$ fin."
    a = good("x", text=text, **INJECTION_JSONL)
    b = good("y", text="'); DROP TABLE main.articles; -- \" OR \"\"=\" ? $2 \\ " + sentence(), **INJECTION_CSV)
    return [
        Case("SQL-injection strings in every field (JSONL)", {"injection.jsonl": jsonl(a)}, published=(published(a, "injection.jsonl", 1),)),
        Case("SQL-injection strings in every field (CSV)", {"injection.csv": csv_file(csv_row(b))}, published=(published(b, "injection.csv", 2),)),
    ]


def _csv_shapes() -> list[Case]:
    a = good("bad-csv-quotes-1", text='Le maire a déclaré : « Nous tiendrons », puis "nous reconstruirons", ajoutant :\n' + sentence())
    b, c, d, e, f, g, h = (good(f"bad-csv-{index}") for index in range(2, 9))
    padded = {"ID ": h["id"], " Published_At": h["published_at"], "TEXT": h["text"]}
    return [
        Case(
            "CSV with embedded newlines, commas and quotes",
            {"guillemets.csv": csv_file(csv_row(a), csv_row(b))},
            published=(published(a, "guillemets.csv", 2), published(b, "guillemets.csv", 4)),
        ),
        Case(
            "CSV row with more fields than the header",
            {"colonnes-en-trop.csv": csv_file(csv_row(c), [*csv_row(good("bad-csv-extra")), "en trop"], csv_row(d))},
            published=(published(c, "colonnes-en-trop.csv", 2), published(d, "colonnes-en-trop.csv", 4)),
            quarantined=(Q("colonnes-en-trop.csv", 3, "more fields than the header"),),
        ),
        Case(
            "CSV header without the required columns",
            {"entete-incomplete.csv": csv_file(["bad-csv-no-date", "Titre", "Texte"], header=("id", "title", "body"))},
            quarantined=(Q("entete-incomplete.csv", 1, "CSV header lacks required column(s): text, published_at"),),
        ),
        Case(
            "CSV header with other case and spaces",
            {"entete-casse.csv": csv_file(list(padded.values()), header=tuple(padded))},
            published=(published(h, "entete-casse.csv", 2, source=None),),
        ),
        Case(
            "CSV field with a stray quote, and an unclosed quote at the end",
            {"guillemet-ouvert.csv": csv_file(csv_row(e)) + b'bad-csv-stray,s,fr,,,2025-01-15T09:00:00+01:00,"ouvert"ferme\r\n'
             + csv_file(csv_row(f)).split(b"\r\n", 1)[1] + b'bad-csv-unclosed,s,fr,,,2025-01-15T09:00:00+01:00,"jamais ferme\r\nsuite\r\n'},
            published=(published(e, "guillemet-ouvert.csv", 2), published(f, "guillemet-ouvert.csv", 4)),
            quarantined=(Q("guillemet-ouvert.csv", 3, "invalid CSV: ',' expected after '\"'"), Q("guillemet-ouvert.csv", 5, "invalid CSV: unexpected end of data")),
        ),
        Case(
            "CSV row shorter than the header",
            {"colonnes-manquantes.csv": csv_file(csv_row(g), ["bad-csv-short", "s", "fr"])},
            published=(published(g, "colonnes-manquantes.csv", 2),),
            quarantined=(Q("colonnes-manquantes.csv", 3, "missing or empty field(s): text, published_at"),),
        ),
    ]


def _arrays() -> list[Case]:
    a, b = good("bad-array-line-1"), good("bad-array-line-2")
    pretty = [good(f"bad-array-pretty-{index}") for index in range(1, 4)]
    pretty_text = json.dumps(pretty, ensure_ascii=False, indent=2)
    starts = [number for number, text in enumerate(pretty_text.splitlines(), start=1) if text == "  {"]
    c, d = good("bad-array-mixed-1"), good("bad-array-mixed-2")
    mixed = "[\n" + ",\n".join(json.dumps(value, ensure_ascii=False) for value in [c, 42, "texte", None, [1, 2], d]) + "\n]\n"
    e, f = good("bad-array-cut-1"), good("bad-array-cut-2")
    truncated = "[\n" + json.dumps(e, ensure_ascii=False) + ",\n" + json.dumps(f, ensure_ascii=False) + ',\n{"id": "bad-array-cut-3", "text": "La dépêche s'
    g = good("bad-array-one-line-1")
    one_line = json.dumps([g, 7, {"id": "bad-array-one-line-2"}], ensure_ascii=False)
    return [
        Case(
            "JSON array on one line",
            {"tableau-ligne.jsonl": json.dumps([a, b], ensure_ascii=False).encode()},
            published=(published(a, "tableau-ligne.jsonl", 1), published(b, "tableau-ligne.jsonl", 1)),
        ),
        Case(
            "pretty-printed JSON array",
            {"tableau-indente.jsonl": pretty_text.encode()},
            published=tuple(published(record, "tableau-indente.jsonl", start) for record, start in zip(pretty, starts)),
        ),
        Case(
            "JSON array with elements that are not objects",
            {"tableau-mixte.jsonl": mixed.encode()},
            published=(published(c, "tableau-mixte.jsonl", 2), published(d, "tableau-mixte.jsonl", 7)),
            quarantined=tuple(
                Q("tableau-mixte.jsonl", number, f"record is not a JSON object (got {name})")
                for number, name in ((3, "int"), (4, "str"), (5, "null"), (6, "list"))
            ),
        ),
        Case(
            "truncated JSON array",
            {"tableau-coupe.jsonl": truncated.encode()},
            published=(published(e, "tableau-coupe.jsonl", 2), published(f, "tableau-coupe.jsonl", 3)),
            quarantined=(Q("tableau-coupe.jsonl", 4, "invalid JSON array: Unterminated string"),),
        ),
        Case(
            "JSON array on one line with several bad elements",
            {"tableau-ligne-mixte.jsonl": one_line.encode()},
            published=(published(g, "tableau-ligne-mixte.jsonl", 1),),
            quarantined=(Q("tableau-ligne-mixte.jsonl", 1, "record is not a JSON object (got int); missing or empty field(s): text, published_at"),),
        ),
    ]


def _json_lines() -> list[Case]:
    a, b = good("bad-truncated-1"), good("bad-truncated-2")
    c, d = good("bad-nested-1"), good("bad-nested-3")
    deep = '{"id": "bad-nested-2", "published_at": "2025-01-15T09:00:00+01:00", "text": "x", "annexe": ' + "[" * 100_000 + "]" * 100_000 + "}"
    nested_text = good("bad-nested-4", text=[[[["texte"]]]])
    e = good("bad-non-object-1")
    huge_number = b'{"id": ' + b"9" * 5000 + b', "published_at": "2025-01-15T09:00:00+01:00", "text": "x"}'
    f = good("bad-huge-number-1")
    return [
        Case(
            "truncated last line",
            {"coupe.jsonl": jsonl(a, b) + b'{"id": "bad-truncated-3", "text": "La d\xc3\xa9p\xc3\xaache s\'interrompt'},
            published=(published(a, "coupe.jsonl", 1), published(b, "coupe.jsonl", 2)),
            quarantined=(Q("coupe.jsonl", 3, "invalid JSON: Unterminated string"),),
        ),
        Case(
            "deeply nested JSON",
            {"imbrique.jsonl": jsonl(c, deep.encode(), nested_text, d)},
            published=(published(c, "imbrique.jsonl", 1), published(d, "imbrique.jsonl", 4)),
            quarantined=(Q("imbrique.jsonl", 2, "JSON nested too deeply"), Q("imbrique.jsonl", 3, "field 'text' must be a string, got list")),
        ),
        Case(
            "JSON lines that are not objects",
            {"pas-objet.jsonl": jsonl(e, 42, "une chaîne", None, [1, 2], True)},
            published=(published(e, "pas-objet.jsonl", 1),),
            quarantined=tuple(
                Q("pas-objet.jsonl", number, f"record is not a JSON object (got {name})")
                for number, name in ((2, "int"), (3, "str"), (4, "null"), (5, "list"), (6, "bool"))
            ),
        ),
        Case(
            "number of more digits than Python converts",
            {"grand-nombre.jsonl": jsonl(f, huge_number)},
            published=(published(f, "grand-nombre.jsonl", 1),),
            quarantined=(Q("grand-nombre.jsonl", 2, "invalid JSON: Exceeds the limit (4300 digits)"),),
        ),
    ]


def _languages() -> list[Case]:
    a = good("bad-lang-1")
    variants = [
        (good("bad-lang-variant-1", lang="FR"), "fr"),
        (good("bad-lang-variant-2", lang=" fr-FR "), "fr"),
        (good("bad-lang-variant-3", lang="fr_FR"), "fr"),
        (good("bad-lang-variant-4", lang="EN-gb", text="The regional council reopened 93 schools after the repairs, officials said."), "en"),
        ({key: value for key, value in good("bad-lang-variant-5").items() if key != "lang"}, "fr"),
        (good("bad-lang-variant-6", lang=None), "fr"),
        (good("bad-lang-variant-7", lang=""), "fr"),
    ]
    return [
        Case(
            "unsupported language",
            {"langue-inconnue.jsonl": jsonl(a, good("bad-lang-2", lang="xx"), good("bad-lang-3", lang="klingon"), good("bad-lang-4", lang="de-DE"))},
            published=(published(a, "langue-inconnue.jsonl", 1),),
            quarantined=(
                Q("langue-inconnue.jsonl", 2, "unsupported language 'xx' (supported: en, fr)"),
                Q("langue-inconnue.jsonl", 3, "unsupported language 'klingon' (supported: en, fr)"),
                Q("langue-inconnue.jsonl", 4, "unsupported language 'de-DE' (supported: en, fr)"),
            ),
        ),
        Case(
            "language codes in other spellings, or missing",
            {"langues.jsonl": jsonl(*(record for record, _ in variants))},
            published=tuple(published(record, "langues.jsonl", number, lang=lang) for number, (record, lang) in enumerate(variants, start=1)),
        ),
    ]


def _names() -> list[Case]:
    a, b, c = good("bad-name-dots"), good("bad-name-accents"), good("bad-name-latin1")
    return [
        Case("file name starting with '..' and holding spaces", {"..lot 1.jsonl": jsonl(a)}, published=(published(a, "..lot 1.jsonl", 1),)),
        Case(
            "non-ASCII file name",
            {"dépêches du 2 décembre.jsonl": jsonl(b)},
            published=(published(b, "dépêches du 2 décembre.jsonl", 1),),
        ),
        Case(
            "file name that is not valid UTF-8",
            {b"d\xe9p\xeaches latin-1.jsonl": jsonl(c)},
            published=(published(c, "d\\xe9p\\xeaches latin-1.jsonl", 1),),
        ),
    ]


def _folder_entries() -> list[Case]:
    secret = jsonl(good("bad-outside-must-not-be-read"))
    a, b, c = good("bad-link-inside-1"), good("bad-link-original-1"), good("bad-subfolder-must-not-be-read")
    not_read = "symlink to a file outside the landing folder: not read"
    return [
        Case(
            "symlinks leading outside the landing folder",
            links={"fuite.jsonl": "../outside/secret.jsonl", "detour.jsonl": "sous-dossier-detour/../../outside/secret.jsonl", "systeme.csv": "/etc/passwd"},
            outside={"secret.jsonl": secret},
            folders=("sous-dossier-detour",),
            quarantined=(Q("fuite.jsonl", 0, not_read), Q("detour.jsonl", 0, not_read), Q("systeme.csv", 0, not_read)),
        ),
        Case(
            "symlink to a file of a subfolder",
            {"sous-dossier-lien/cible.jsonl": jsonl(a)},
            links={"lien-interne.jsonl": "sous-dossier-lien/cible.jsonl"},
            published=(published(a, "lien-interne.jsonl", 1),),
        ),
        Case(
            "symlink to a batch file of the folder",
            {"original.jsonl": jsonl(b)},
            links={"zz-lien-vers-original.jsonl": "original.jsonl"},
            published=(published(b, "original.jsonl", 1),),
        ),
        Case("broken symlink", links={"casse.jsonl": "n-existe-pas.jsonl"}, quarantined=(Q("casse.jsonl", 0, "symlink to a missing file: not read"),)),
        Case(
            "symlink loop",
            links={"boucle-a.jsonl": "boucle-b.jsonl", "boucle-b.jsonl": "boucle-a.jsonl"},
            quarantined=(Q("boucle-a.jsonl", 0, "symlink loop: not read"), Q("boucle-b.jsonl", 0, "symlink loop: not read")),
        ),
        Case("subfolders, one of them named like a batch file", {"archives/ancien.jsonl": jsonl(c)}, folders=("dossier.jsonl",)),
        Case("named pipe (FIFO) named like a batch file", fifos=("tube.jsonl",)),
    ]


CASES: list[Case] = [
    *_empty(), *_empty_text(), *_sizes(), *_binary(), *_encodings(), *_line_endings(), *_fields(), *_dates(), *_duplicates(),
    *_markup(), *_invisible(), *_injection(), *_csv_shapes(), *_arrays(), *_json_lines(), *_languages(), *_names(),
    *_folder_entries(), *file_kinds(),
]
INJECTION_FIELDS = (INJECTION_JSONL, INJECTION_CSV)
