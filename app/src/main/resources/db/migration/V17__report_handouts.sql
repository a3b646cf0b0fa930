-- The reports count the decisions handed out in a period (and, for Today, by one operator): without an index
-- that count read the whole application table (0.33 s of a one-day report over 100,000 applications,
-- docs/benchmarks.md). Partial: only handed-out rows, which a range on handed_out_at implies.
CREATE INDEX application_report_handed_out
    ON application (handed_out_at, handed_out_by)
    WHERE handed_out_at IS NOT NULL;
