-- The report chosen for each claim: the one that places most of it in regions, then the earliest published.
SELECT DISTINCT ON (c.claim_id) c.claim_id AS group_key, c.article_id
FROM reports.interception_claims AS c
LEFT JOIN main.articles AS a USING (article_id)
WHERE c.claim_id IN (SELECT group_key FROM affected)
ORDER BY
    c.claim_id,
    (SELECT count(*) FROM reports.interceptions AS i
     WHERE i.claim_id = c.claim_id AND i.article_id = c.article_id AND len(i.region_codes) > 0) DESC,
    a.published_at,
    c.article_id
