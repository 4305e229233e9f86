SELECT
    s.article_id,
    s.lang,
    s.published_at,
    s.text,
    CAST(s.published_at AT TIME ZONE 'Europe/Paris' AS DATE) = s.partition_date AS in_partition
FROM staging.articles AS s
WHERE s.partition_date = $partition_date
