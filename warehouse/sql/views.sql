-- Views for analysts; recreated after every publish so they follow the published tables.

-- Every article's evidence for every fact: the sentence and the character span in the article's text.
CREATE OR REPLACE VIEW main.evidence AS
SELECT 'interception_claims' AS fact_table, claim_id AS fact_id, article_id, partition_date, sentence, char_start, char_end
FROM reports.interception_claims
UNION ALL
SELECT 'interceptions', interception_id, article_id, partition_date, sentence, char_start, char_end
FROM reports.interceptions
WHERE interception_id IN (SELECT interception_id FROM main.interceptions)
UNION ALL
SELECT 'aid_packages', aid_id, article_id, partition_date, sentence, char_start, char_end
FROM reports.aid_packages
UNION ALL
SELECT 'diplomatic_meetings', meeting_id, article_id, partition_date, sentence, char_start, char_end
FROM reports.diplomatic_meetings;

-- Interceptions per day and region set. A "le reste …" row keeps all its regions in one set
-- (e.g. RU-AST+RU-ROS) and is flagged: its count is never split between them.
CREATE OR REPLACE VIEW main.interceptions_by_region_day AS
SELECT
    event_date,
    nullif(array_to_string(list_sort(region_codes), '+'), '') AS regions,
    is_remainder,
    weapon,
    sum(count) AS intercepted,
    count(DISTINCT claim_id) AS claims,
    max(n_sources) AS max_sources
FROM main.interceptions
GROUP BY ALL
ORDER BY event_date, regions, weapon;

-- Claims per claimant and weapon: how many, how much was said to be shot down and launched.
CREATE OR REPLACE VIEW main.interceptions_by_claimant_weapon AS
SELECT
    coalesce(claimed_by, 'unknown') AS claimed_by,
    claimant_country,
    weapon,
    count(*) AS claims,
    sum(total) AS intercepted,
    sum(launched) AS launched,
    min(event_date) AS first_date,
    max(event_date) AS last_date
FROM main.interception_claims
GROUP BY ALL
ORDER BY claims DESC, claimed_by, weapon;

-- Aid per donor and month of announcement, in USD and EUR at the ECB rate of the announcement date.
CREATE OR REPLACE VIEW main.aid_by_donor_month AS
SELECT
    CAST(date_trunc('month', announced_date) AS DATE) AS month,
    donor,
    count(*) AS packages,
    sum(amount_usd) AS total_usd,
    sum(amount_eur) AS total_eur
FROM main.aid_packages
GROUP BY ALL
ORDER BY month, donor;

-- One row per participant and meeting, with its place.
CREATE OR REPLACE VIEW main.meetings_by_actor AS
SELECT
    p.name AS actor,
    p.country AS actor_country,
    m.meeting_date,
    m.format,
    m.status,
    coalesce(m.venue, m.city) AS place,
    m.country,
    m.n_sources
FROM main.meeting_participants AS p
JOIN main.diplomatic_meetings AS m USING (meeting_id)
ORDER BY actor, m.meeting_date;

-- Meetings per actor and place.
CREATE OR REPLACE VIEW main.meetings_by_actor_place AS
SELECT
    actor,
    coalesce(place, 'unknown') AS place,
    country,
    count(*) AS meetings,
    count(*) FILTER (WHERE status = 'held') AS held,
    count(*) FILTER (WHERE status = 'planned') AS planned,
    min(meeting_date) AS first_date,
    max(meeting_date) AS last_date
FROM main.meetings_by_actor
GROUP BY ALL
ORDER BY meetings DESC, actor, place;
