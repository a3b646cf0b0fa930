-- Version 15: the office search (kz.qabyldau.app.store.applications.Search, docs/search.md).
--
-- search_no numbers the applications in the order they were made; it is what the search index points
-- to (a small integer instead of the 36-character id) and the order results come in (newest first).
-- NULL marks a row written before this version: Search indexes those on its first use, because the
-- terms are computed in Java (transliteration, and the blind-index key of an encrypted database).
ALTER TABLE application ADD COLUMN search_no INTEGER;
CREATE UNIQUE INDEX application_search_no ON application (search_no);
CREATE INDEX application_not_indexed ON application (started_at, id) WHERE search_no IS NULL;

-- Tickets of the electronic queue and the central service's references are not personal: they stay
-- plain and are looked up in the application table itself.
CREATE INDEX application_ticket ON application (ticket COLLATE NOCASE, search_no);
CREATE INDEX application_reference ON application (server_reference COLLATE NOCASE, search_no)
    WHERE server_reference IS NOT NULL;

-- One row per term of an application: each prefix of each word of the applicant's names (folded to
-- lower-case Latin), the applicant's and the employer's IIN, the passport number, the permit or
-- certificate number. In a plain (training) database a term is the text 'kind:value'; in an
-- encrypted office database it is 0x00 and the first 12 bytes of HMAC-SHA256 under the index key
-- (store.SearchTerms). Maintained in the transaction that changes what it is computed from.
CREATE TABLE search_term (
    term   BLOB NOT NULL,
    record INTEGER NOT NULL,                            -- application.search_no
    PRIMARY KEY (term, record)
) WITHOUT ROWID;
