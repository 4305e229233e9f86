-- Views for analysts; recreated after every publish so they follow the published tables.
CREATE OR REPLACE VIEW main.interceptions_by_region_day AS
SELECT
    i.event_date,
    array_to_string(i.region_codes, '+') AS regions,
    i.is_remainder,
    c.claimed_by,
    i.weapon,
    sum(i.count) AS intercepted
FROM main.interceptions AS i
JOIN main.interception_claims AS c USING (claim_id)
GROUP BY ALL
ORDER BY i.event_date, regions;

CREATE OR REPLACE VIEW main.aid_by_donor_month AS
SELECT
    date_trunc('month', announced_date) AS month,
    donor,
    count(*) AS packages,
    sum(amount_usd) AS total_usd,
    sum(amount_eur) AS total_eur
FROM main.aid_packages
GROUP BY ALL
ORDER BY month, donor;

CREATE OR REPLACE VIEW main.meetings_by_actor AS
SELECT
    p.name AS actor,
    m.meeting_date,
    m.format,
    m.status,
    coalesce(m.venue, m.city) AS place,
    m.country
FROM main.meeting_participants AS p
JOIN main.diplomatic_meetings AS m USING (meeting_id)
ORDER BY actor, m.meeting_date;
