-- Liaison SDK schema, version 2 (h2): indexes for the per-date monitoring queries and per-pupil plan lookups.

CREATE INDEX ${prefix}contact_record_by_date ON ${prefix}contact_record (occurred_at, id);

CREATE INDEX ${prefix}plan_by_pupil ON ${prefix}plan (pupil_id, plan_id, version);

CREATE INDEX ${prefix}audit_event_by_date ON ${prefix}audit_event (occurred_at);
