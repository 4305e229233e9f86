SELECT
    c.claim_id,
    c.claimant_id,
    c.weapon,
    c.total,
    c.launched,
    c.event_date,
    c.article_id,
    CAST(a.published_at AT TIME ZONE 'Europe/Paris' AS DATE) AS publication_date,
    (SELECT sum(i.count) FROM staging.interceptions AS i
     WHERE i.claim_id = c.claim_id AND i.article_id = c.article_id AND i.partition_date = c.partition_date) AS regional_sum
FROM staging.interception_claims AS c
LEFT JOIN staging.articles AS a ON a.article_id = c.article_id AND a.partition_date = $partition_date
WHERE c.partition_date = $partition_date
