-- Liaison SDK schema, version 7 (postgresql): the school's working year and its policy. Child protection file transfers
-- (insert-only versions, like out-of-hours cases), disposal reviews, copy requests and acknowledgements (HSL-10);
-- columns the to-do list queries in SQL. Rows written before version 7 leave the new columns empty: an out-of-hours
-- case is then read from its document, and a consultation written before it is not offered as an LP36-6.2 follow-up.

CREATE TABLE ${prefix}file_transfer (
  school_id VARCHAR(64) NOT NULL,
  transfer_id VARCHAR(128) NOT NULL,
  version INTEGER NOT NULL,
  pupil_id VARCHAR(128) NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  due_by DATE NOT NULL,
  state VARCHAR(16) NOT NULL,
  doc TEXT NOT NULL,
  CONSTRAINT ${prefix}file_transfer_key PRIMARY KEY (school_id, transfer_id, version)
);

CREATE INDEX ${prefix}file_transfer_by_pupil ON ${prefix}file_transfer (school_id, pupil_id, transfer_id, version);

CREATE TABLE ${prefix}disposal_review (
  school_id VARCHAR(64) NOT NULL,
  id VARCHAR(128) NOT NULL,
  pupil_id VARCHAR(128) NOT NULL,
  reviewed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  doc TEXT NOT NULL,
  CONSTRAINT ${prefix}disposal_review_key PRIMARY KEY (school_id, id)
);

CREATE INDEX ${prefix}disposal_review_by_pupil ON ${prefix}disposal_review (school_id, pupil_id, reviewed_at, id);

-- HSL-10: requests for a copy of the policy, and each member of staff's acknowledgement of a version.
CREATE TABLE ${prefix}copy_request (
  school_id VARCHAR(64) NOT NULL,
  id VARCHAR(128) NOT NULL,
  requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
  doc TEXT NOT NULL,
  CONSTRAINT ${prefix}copy_request_key PRIMARY KEY (school_id, id)
);

CREATE TABLE ${prefix}acknowledgement (
  school_id VARCHAR(64) NOT NULL,
  staff_id VARCHAR(128) NOT NULL,
  pack_id VARCHAR(128) NOT NULL,
  pack_version INTEGER NOT NULL,
  content_hash CHAR(64) NOT NULL,
  acknowledged_at TIMESTAMP WITH TIME ZONE NOT NULL,
  doc TEXT NOT NULL,
  CONSTRAINT ${prefix}acknowledgement_key PRIMARY KEY (school_id, pack_id, pack_version, content_hash, staff_id)
);

ALTER TABLE ${prefix}external_contact ADD COLUMN state VARCHAR(32);

ALTER TABLE ${prefix}consultation ADD COLUMN role VARCHAR(32);
ALTER TABLE ${prefix}consultation ADD COLUMN topic VARCHAR(40);
ALTER TABLE ${prefix}consultation ADD COLUMN outcome VARCHAR(16);
ALTER TABLE ${prefix}consultation ADD COLUMN who_informs VARCHAR(32);

ALTER TABLE ${prefix}file_transfer ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${prefix}file_transfer FORCE ROW LEVEL SECURITY;
CREATE POLICY ${prefix}file_transfer_school ON ${prefix}file_transfer USING (school_id = current_setting('liaison.school_id', true)) WITH CHECK (school_id = current_setting('liaison.school_id', true));
ALTER TABLE ${prefix}disposal_review ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${prefix}disposal_review FORCE ROW LEVEL SECURITY;
CREATE POLICY ${prefix}disposal_review_school ON ${prefix}disposal_review USING (school_id = current_setting('liaison.school_id', true)) WITH CHECK (school_id = current_setting('liaison.school_id', true));
ALTER TABLE ${prefix}copy_request ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${prefix}copy_request FORCE ROW LEVEL SECURITY;
CREATE POLICY ${prefix}copy_request_school ON ${prefix}copy_request USING (school_id = current_setting('liaison.school_id', true)) WITH CHECK (school_id = current_setting('liaison.school_id', true));
ALTER TABLE ${prefix}acknowledgement ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${prefix}acknowledgement FORCE ROW LEVEL SECURITY;
CREATE POLICY ${prefix}acknowledgement_school ON ${prefix}acknowledgement USING (school_id = current_setting('liaison.school_id', true)) WITH CHECK (school_id = current_setting('liaison.school_id', true));
