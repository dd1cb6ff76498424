-- Liaison SDK schema, version 4 (postgresql): consultations made before sharing (HSL-4, HSL-5, LP36-6.1), insert-only.
-- A sharing request relies on them by id; the library checks them against the staff records when they are made.

CREATE TABLE ${prefix}consultation (
  id VARCHAR(128) NOT NULL PRIMARY KEY,
  pupil_id VARCHAR(128) NOT NULL,
  consulted_at TIMESTAMP WITH TIME ZONE NOT NULL,
  doc TEXT NOT NULL
);

CREATE INDEX ${prefix}consultation_by_pupil ON ${prefix}consultation (pupil_id, consulted_at, id);
