-- Liaison SDK schema, version 5 (h2): records the audit trail refers to but does not hold, and the reference
-- version the facade's cache of staff, pupils and plans is checked against.

-- Safeguarding agreements (LP36-6.3), insert-only, keyed by the SHA-256 of their document; the audit trail holds
-- the key. Names and designations live here, where the safeguarding posts read them by pupil.
CREATE TABLE ${prefix}safeguarding_agreement (
  id CHAR(64) NOT NULL PRIMARY KEY,
  pupil_id VARCHAR(128) NOT NULL,
  agreed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  doc CLOB NOT NULL
);

CREATE INDEX ${prefix}safeguarding_agreement_by_pupil ON ${prefix}safeguarding_agreement (pupil_id, agreed_at, id);

-- One row: bumped in the same transaction as every write of a pupil, a member of staff or a plan version.
CREATE TABLE ${prefix}reference_version (
  id INTEGER NOT NULL PRIMARY KEY,
  seq BIGINT NOT NULL
);

INSERT INTO ${prefix}reference_version (id, seq) SELECT 1, 0 FROM (SELECT 1 AS one) AS start
  WHERE NOT EXISTS (SELECT 1 FROM ${prefix}reference_version);

-- H2 keeps a CLOB over 256 characters apart from its row, which made each audit append several times dearer than
-- the row itself; an audit event's document is bounded (labels and ids only), so it fits a character column.
ALTER TABLE ${prefix}audit_event ALTER COLUMN doc SET DATA TYPE CHARACTER VARYING(1000000);

-- One-off data steps the adapter runs after a migration, recorded so that each runs to its end exactly once even
-- when the migration itself was applied by another tool.
CREATE TABLE ${prefix}upgrade_step (
  name VARCHAR(64) NOT NULL PRIMARY KEY,
  done_at TIMESTAMP WITH TIME ZONE NOT NULL
);
