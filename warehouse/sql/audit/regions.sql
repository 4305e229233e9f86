SELECT region_code, country_code, name_en, kind, len(aliases) AS n_aliases FROM staging.regions
