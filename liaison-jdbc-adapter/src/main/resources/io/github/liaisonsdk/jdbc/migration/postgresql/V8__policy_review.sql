-- Liaison SDK schema, version 8 (postgresql): the policy's review (LP36-9, HSL-11). Drafts of the school's pack, the
-- signatures of the posts the policy names, and publications with their day in force. Insert-only; the published
-- pack's document goes to policy_pack in the same unit of work.

CREATE TABLE ${prefix}policy_draft (
  school_id VARCHAR(64) NOT NULL,
  pack_id VARCHAR(128) NOT NULL,
  pack_version INTEGER NOT NULL,
  proposed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  doc TEXT NOT NULL,
  CONSTRAINT ${prefix}policy_draft_key PRIMARY KEY (school_id, pack_id, pack_version)
);

CREATE TABLE ${prefix}policy_signature (
  school_id VARCHAR(64) NOT NULL,
  pack_id VARCHAR(128) NOT NULL,
  pack_version INTEGER NOT NULL,
  content_hash CHAR(64) NOT NULL,
  post VARCHAR(40) NOT NULL,
  signed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  doc TEXT NOT NULL,
  CONSTRAINT ${prefix}policy_signature_key PRIMARY KEY (school_id, pack_id, pack_version, content_hash, post)
);

CREATE TABLE ${prefix}policy_publication (
  school_id VARCHAR(64) NOT NULL,
  pack_id VARCHAR(128) NOT NULL,
  pack_version INTEGER NOT NULL,
  in_force_from DATE NOT NULL,
  published_at TIMESTAMP WITH TIME ZONE NOT NULL,
  doc TEXT NOT NULL,
  CONSTRAINT ${prefix}policy_publication_key PRIMARY KEY (school_id, pack_id, pack_version)
);

ALTER TABLE ${prefix}policy_draft ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${prefix}policy_draft FORCE ROW LEVEL SECURITY;
CREATE POLICY ${prefix}policy_draft_school ON ${prefix}policy_draft USING (school_id = current_setting('liaison.school_id', true)) WITH CHECK (school_id = current_setting('liaison.school_id', true));
ALTER TABLE ${prefix}policy_signature ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${prefix}policy_signature FORCE ROW LEVEL SECURITY;
CREATE POLICY ${prefix}policy_signature_school ON ${prefix}policy_signature USING (school_id = current_setting('liaison.school_id', true)) WITH CHECK (school_id = current_setting('liaison.school_id', true));
ALTER TABLE ${prefix}policy_publication ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${prefix}policy_publication FORCE ROW LEVEL SECURITY;
CREATE POLICY ${prefix}policy_publication_school ON ${prefix}policy_publication USING (school_id = current_setting('liaison.school_id', true)) WITH CHECK (school_id = current_setting('liaison.school_id', true));
