-- Liaison SDK schema, version 1 (h2). ${prefix} is the table prefix, by default "liaison_"; Flyway users set the
-- placeholder "prefix". Every row keeps the value's canonical JSON document; key columns exist for lookups only.

CREATE TABLE ${prefix}pupil (
  id VARCHAR(128) NOT NULL PRIMARY KEY,
  doc CLOB NOT NULL
);

CREATE TABLE ${prefix}staff (
  id VARCHAR(128) NOT NULL PRIMARY KEY,
  doc CLOB NOT NULL
);

-- Plan versions are never updated: a new version is a new row, and the primary key makes concurrent writers of
-- the same version collide (optimistic locking).
CREATE TABLE ${prefix}plan (
  plan_id VARCHAR(128) NOT NULL,
  version INTEGER NOT NULL,
  pupil_id VARCHAR(128) NOT NULL,
  effective_from DATE NOT NULL,
  doc CLOB NOT NULL,
  PRIMARY KEY (plan_id, version)
);

-- Append-only. kind, staff_id and emergency_raised_at exist for the monitoring aggregations.
CREATE TABLE ${prefix}contact_record (
  id VARCHAR(128) NOT NULL PRIMARY KEY,
  pupil_id VARCHAR(128) NOT NULL,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  kind VARCHAR(16) NOT NULL,
  staff_id VARCHAR(128) NOT NULL,
  emergency_raised_at TIMESTAMP WITH TIME ZONE,
  doc CLOB NOT NULL
);

CREATE INDEX ${prefix}contact_record_chronology ON ${prefix}contact_record (pupil_id, occurred_at, id);

-- The topics of each record, one row each, for topic coverage (LP36-5).
CREATE TABLE ${prefix}contact_topic (
  record_id VARCHAR(128) NOT NULL,
  topic VARCHAR(40) NOT NULL,
  pupil_id VARCHAR(128) NOT NULL,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (record_id, topic)
);

CREATE INDEX ${prefix}contact_topic_by_date ON ${prefix}contact_topic (occurred_at, pupil_id);

-- Append-only.
CREATE TABLE ${prefix}amendment (
  record_id VARCHAR(128) NOT NULL,
  seq INTEGER NOT NULL,
  doc CLOB NOT NULL,
  PRIMARY KEY (record_id, seq)
);

CREATE TABLE ${prefix}policy_pack (
  pack_id VARCHAR(128) NOT NULL,
  version INTEGER NOT NULL,
  content_hash CHAR(64) NOT NULL,
  doc CLOB NOT NULL,
  PRIMARY KEY (pack_id, version)
);

-- Append-only, hash-chained.
CREATE TABLE ${prefix}audit_event (
  sequence BIGINT NOT NULL PRIMARY KEY,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  event_type VARCHAR(32) NOT NULL,
  subject VARCHAR(200) NOT NULL,
  hash CHAR(64) NOT NULL,
  doc CLOB NOT NULL
);
