-- Liaison SDK schema, version 6 (h2): many schools in one database. Every school-owned table gains school_id, which
-- leads every primary key and index; rows kept before schools were told apart belong to the school "default".
-- Every statement here is rerunnable (H2 commits DDL as it goes): a half-applied version 6 completes on a rerun.


-- pupil
ALTER TABLE ${prefix}pupil ADD COLUMN school_id VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE ${prefix}pupil ALTER COLUMN school_id DROP DEFAULT;
ALTER TABLE ${prefix}pupil DROP PRIMARY KEY;
ALTER TABLE ${prefix}pupil ADD CONSTRAINT ${prefix}pupil_key PRIMARY KEY (school_id, id);

-- staff
ALTER TABLE ${prefix}staff ADD COLUMN school_id VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE ${prefix}staff ALTER COLUMN school_id DROP DEFAULT;
ALTER TABLE ${prefix}staff DROP PRIMARY KEY;
ALTER TABLE ${prefix}staff ADD CONSTRAINT ${prefix}staff_key PRIMARY KEY (school_id, id);

-- plan
ALTER TABLE ${prefix}plan ADD COLUMN school_id VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE ${prefix}plan ALTER COLUMN school_id DROP DEFAULT;
ALTER TABLE ${prefix}plan DROP PRIMARY KEY;
ALTER TABLE ${prefix}plan ADD CONSTRAINT ${prefix}plan_key PRIMARY KEY (school_id, plan_id, version);
DROP INDEX ${prefix}plan_by_pupil;
CREATE INDEX ${prefix}plan_by_pupil ON ${prefix}plan (school_id, pupil_id, plan_id, version);

-- contact_record
ALTER TABLE ${prefix}contact_record ADD COLUMN school_id VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE ${prefix}contact_record ALTER COLUMN school_id DROP DEFAULT;
ALTER TABLE ${prefix}contact_record DROP PRIMARY KEY;
ALTER TABLE ${prefix}contact_record ADD CONSTRAINT ${prefix}contact_record_key PRIMARY KEY (school_id, id);
DROP INDEX ${prefix}contact_record_chronology;
CREATE INDEX ${prefix}contact_record_chronology ON ${prefix}contact_record (school_id, pupil_id, occurred_at, id);
DROP INDEX ${prefix}contact_record_by_date;
CREATE INDEX ${prefix}contact_record_by_date ON ${prefix}contact_record (school_id, occurred_at, id);

-- contact_topic
ALTER TABLE ${prefix}contact_topic ADD COLUMN school_id VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE ${prefix}contact_topic ALTER COLUMN school_id DROP DEFAULT;
ALTER TABLE ${prefix}contact_topic DROP PRIMARY KEY;
ALTER TABLE ${prefix}contact_topic ADD CONSTRAINT ${prefix}contact_topic_key PRIMARY KEY (school_id, record_id, topic);
DROP INDEX ${prefix}contact_topic_by_date;
CREATE INDEX ${prefix}contact_topic_by_date ON ${prefix}contact_topic (school_id, occurred_at, pupil_id);

-- amendment
ALTER TABLE ${prefix}amendment ADD COLUMN school_id VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE ${prefix}amendment ALTER COLUMN school_id DROP DEFAULT;
ALTER TABLE ${prefix}amendment DROP PRIMARY KEY;
ALTER TABLE ${prefix}amendment ADD CONSTRAINT ${prefix}amendment_key PRIMARY KEY (school_id, record_id, seq);

-- policy_pack
ALTER TABLE ${prefix}policy_pack ADD COLUMN school_id VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE ${prefix}policy_pack ALTER COLUMN school_id DROP DEFAULT;
ALTER TABLE ${prefix}policy_pack DROP PRIMARY KEY;
ALTER TABLE ${prefix}policy_pack ADD CONSTRAINT ${prefix}policy_pack_key PRIMARY KEY (school_id, pack_id, version);

-- audit_event
ALTER TABLE ${prefix}audit_event ADD COLUMN school_id VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE ${prefix}audit_event ALTER COLUMN school_id DROP DEFAULT;
ALTER TABLE ${prefix}audit_event DROP PRIMARY KEY;
ALTER TABLE ${prefix}audit_event ADD CONSTRAINT ${prefix}audit_event_key PRIMARY KEY (school_id, sequence);
DROP INDEX ${prefix}audit_event_by_date;
CREATE INDEX ${prefix}audit_event_by_date ON ${prefix}audit_event (school_id, occurred_at);

-- external_contact
ALTER TABLE ${prefix}external_contact ADD COLUMN school_id VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE ${prefix}external_contact ALTER COLUMN school_id DROP DEFAULT;
ALTER TABLE ${prefix}external_contact DROP PRIMARY KEY;
ALTER TABLE ${prefix}external_contact ADD CONSTRAINT ${prefix}external_contact_key PRIMARY KEY (school_id, case_id, version);
DROP INDEX ${prefix}external_contact_by_pupil;
CREATE INDEX ${prefix}external_contact_by_pupil ON ${prefix}external_contact (school_id, pupil_id, case_id, version);

-- consultation
ALTER TABLE ${prefix}consultation ADD COLUMN school_id VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE ${prefix}consultation ALTER COLUMN school_id DROP DEFAULT;
ALTER TABLE ${prefix}consultation DROP PRIMARY KEY;
ALTER TABLE ${prefix}consultation ADD CONSTRAINT ${prefix}consultation_key PRIMARY KEY (school_id, id);
DROP INDEX ${prefix}consultation_by_pupil;
CREATE INDEX ${prefix}consultation_by_pupil ON ${prefix}consultation (school_id, pupil_id, consulted_at, id);

-- safeguarding_agreement
ALTER TABLE ${prefix}safeguarding_agreement ADD COLUMN school_id VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE ${prefix}safeguarding_agreement ALTER COLUMN school_id DROP DEFAULT;
ALTER TABLE ${prefix}safeguarding_agreement DROP PRIMARY KEY;
ALTER TABLE ${prefix}safeguarding_agreement ADD CONSTRAINT ${prefix}safeguarding_agreement_key PRIMARY KEY (school_id, id);
DROP INDEX ${prefix}safeguarding_agreement_by_pupil;
CREATE INDEX ${prefix}safeguarding_agreement_by_pupil ON ${prefix}safeguarding_agreement (school_id, pupil_id, agreed_at, id);

-- reference_version
ALTER TABLE ${prefix}reference_version ADD COLUMN school_id VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE ${prefix}reference_version ALTER COLUMN school_id DROP DEFAULT;
ALTER TABLE ${prefix}reference_version DROP PRIMARY KEY;
ALTER TABLE ${prefix}reference_version DROP COLUMN id;
ALTER TABLE ${prefix}reference_version ADD CONSTRAINT ${prefix}reference_version_key PRIMARY KEY (school_id);
