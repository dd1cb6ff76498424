-- Liaison SDK schema, version 6 (postgresql): many schools in one database. Every school-owned table gains school_id,
-- which leads every primary key and index; rows kept before schools were told apart belong to the school "default".
-- Row-level security backs the adapter's own scoping: each table shows and accepts only the rows of the school named
-- by the session setting liaison.school_id, which the adapter sets in every unit of work. It binds the tables' owner
-- too (FORCE), but never a superuser or a role with BYPASSRLS: run the adapter as an ordinary role.
-- school_id is also the distribution column for a distributed PostgreSQL (Citus: create_distributed_table on it).


-- pupil
ALTER TABLE ${prefix}pupil ADD COLUMN school_id VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE ${prefix}pupil ALTER COLUMN school_id DROP DEFAULT;
ALTER TABLE ${prefix}pupil DROP CONSTRAINT ${prefix}pupil_pkey;
ALTER TABLE ${prefix}pupil ADD CONSTRAINT ${prefix}pupil_key PRIMARY KEY (school_id, id);
ALTER TABLE ${prefix}pupil ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${prefix}pupil FORCE ROW LEVEL SECURITY;
CREATE POLICY ${prefix}pupil_school ON ${prefix}pupil USING (school_id = current_setting('liaison.school_id', true)) WITH CHECK (school_id = current_setting('liaison.school_id', true));

-- staff
ALTER TABLE ${prefix}staff ADD COLUMN school_id VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE ${prefix}staff ALTER COLUMN school_id DROP DEFAULT;
ALTER TABLE ${prefix}staff DROP CONSTRAINT ${prefix}staff_pkey;
ALTER TABLE ${prefix}staff ADD CONSTRAINT ${prefix}staff_key PRIMARY KEY (school_id, id);
ALTER TABLE ${prefix}staff ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${prefix}staff FORCE ROW LEVEL SECURITY;
CREATE POLICY ${prefix}staff_school ON ${prefix}staff USING (school_id = current_setting('liaison.school_id', true)) WITH CHECK (school_id = current_setting('liaison.school_id', true));

-- plan
ALTER TABLE ${prefix}plan ADD COLUMN school_id VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE ${prefix}plan ALTER COLUMN school_id DROP DEFAULT;
ALTER TABLE ${prefix}plan DROP CONSTRAINT ${prefix}plan_pkey;
ALTER TABLE ${prefix}plan ADD CONSTRAINT ${prefix}plan_key PRIMARY KEY (school_id, plan_id, version);
DROP INDEX ${prefix}plan_by_pupil;
CREATE INDEX ${prefix}plan_by_pupil ON ${prefix}plan (school_id, pupil_id, plan_id, version);
ALTER TABLE ${prefix}plan ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${prefix}plan FORCE ROW LEVEL SECURITY;
CREATE POLICY ${prefix}plan_school ON ${prefix}plan USING (school_id = current_setting('liaison.school_id', true)) WITH CHECK (school_id = current_setting('liaison.school_id', true));

-- contact_record
ALTER TABLE ${prefix}contact_record ADD COLUMN school_id VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE ${prefix}contact_record ALTER COLUMN school_id DROP DEFAULT;
ALTER TABLE ${prefix}contact_record DROP CONSTRAINT ${prefix}contact_record_pkey;
ALTER TABLE ${prefix}contact_record ADD CONSTRAINT ${prefix}contact_record_key PRIMARY KEY (school_id, id);
DROP INDEX ${prefix}contact_record_chronology;
CREATE INDEX ${prefix}contact_record_chronology ON ${prefix}contact_record (school_id, pupil_id, occurred_at, id);
DROP INDEX ${prefix}contact_record_by_date;
CREATE INDEX ${prefix}contact_record_by_date ON ${prefix}contact_record (school_id, occurred_at, id);
ALTER TABLE ${prefix}contact_record ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${prefix}contact_record FORCE ROW LEVEL SECURITY;
CREATE POLICY ${prefix}contact_record_school ON ${prefix}contact_record USING (school_id = current_setting('liaison.school_id', true)) WITH CHECK (school_id = current_setting('liaison.school_id', true));

-- contact_topic
ALTER TABLE ${prefix}contact_topic ADD COLUMN school_id VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE ${prefix}contact_topic ALTER COLUMN school_id DROP DEFAULT;
ALTER TABLE ${prefix}contact_topic DROP CONSTRAINT ${prefix}contact_topic_pkey;
ALTER TABLE ${prefix}contact_topic ADD CONSTRAINT ${prefix}contact_topic_key PRIMARY KEY (school_id, record_id, topic);
DROP INDEX ${prefix}contact_topic_by_date;
CREATE INDEX ${prefix}contact_topic_by_date ON ${prefix}contact_topic (school_id, occurred_at, pupil_id);
ALTER TABLE ${prefix}contact_topic ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${prefix}contact_topic FORCE ROW LEVEL SECURITY;
CREATE POLICY ${prefix}contact_topic_school ON ${prefix}contact_topic USING (school_id = current_setting('liaison.school_id', true)) WITH CHECK (school_id = current_setting('liaison.school_id', true));

-- amendment
ALTER TABLE ${prefix}amendment ADD COLUMN school_id VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE ${prefix}amendment ALTER COLUMN school_id DROP DEFAULT;
ALTER TABLE ${prefix}amendment DROP CONSTRAINT ${prefix}amendment_pkey;
ALTER TABLE ${prefix}amendment ADD CONSTRAINT ${prefix}amendment_key PRIMARY KEY (school_id, record_id, seq);
ALTER TABLE ${prefix}amendment ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${prefix}amendment FORCE ROW LEVEL SECURITY;
CREATE POLICY ${prefix}amendment_school ON ${prefix}amendment USING (school_id = current_setting('liaison.school_id', true)) WITH CHECK (school_id = current_setting('liaison.school_id', true));

-- policy_pack
ALTER TABLE ${prefix}policy_pack ADD COLUMN school_id VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE ${prefix}policy_pack ALTER COLUMN school_id DROP DEFAULT;
ALTER TABLE ${prefix}policy_pack DROP CONSTRAINT ${prefix}policy_pack_pkey;
ALTER TABLE ${prefix}policy_pack ADD CONSTRAINT ${prefix}policy_pack_key PRIMARY KEY (school_id, pack_id, version);
ALTER TABLE ${prefix}policy_pack ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${prefix}policy_pack FORCE ROW LEVEL SECURITY;
CREATE POLICY ${prefix}policy_pack_school ON ${prefix}policy_pack USING (school_id = current_setting('liaison.school_id', true)) WITH CHECK (school_id = current_setting('liaison.school_id', true));

-- audit_event
ALTER TABLE ${prefix}audit_event ADD COLUMN school_id VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE ${prefix}audit_event ALTER COLUMN school_id DROP DEFAULT;
ALTER TABLE ${prefix}audit_event DROP CONSTRAINT ${prefix}audit_event_pkey;
ALTER TABLE ${prefix}audit_event ADD CONSTRAINT ${prefix}audit_event_key PRIMARY KEY (school_id, sequence);
DROP INDEX ${prefix}audit_event_by_date;
CREATE INDEX ${prefix}audit_event_by_date ON ${prefix}audit_event (school_id, occurred_at);
ALTER TABLE ${prefix}audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${prefix}audit_event FORCE ROW LEVEL SECURITY;
CREATE POLICY ${prefix}audit_event_school ON ${prefix}audit_event USING (school_id = current_setting('liaison.school_id', true)) WITH CHECK (school_id = current_setting('liaison.school_id', true));

-- external_contact
ALTER TABLE ${prefix}external_contact ADD COLUMN school_id VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE ${prefix}external_contact ALTER COLUMN school_id DROP DEFAULT;
ALTER TABLE ${prefix}external_contact DROP CONSTRAINT ${prefix}external_contact_pkey;
ALTER TABLE ${prefix}external_contact ADD CONSTRAINT ${prefix}external_contact_key PRIMARY KEY (school_id, case_id, version);
DROP INDEX ${prefix}external_contact_by_pupil;
CREATE INDEX ${prefix}external_contact_by_pupil ON ${prefix}external_contact (school_id, pupil_id, case_id, version);
ALTER TABLE ${prefix}external_contact ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${prefix}external_contact FORCE ROW LEVEL SECURITY;
CREATE POLICY ${prefix}external_contact_school ON ${prefix}external_contact USING (school_id = current_setting('liaison.school_id', true)) WITH CHECK (school_id = current_setting('liaison.school_id', true));

-- consultation
ALTER TABLE ${prefix}consultation ADD COLUMN school_id VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE ${prefix}consultation ALTER COLUMN school_id DROP DEFAULT;
ALTER TABLE ${prefix}consultation DROP CONSTRAINT ${prefix}consultation_pkey;
ALTER TABLE ${prefix}consultation ADD CONSTRAINT ${prefix}consultation_key PRIMARY KEY (school_id, id);
DROP INDEX ${prefix}consultation_by_pupil;
CREATE INDEX ${prefix}consultation_by_pupil ON ${prefix}consultation (school_id, pupil_id, consulted_at, id);
ALTER TABLE ${prefix}consultation ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${prefix}consultation FORCE ROW LEVEL SECURITY;
CREATE POLICY ${prefix}consultation_school ON ${prefix}consultation USING (school_id = current_setting('liaison.school_id', true)) WITH CHECK (school_id = current_setting('liaison.school_id', true));

-- safeguarding_agreement
ALTER TABLE ${prefix}safeguarding_agreement ADD COLUMN school_id VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE ${prefix}safeguarding_agreement ALTER COLUMN school_id DROP DEFAULT;
ALTER TABLE ${prefix}safeguarding_agreement DROP CONSTRAINT ${prefix}safeguarding_agreement_pkey;
ALTER TABLE ${prefix}safeguarding_agreement ADD CONSTRAINT ${prefix}safeguarding_agreement_key PRIMARY KEY (school_id, id);
DROP INDEX ${prefix}safeguarding_agreement_by_pupil;
CREATE INDEX ${prefix}safeguarding_agreement_by_pupil ON ${prefix}safeguarding_agreement (school_id, pupil_id, agreed_at, id);
ALTER TABLE ${prefix}safeguarding_agreement ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${prefix}safeguarding_agreement FORCE ROW LEVEL SECURITY;
CREATE POLICY ${prefix}safeguarding_agreement_school ON ${prefix}safeguarding_agreement USING (school_id = current_setting('liaison.school_id', true)) WITH CHECK (school_id = current_setting('liaison.school_id', true));

-- reference_version
ALTER TABLE ${prefix}reference_version ADD COLUMN school_id VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE ${prefix}reference_version ALTER COLUMN school_id DROP DEFAULT;
ALTER TABLE ${prefix}reference_version DROP CONSTRAINT ${prefix}reference_version_pkey;
ALTER TABLE ${prefix}reference_version DROP COLUMN id;
ALTER TABLE ${prefix}reference_version ADD CONSTRAINT ${prefix}reference_version_key PRIMARY KEY (school_id);
ALTER TABLE ${prefix}reference_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${prefix}reference_version FORCE ROW LEVEL SECURITY;
CREATE POLICY ${prefix}reference_version_school ON ${prefix}reference_version USING (school_id = current_setting('liaison.school_id', true)) WITH CHECK (school_id = current_setting('liaison.school_id', true));
