SELECT
    p.meeting_id,
    p.actor_id,
    p.article_id,
    p.country,
    p.actor_id IN (SELECT actor_id FROM main.actors) AS actor_known,
    (p.meeting_id, p.article_id) IN (
        SELECT (meeting_id, article_id) FROM staging.diplomatic_meetings WHERE partition_date = $partition_date
    ) AS meeting_known
FROM staging.meeting_participants AS p
WHERE p.partition_date = $partition_date
