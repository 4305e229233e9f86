SELECT
    i.interception_id,
    i.claim_id,
    i.weapon,
    i.count,
    array_to_string(i.region_codes, ',') AS region_codes,
    i.is_remainder,
    i.event_date,
    i.article_id,
    CAST(a.published_at AT TIME ZONE 'Europe/Paris' AS DATE) AS publication_date,
    (SELECT count(*) FROM unnest(i.region_codes) AS u(code)
     WHERE code NOT IN (SELECT region_code FROM main.regions)) AS unknown_region_codes,
    (i.claim_id, i.article_id) IN (
        SELECT (claim_id, article_id) FROM staging.interception_claims WHERE partition_date = $partition_date
    ) AS claim_known
FROM staging.interceptions AS i
LEFT JOIN staging.articles AS a ON a.article_id = i.article_id AND a.partition_date = $partition_date
WHERE i.partition_date = $partition_date
