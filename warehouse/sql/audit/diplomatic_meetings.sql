WITH counted AS (
    SELECT
        m.*,
        (SELECT count(*) FROM staging.meeting_participants AS p
         WHERE p.meeting_id = m.meeting_id AND p.article_id = m.article_id AND p.partition_date = m.partition_date) AS n_participants
    FROM staging.diplomatic_meetings AS m
    WHERE m.partition_date = $partition_date
)
SELECT
    m.meeting_id,
    m.format,
    m.status,
    m.city,
    m.country,
    m.meeting_date,
    m.article_id,
    -- A planned meeting may lie after publication; a held one may not.
    CASE WHEN m.status = 'planned' THEN NULL
         ELSE CAST(a.published_at AT TIME ZONE 'Europe/Paris' AS DATE) END AS publication_date,
    m.n_participants,
    -- A multilateral conference or summit has at least three parties, named or not.
    CASE WHEN m.format = 'multilateral' THEN greatest(m.n_participants, 3) ELSE m.n_participants END AS n_parties
FROM counted AS m
LEFT JOIN staging.articles AS a ON a.article_id = m.article_id AND a.partition_date = $partition_date
