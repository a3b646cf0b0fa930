-- Version 12: plain, non-personal facts for the Today and Reports pages (kz.qabyldau.app.reports,
-- docs/reports.md). Reports read only these columns and never the application, verdict or decision
-- JSON, so they work unchanged when personal data is encrypted at rest and never decrypt a name.

-- Set when accepted or refused at intake, from the verdict (frozen like it):
ALTER TABLE application ADD COLUMN registration_day TEXT;   -- yyyy-MM-dd, the working day it counts as received (p.14)
ALTER TABLE application ADD COLUMN decision_due TEXT;       -- yyyy-MM-dd, the verdict's decisionDue (p.7), if any
-- Set when the central service's decision arrives:
ALTER TABLE application ADD COLUMN decision TEXT;           -- 'ISSUED' or 'REFUSED' (kept after HANDED_OUT)
ALTER TABLE application ADD COLUMN decided_on TEXT;         -- yyyy-MM-dd, the decision's decidedOn
ALTER TABLE application ADD COLUMN decision_ground TEXT;    -- the provider's refusal ground id ('1'..'9'), else NULL

-- The lines of a refusal of intake (p.17, App. 4): one row per document and reason, so grounds rank in SQL.
CREATE TABLE intake_refusal_ground (
    application_id TEXT NOT NULL REFERENCES application (id),
    document       TEXT NOT NULL,                    -- the document type id of the service definition
    reason         TEXT NOT NULL,                    -- MISSING, EXPIRED, ISSUED_TOO_LONG_AGO ...
    PRIMARY KEY (application_id, document, reason)
) WITHOUT ROWID;

-- Facts of the applications already here (written before this version: plain JSON still).
UPDATE application
   SET registration_day = json_extract(verdict_json, '$.registrationDay'),
       decision_due = json_extract(verdict_json, '$.dates.decisionDue')
 WHERE verdict_json IS NOT NULL AND json_valid(verdict_json);

INSERT OR IGNORE INTO intake_refusal_ground (application_id, document, reason)
SELECT a.id, json_extract(r.value, '$.document'), json_extract(r.value, '$.reason')
  FROM application a, json_each(a.verdict_json, '$.receipt') r
 WHERE a.status = 'INTAKE_REFUSED' AND json_valid(a.verdict_json)
   AND json_extract(r.value, '$.document') IS NOT NULL AND json_extract(r.value, '$.reason') IS NOT NULL;

UPDATE application
   SET decision = CASE WHEN json_extract(decision_json, '$.outcome') = 'REFUSED' THEN 'REFUSED' ELSE 'ISSUED' END,
       decided_on = coalesce(json_extract(decision_json, '$.decidedOn'), substr(decided_at, 1, 10)),
       decision_ground = json_extract(decision_json, '$.refusal.ground.id')
 WHERE decision_json IS NOT NULL AND json_valid(decision_json);

-- Every report is a range of registration days; covering, so a period of 100,000 rows never reads the table.
CREATE INDEX application_report_day
    ON application (registration_day, status, service, finished_by, service_time_ms)
    WHERE registration_day IS NOT NULL;
CREATE INDEX application_report_decided
    ON application (decided_on, decision, decision_ground, decision_due, registration_day)
    WHERE decided_on IS NOT NULL;
