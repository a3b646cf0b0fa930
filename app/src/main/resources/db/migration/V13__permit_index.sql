-- Version 13: the permit or certificate number's equality index (docs/data-at-rest.md). In a plain
-- database it is the number itself; once the office database is encrypted, permit_number is sealed
-- and permit_index holds its blind index (HMAC under the index key), so the earlier-permit search
-- still finds it by number.
ALTER TABLE application ADD COLUMN permit_index TEXT;
UPDATE application SET permit_index = permit_number;
CREATE INDEX application_permit_index ON application (permit_index);
