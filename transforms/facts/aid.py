"""Aid packages from aid mentions of one article: donor, amount and currency, USD/EUR equivalents."""

from __future__ import annotations

from transforms import reference
from transforms.records import publication_day
from transforms.extract.mentions import Mention
from transforms.facts.common import ArticleContext, evidence, resolved_actor_ids, stable_id
from transforms.normalise.dates import resolve_event_date
from transforms.normalise.money import convert, parse_money

RECIPIENT = "UA"
DONOR_KINDS = {"government", "ministry", "organisation", "person", "military"}
DEFAULT_MEASURE = "announced"


def _donor(mention: Mention, context: ArticleContext) -> tuple[str | None, str | None]:
    """(donor code, actor id): a country code for national bodies, the organisation's code otherwise."""
    actors = reference.actors()
    for actor_id in resolved_actor_ids(mention, publication_day(context.published_at)):
        actor = actors[actor_id]
        code = actor.country_code or actor.actor_id
        if actor.kind in DONOR_KINDS and code != RECIPIENT:
            return code, actor_id
    countries = [code for code in mention.payload.get("country_ids", []) if code != RECIPIENT]
    if countries:
        return countries[0], None
    # An official statement that names no giver speaks for its own country ("nous avons créé un fonds …").
    for actor_id in mention.payload.get("speaker_ids", []):
        actor = actors.get(actor_id)
        if actor is not None and actor.country_code and actor.country_code != RECIPIENT:
            return actor.country_code, actor_id
    return None, None


def _kind(kinds: list[str]) -> str:
    return kinds[0] if len(kinds) == 1 else "mixed"


def build_aid_facts(mentions: list[Mention], context: ArticleContext, partition_date) -> list[dict]:
    rows: dict[tuple, dict] = {}
    for mention in mentions:
        payload = mention.payload
        money = parse_money(payload["amount_text"], context.lang)
        donor, donor_actor_id = _donor(mention, context)
        if money is None or donor is None:
            continue
        announced, precision = resolve_event_date(payload.get("date_texts", []), context.published_at)
        # The same package in two articles gets the same id: same donor, amount, currency and date.
        key = (donor, RECIPIENT, money.amount, money.currency, announced)
        if key in rows:
            continue
        rows[key] = {
            "aid_id": stable_id("aid", *key),
            "partition_date": partition_date,
            "donor": donor,
            "donor_actor_id": donor_actor_id,
            "recipient": RECIPIENT,
            "kind": _kind(payload["kinds"]),
            "amount": money.amount,
            "amount_is_lower_bound": payload.get("lower_bound", False),
            "currency": money.currency,
            "amount_usd": convert(money.amount, money.currency, "USD", announced),
            "amount_eur": convert(money.amount, money.currency, "EUR", announced),
            "rate_date": announced,
            "measure": (payload["measures"] or [DEFAULT_MEASURE])[0],
            "delivery_mode": (payload["delivery_modes"] or [None])[0],
            "items": payload["items"],
            "announced_date": announced,
            "date_precision": precision,
            **evidence(mention),
        }
    return list(rows.values())
