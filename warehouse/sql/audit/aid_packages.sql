SELECT
    p.aid_id,
    p.donor,
    p.recipient,
    p.kind,
    p.amount,
    p.currency,
    p.amount_usd,
    p.amount_eur,
    p.measure,
    p.announced_date,
    p.article_id,
    CAST(a.published_at AT TIME ZONE 'Europe/Paris' AS DATE) AS publication_date
FROM staging.aid_packages AS p
LEFT JOIN staging.articles AS a ON a.article_id = p.article_id AND a.partition_date = $partition_date
WHERE p.partition_date = $partition_date
