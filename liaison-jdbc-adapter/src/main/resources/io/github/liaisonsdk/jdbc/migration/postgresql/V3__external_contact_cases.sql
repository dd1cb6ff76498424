-- Liaison SDK schema, version 3 (postgresql): out-of-hours contact cases (HSL-6 to HSL-8). Each transition is a new
-- version row; the (case_id, version) key makes two concurrent transitions of one case collide.

CREATE TABLE ${prefix}external_contact (
  case_id VARCHAR(128) NOT NULL,
  version INTEGER NOT NULL,
  pupil_id VARCHAR(128) NOT NULL,
  disclosed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  doc TEXT NOT NULL,
  PRIMARY KEY (case_id, version)
);

CREATE INDEX ${prefix}external_contact_by_pupil ON ${prefix}external_contact (pupil_id, case_id, version);
