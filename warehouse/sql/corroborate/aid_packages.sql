-- The report chosen for each aid package: the earliest published.
SELECT DISTINCT ON (p.aid_id) p.aid_id AS group_key, p.article_id
FROM reports.aid_packages AS p
LEFT JOIN main.articles AS a USING (article_id)
WHERE p.aid_id IN (SELECT group_key FROM affected)
ORDER BY p.aid_id, a.published_at, p.article_id
