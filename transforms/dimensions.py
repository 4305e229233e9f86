"""Reference dimensions (regions, actors) as Polars frames from the gazetteers."""

import polars as pl

from transforms import reference
from transforms.facts.schemas import ACTORS, REGIONS, frame


def regions_frame() -> pl.DataFrame:
    rows = [
        {
            "region_code": row["region_code"],
            "country_code": row["country_code"] or None,
            "name_en": row["name_en"],
            "kind": row["kind"],
            "aliases": reference.split_aliases(row["aliases"]),
        }
        for row in reference.regions()
    ]
    return frame(rows, REGIONS)


def actors_frame() -> pl.DataFrame:
    aliases: dict[str, list[str]] = {}
    for alias, actor_id in reference.actor_aliases():
        aliases.setdefault(actor_id, []).append(alias)
    rows = [
        {
            "actor_id": actor.actor_id,
            "name": actor.name,
            "kind": actor.kind,
            "country_code": actor.country_code,
            "role": actor.role,
            "aliases": aliases.get(actor.actor_id, []),
        }
        for actor in reference.actors().values()
    ]
    return frame(rows, ACTORS)
