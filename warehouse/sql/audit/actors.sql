SELECT actor_id, name, kind, country_code, len(aliases) AS n_aliases FROM staging.actors
