"""Article text as the extractors read it: "\\n" line endings, no markup, no invisible characters, NFC.

Plain text keeps every other character as written (quotes, backslashes, SQL-looking strings): only HTML, which
is recognised by its tags or entities, is turned into text.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import cache
from html.parser import HTMLParser

from transforms import reference

LINE_BREAK = re.compile(r"\r\n?|[\u2028\u2029]")
CYRILLIC = re.compile("[\u0400-\u04ff]")
LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
# A word with a Cyrillic letter: the candidates for folding.
MIXED_WORD = re.compile("\\w*[\u0400-\u04ff]\\w*")
# C0 and C1 control characters except tab and line feed, and Unicode's default-ignorable code points
# (DerivedCoreProperties.txt, Default_Ignorable_Code_Point): characters no renderer shows, such as the soft
# hyphen, zero-width spaces and joiners, direction marks, variation selectors and fillers. Inside a word they
# hide it from the gazetteers ("Bel\u00adgorod"); U+FEFF is also a byte order mark.
INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)
# Only names of real HTML elements count as tags, so that "a <b> c" style prose is not mistaken for markup.
HTML_TAG = re.compile(
    r"<!--|<!doctype\b|</?(?:a|abbr|article|aside|b|blockquote|body|br|center|cite|code|div|em|figcaption|figure|"
    r"font|footer|h[1-6]|head|header|hr|html|i|iframe|img|li|link|main|meta|nav|noscript|ol|p|pre|q|script|section|"
    r"small|span|strong|style|sub|sup|table|tbody|td|template|th|thead|time|title|tr|u|ul)\b[^>]*>",
    re.IGNORECASE,
)
HTML_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Entities a scraper stripped of their "&" ("le ministegrave;re de la Deacute;fense", "d#39;attaque", "quot;"): the
# accented letters, quotes and spaces of French copy. A text is repaired only when it holds several, since one
# such word alone could be something else.
STRIPPED_ENTITY = re.compile(
    r"(?<!&)(?:[A-Za-z](?:acute|grave|circ|uml|cedil|tilde|lig);|#[0-9]{2,4};|(?:nbsp|quot|amp|laquo|raquo|rsquo|lsquo|hellip);)"
)
STRIPPED_ENTITIES_NEEDED = 3
# Not shown in a page: code, styles, and the document title (the record has its own).
HIDDEN_ELEMENTS = {"script", "style", "noscript", "template", "title"}
# Elements that end a line of text: line breaks end sentences for the extractors.
BLOCK_ELEMENTS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
    "td", "th", "tr", "ul",
}
# HTML source whitespace (not the non-breaking space an "&nbsp;" stands for) is one space when rendered.
SOURCE_WHITESPACE = re.compile(r"[ \t\n\r\f\v]+")
LINE_BREAK_RUN = re.compile(r" *\n[ \n]*")


class _HtmlText(HTMLParser):
    """The visible text of an HTML document or fragment; entities are decoded by the parser."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.hidden_depth = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in HIDDEN_ELEMENTS:
            self.hidden_depth += 1
        elif tag in BLOCK_ELEMENTS:
            self.pieces.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN_ELEMENTS:
            self.hidden_depth = max(0, self.hidden_depth - 1)
        elif tag in BLOCK_ELEMENTS:
            self.pieces.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden_depth:
            self.pieces.append(SOURCE_WHITESPACE.sub(" ", data))


def html_to_text(markup: str) -> str:
    parser = _HtmlText()
    try:
        parser.feed(markup)
        parser.close()
        text = "".join(parser.pieces)
    except AssertionError:
        # html.parser still asserts on some malformed declarations ("<![bogus["): drop the tags crudely instead.
        text = html.unescape(re.sub(r"<[^>]*>", "\n", SOURCE_WHITESPACE.sub(" ", markup)))
    return LINE_BREAK_RUN.sub("\n", text).strip(" \n")


def looks_like_html(text: str) -> bool:
    return HTML_TAG.search(text) is not None


def clean_text(text: str) -> str:
    """Line endings to "\\n"; HTML (tags or entities, also entities stripped of their "&") to its visible text;
    control and zero-width characters removed; NFC."""
    if len(STRIPPED_ENTITY.findall(text)) >= STRIPPED_ENTITIES_NEEDED:
        text = STRIPPED_ENTITY.sub(lambda entity: html.unescape("&" + entity.group()), text)
    text = LINE_BREAK.sub("\n", text)
    if looks_like_html(text):
        text = html_to_text(text)
    elif "&" in text:
        text = HTML_ENTITY.sub(lambda entity: html.unescape(entity.group()), text)
    return fold_lookalikes(unicodedata.normalize("NFC", INVISIBLE.sub("", text)))


def fold_lookalikes(text: str) -> str:
    """Cyrillic letters inside a word otherwise written in Latin letters ("Mykolaїv") become the Latin letters
    they look like (rules/latin_lookalikes.csv), so that the gazetteers know the word; Cyrillic words stay."""
    if not CYRILLIC.search(text):
        return text
    table = _lookalike_table()
    return MIXED_WORD.sub(lambda word: word.group().translate(table) if LATIN.search(word.group()) else word.group(), text)


@cache
def _lookalike_table() -> dict[int, str]:
    return {ord(row["cyrillic"]): row["latin"] for row in reference.read_csv(reference.RULES_DIR / "latin_lookalikes.csv")}


def clean_field(value: str) -> str:
    """A one-line field (id, source, url): no markup handling, line breaks and tabs become spaces, invisible
    characters go, NFC, trimmed."""
    value = re.sub(r"[\t\n\r\u2028\u2029]", " ", value)
    return unicodedata.normalize("NFC", INVISIBLE.sub("", value)).strip()
