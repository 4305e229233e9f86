-- The quarantine as the landing folder is now ("incoming"): a row stays, with the time it was first seen,
-- while the same record is quarantined for the same reason; the others move to quarantine_retired.
CREATE OR REPLACE TEMP TABLE still_quarantined AS
SELECT q.source_file, q.line_number
FROM main.quarantine AS q
JOIN incoming AS i
  ON i.source_file = q.source_file AND i.line_number = q.line_number AND i.reason = q.reason
 AND i.raw_excerpt IS NOT DISTINCT FROM q.raw_excerpt;

INSERT INTO main.quarantine_retired BY NAME
SELECT q.*, now() AS retired_at
FROM main.quarantine AS q
ANTI JOIN still_quarantined AS s ON s.source_file = q.source_file AND s.line_number = q.line_number;

DELETE FROM main.quarantine AS q
WHERE NOT EXISTS (SELECT 1 FROM still_quarantined AS s WHERE s.source_file = q.source_file AND s.line_number = q.line_number);

INSERT INTO main.quarantine BY NAME
SELECT * FROM incoming
ON CONFLICT (source_file, line_number) DO NOTHING;

DROP TABLE still_quarantined;
