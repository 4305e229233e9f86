-- The report chosen for each meeting: one that says it was held rather than planned, then the earliest published.
SELECT DISTINCT ON (m.meeting_id) m.meeting_id AS group_key, m.article_id
FROM reports.diplomatic_meetings AS m
LEFT JOIN main.articles AS a USING (article_id)
WHERE m.meeting_id IN (SELECT group_key FROM affected)
ORDER BY m.meeting_id, m.status = 'held' DESC, a.published_at, m.article_id
