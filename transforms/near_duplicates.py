"""Near-duplicate articles at ingestion: wire copy reprinted by several outlets under different ids.

A reprint may be lightly edited (headline or first words, typo fixes, a trailing "(avec AFP)", whitespace,
case, punctuation, quotes, accents); it is linked to one canonical article so it does not count as an
independent source. Reports built on the same template but giving other facts (another count, region,
day) are different reports and stay unlinked.

Steps: tokens (Polars) -> 64-bit word-shingle hashes -> MinHash signatures (numpy) -> LSH bands give
candidate pairs -> each pair is confirmed by the exact Jaccard of its shingle sets and by the key-token
guard -> groups are the connected components of confirmed pairs -> one canonical per group.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
import polars as pl

from transforms import reference

SHINGLE_SIZE = 3  # word 3-grams: word order matters, yet one edited word only costs 3 shingles
SIMILARITY_THRESHOLD = 0.7  # edited copies measure >= 0.78, reports sharing template sentences <= 0.49
SIGNATURE_SIZE = 64  # MinHash permutations: Jaccard estimated within about +-0.06
BANDS = 16  # 16 bands of 4 rows: a candidate with probability 0.988 at Jaccard 0.7, 0.998 at 0.75
SKETCH_BATCH = 1_000  # texts hashed at a time: ~400k shingles, small enough to stay in the CPU cache
HASH_SEED = 20250316  # fixed seeds (never the salted hash()): the same signatures in every process

TOKEN_PATTERN = r"\d+(?:[.,]\d+)*|[^\W\d_]+"  # numbers (with their decimal part) or runs of letters
LIGATURES = {"œ": "oe", "æ": "ae"}  # not split by NFKD, but copies without accents write them out
@dataclass(frozen=True)
class DuplicateLink:
    article_id: str
    duplicate_of: str  # the canonical article: the earliest published of its group (ties: smallest id)
    similarity: float  # Jaccard similarity of the shingle sets with the canonical article, rounded to 3 decimals


def normalised_tokens(texts: pl.Series) -> pl.Series:
    """Words and numbers of each text, lower-cased and without accents; punctuation, quotes and whitespace
    only separate tokens. NFKD does NFKC's compatibility folding (ligatures, non-breaking spaces, superscripts)
    and also splits accents off, in one pass."""
    return (
        texts.fill_null("")
        .str.normalize("NFKD")
        .str.to_lowercase()
        .str.replace_all(r"\p{M}", "")
        .str.replace_many(LIGATURES)
        .str.extract_all(TOKEN_PATTERN)
    )


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads every input bit over the whole 64-bit word (x itself is left alone)."""
    x = x ^ (x >> np.uint64(30))
    x *= np.uint64(0xBF58476D1CE4E5B9)
    x ^= x >> np.uint64(27)
    x *= np.uint64(0x94D049BB133111EB)
    x ^= x >> np.uint64(31)
    return x


def _shingles(tokens: pl.Series) -> tuple[np.ndarray, np.ndarray]:
    """64-bit hashes of the word shingles of every text, grouped by text, and where each text's group starts.

    Every text is followed by SHINGLE_SIZE - 1 blank words (hash 0), so a text shorter than SHINGLE_SIZE is
    one shingle of all its words and only matches an equal text. Every text must have a token.
    """
    lengths = tokens.list.len().cast(pl.Int64).to_numpy()
    ends = np.cumsum(lengths)
    padding = SHINGLE_SIZE - 1
    words = np.insert(tokens.explode().hash(seed=HASH_SEED).to_numpy(), np.repeat(ends, padding), np.uint64(0))
    shingles = words[: len(words) - padding]
    for offset in range(1, SHINGLE_SIZE):
        # Mixing what came before each next word makes the hash depend on word order.
        shingles = _mix(shingles)
        shingles ^= words[offset : len(words) - padding + offset]
    counts = np.maximum(lengths - padding, 1)
    offsets = np.cumsum(counts) - counts
    padded_starts = ends - lengths + padding * np.arange(len(lengths))
    first = np.arange(counts.sum()) + np.repeat(padded_starts - offsets, counts)  # the shingles that start in a text
    return _mix(shingles[first]), offsets


def _signatures(shingles: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """MinHash signatures, one row per text: the minimum of each of SIGNATURE_SIZE permutations x -> a*x + b
    (mod 2**32) of the shingles' top 32 bits; 32 bits are enough to estimate and twice as fast as 64."""
    rng = np.random.default_rng(HASH_SEED)
    multipliers = rng.integers(0, 2**32, SIGNATURE_SIZE, dtype=np.uint32) | np.uint32(1)  # odd: a bijection
    increments = rng.integers(0, 2**32, SIGNATURE_SIZE, dtype=np.uint32)
    values = (shingles >> np.uint64(32)).astype(np.uint32)
    signatures = np.empty((len(offsets), SIGNATURE_SIZE), dtype=np.uint32)
    permuted = np.empty_like(values)
    for k in range(SIGNATURE_SIZE):
        np.multiply(values, multipliers[k], out=permuted)
        np.add(permuted, increments[k], out=permuted)
        signatures[:, k] = np.minimum.reduceat(permuted, offsets)
    return signatures


def _sketches(tokens: pl.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Shingle hashes of every text (grouped by text), where each text's group starts, and MinHash signatures.

    Computed SKETCH_BATCH texts at a time: a batch's arrays stay in the CPU cache through the permutations,
    which makes it about three times faster than all texts at once.
    """
    shingles, offsets, signatures = [], [], []
    start = 0
    for first in range(0, len(tokens), SKETCH_BATCH):
        batch_shingles, batch_offsets = _shingles(tokens.slice(first, SKETCH_BATCH))
        signatures.append(_signatures(batch_shingles, batch_offsets))
        shingles.append(batch_shingles)
        offsets.append(batch_offsets + start)
        start += len(batch_shingles)
    return np.concatenate(shingles), np.concatenate(offsets), np.concatenate(signatures)


def _candidate_pairs(signatures: np.ndarray, new_count: int) -> np.ndarray:
    """Pairs (i, j), i < j, that agree on a whole band of their signatures, with at least one new text (i)."""
    rows = SIGNATURE_SIZE // BANDS
    codes = []
    for band in range(BANDS):
        key = np.zeros(len(signatures), dtype=np.uint64)
        for column in range(band * rows, (band + 1) * rows):
            key = _mix(key ^ signatures[:, column].astype(np.uint64))
        order = np.argsort(key, kind="stable")
        sorted_key = key[order]
        starts = np.flatnonzero(np.concatenate(([True], sorted_key[1:] != sorted_key[:-1])))
        sizes = np.diff(starts, append=len(key))
        for start, size in zip(starts[sizes > 1].tolist(), sizes[sizes > 1].tolist()):
            bucket = order[start : start + size]
            if bucket.min() < new_count:
                i, j = np.meshgrid(bucket, bucket, indexing="ij")
                keep = (i < j) & (i < new_count)
                codes.append(i[keep].astype(np.int64) * len(signatures) + j[keep])
    if not codes:
        return np.empty((0, 2), dtype=np.int64)
    unique = np.unique(np.concatenate(codes))
    return np.column_stack(np.divmod(unique, len(signatures)))


@cache
def _known_names() -> tuple[dict[tuple[str, ...], str], int]:
    """Normalised alias -> id for the regions, cities, venues and people of the gazetteers, and the most
    words an alias has."""
    aliases = [(alias, row["region_code"]) for row in reference.regions() for alias in _aliases(row)]
    aliases += [(alias, f"city:{row['city_en']}") for row in reference.cities() for alias in _aliases(row)]
    aliases += reference.place_aliases() + reference.actor_aliases()
    tokens = normalised_tokens(pl.Series([alias for alias, _ in aliases])).to_list()
    names = {tuple(words): name for words, (_, name) in zip(tokens, aliases) if words}
    return names, max(map(len, names))


def _aliases(row: dict[str, str]) -> list[str]:
    return reference.split_aliases(row["aliases"])


def key_tokens(tokens: list[str]) -> tuple[str, ...]:
    """The facts a text states beyond its wording, in text order: its numbers, calendar words and known names
    (longest alias first, by gazetteer id, so "Kharkov" and "Kharkiv" are the same name)."""
    names, longest = _known_names()
    keys = []
    position = 0
    while position < len(tokens):
        size = next((n for n in range(longest, 0, -1) if tuple(tokens[position : position + n]) in names), 0)
        if size:
            keys.append(names[tuple(tokens[position : position + size])])
        elif tokens[position][0].isdigit() or tokens[position] in reference.calendar_words():
            keys.append(tokens[position])
        position += max(size, 1)
    return tuple(keys)


def same_facts(keys: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """The key-token guard: keys may be added or dropped, never replaced, i.e. one text's key tokens are a
    subsequence of the other's.

    A changed count, region or day replaces a key, so template reports never link however similar their
    wording (wording alone cannot tell them apart: "Briansk" for "Koursk" costs as many shingles as a typo).
    An added or dropped sentence (a headline, "(avec AFP)", a closing figure) only adds keys to one side.
    """
    shorter, longer = sorted((keys, other), key=len)
    remaining = iter(longer)
    return all(key in remaining for key in shorter)  # `in` consumes the iterator up to the match


def jaccard(shingles: np.ndarray, other: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted arrays of distinct shingle hashes."""
    shared = len(np.intersect1d(shingles, other, assume_unique=True))
    return shared / (len(shingles) + len(other) - shared)


def _components(size: int, pairs: list[tuple[int, int]]) -> list[list[int]]:
    """Connected components (union-find) of the confirmed pairs, each sorted; singletons are left out."""
    parent = list(range(size))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]  # path halving keeps the trees flat
            node = parent[node]
        return node

    for i, j in pairs:
        low, high = sorted((root(i), root(j)))
        parent[high] = low
    groups: dict[int, list[int]] = {}
    for node in sorted({node for pair in pairs for node in pair}):
        groups.setdefault(root(node), []).append(node)
    return list(groups.values())


def _articles(new: pl.DataFrame, earlier: pl.DataFrame | None) -> tuple[pl.DataFrame, int]:
    """new then earlier, each in (published_at, article_id) order so that row order never matters, with the
    tokens of each text; texts without a single word are dropped (they duplicate nothing). Returns the frame
    and how many of its rows come from new."""
    parts = [new.with_columns(duplicate_of=pl.lit(None, dtype=pl.String))]
    if earlier is not None and not earlier.is_empty():
        parts.append(earlier)
    frames = [
        part.select(
            pl.col("article_id").cast(pl.String),
            pl.col("published_at").dt.convert_time_zone("UTC").cast(pl.Datetime("us", "UTC")),
            pl.col("duplicate_of").cast(pl.String),
            tokens=normalised_tokens(part["text"]),
        )
        .filter(pl.col("tokens").list.len() > 0)
        .sort("published_at", "article_id")
        for part in parts
    ]
    return pl.concat(frames), frames[0].height


def link_near_duplicates(new: pl.DataFrame, earlier: pl.DataFrame | None = None) -> dict[str, DuplicateLink]:
    """Link every article of new that is a near-duplicate of another article (of new or earlier) to the
    canonical article of its group; originals are absent from the result.

    new / earlier: columns article_id (str), published_at (datetime, tz-aware), text (str), and for earlier
    also duplicate_of (str or null: its own canonical article). Two articles are duplicates when the Jaccard
    similarity of their word-shingle sets is at least SIMILARITY_THRESHOLD and they pass the key-token guard
    (same_facts: numbers, calendar words and known names may be added or dropped, never replaced); groups
    are the connected components of such pairs, so a copy can link through a bridge. The canonical is the
    group's earliest (published_at, article_id), except that a group holding an earlier article keeps that
    article's canonical (its duplicate_of, else itself; the earliest such article decides): a new article
    never becomes the canonical of an earlier one. Pairs of two earlier articles are not
    compared again. The similarity is measured against the canonical, or against the earliest earlier article
    of the group when the canonical's text is not in earlier; through a bridge it may be below the threshold.
    """
    if new.is_empty():
        return {}
    articles, new_count = _articles(new, earlier)
    if new_count == 0:
        return {}
    shingles, offsets, signatures = _sketches(articles["tokens"])
    ends = np.append(offsets[1:], len(shingles))

    @cache
    def shingle_set(row: int) -> np.ndarray:
        return np.unique(shingles[offsets[row] : ends[row]])

    @cache
    def keys(row: int) -> tuple[str, ...]:
        return key_tokens(articles["tokens"][row].to_list())

    confirmed = [
        (i, j)
        for i, j in _candidate_pairs(signatures, new_count).tolist()
        if jaccard(shingle_set(i), shingle_set(j)) >= SIMILARITY_THRESHOLD and same_facts(keys(i), keys(j))
    ]
    ids = articles["article_id"].to_list()
    row_of = {article_id: row for row, article_id in enumerate(ids)}
    duplicate_of = articles["duplicate_of"].to_list()
    links = {}
    for group in _components(len(ids), confirmed):
        # Rows are new then earlier, each in publication order: the first earlier row is the earliest one.
        anchor = next((row for row in group if row >= new_count), group[0])
        canonical = duplicate_of[anchor] or ids[anchor]
        anchor = row_of.get(canonical, anchor)
        for row in group:
            if row < new_count and row != anchor:
                similarity = round(jaccard(shingle_set(row), shingle_set(anchor)), 3)
                links[ids[row]] = DuplicateLink(ids[row], canonical, similarity)
    return links
