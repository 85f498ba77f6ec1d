-- Tradeoff team repository, schema version 1 (PostgreSQL 15).
-- A comparison is a row of `comparisons` and its parts (see app/core/parts.h).
-- Every save takes the next value of tradeoff_revision and stamps the
-- comparison and each part it changed with it, so "what changed since I
-- last looked" is `revision > the one I know`.

CREATE TABLE tradeoff_schema (version integer NOT NULL);
INSERT INTO tradeoff_schema VALUES (1);

CREATE SEQUENCE tradeoff_revision;

CREATE TABLE comparisons (
    id bigserial PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    owner name NOT NULL DEFAULT current_user,
    revision bigint NOT NULL DEFAULT nextval('tradeoff_revision'),
    changed_by name NOT NULL DEFAULT current_user,
    changed_at timestamptz NOT NULL DEFAULT now(),
    -- Mirrors of the decision record part, for the repository browser.
    status text NOT NULL DEFAULT 'proposed'
        CHECK (status IN ('proposed', 'accepted', 'rejected', 'deprecated', 'superseded')),
    decided date,
    -- A live workshop on this comparison, joined by this code.
    workshop_code text UNIQUE CHECK (workshop_code ~ '^[A-Z0-9]{4,12}$')
);

CREATE TABLE parts (
    comparison bigint NOT NULL REFERENCES comparisons (id) ON DELETE CASCADE,
    key text NOT NULL CHECK (length(key) <= 1000),
    body text, -- NULL: removed; the row stays so a late editor learns who removed it
    revision bigint NOT NULL,
    changed_by name NOT NULL DEFAULT current_user,
    changed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (comparison, key)
);
CREATE INDEX parts_by_revision ON parts (comparison, revision);

-- Who may edit a comparison besides the role that created it.
CREATE TABLE members (
    comparison bigint NOT NULL REFERENCES comparisons (id) ON DELETE CASCADE,
    member name NOT NULL,
    role text NOT NULL CHECK (role IN ('owner', 'participant')),
    PRIMARY KEY (comparison, member)
);

-- Each workshop participant's own weights (JSON: criterion name to weight).
CREATE TABLE stakeholder_weights (
    comparison bigint NOT NULL REFERENCES comparisons (id) ON DELETE CASCADE,
    participant name NOT NULL DEFAULT current_user,
    weights text NOT NULL CHECK (length(weights) <= 200000),
    changed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (comparison, participant)
);

-- Whether `who` may edit comparison `c`: its creator or a member named owner.
-- SECURITY DEFINER so policies can ask it without the policies of `members`
-- applying recursively.
CREATE FUNCTION tradeoff_may_edit(c bigint, who name) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT EXISTS (SELECT 1 FROM public.comparisons WHERE id = c AND owner = who)
        OR EXISTS (SELECT 1 FROM public.members WHERE comparison = c AND member = who AND role = 'owner')
$$;

-- Every change to a comparison is announced; the payload says what and who,
-- never the data (NOTIFY payloads are limited to 8000 bytes).
CREATE FUNCTION tradeoff_announce() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'stakeholder_weights' THEN
        PERFORM pg_notify('tradeoff', json_build_object(
            'kind', 'weights',
            'comparison', COALESCE(NEW.comparison, OLD.comparison),
            'participant', left(COALESCE(NEW.participant, OLD.participant)::text, 200))::text);
    ELSE
        PERFORM pg_notify('tradeoff', json_build_object(
            'kind', CASE WHEN TG_OP = 'DELETE' THEN 'removed' ELSE 'changed' END,
            'comparison', COALESCE(NEW.id, OLD.id),
            'revision', COALESCE(NEW.revision, OLD.revision),
            'by', left(COALESCE(NEW.changed_by, OLD.changed_by)::text, 200))::text);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER comparisons_announce AFTER INSERT OR UPDATE OR DELETE ON comparisons
    FOR EACH ROW EXECUTE FUNCTION tradeoff_announce();
CREATE TRIGGER weights_announce AFTER INSERT OR UPDATE OR DELETE ON stakeholder_weights
    FOR EACH ROW EXECUTE FUNCTION tradeoff_announce();

-- Roles.  tradeoff_participant reads everything and writes its own weights;
-- tradeoff_owner also creates comparisons and edits those it owns.  The
-- database holds these rules (row-level security), so a hand-written SQL
-- client is held to them as Tradeoff is.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tradeoff_participant') THEN
        CREATE ROLE tradeoff_participant NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tradeoff_owner') THEN
        CREATE ROLE tradeoff_owner NOLOGIN IN ROLE tradeoff_participant;
    END IF;
END
$$;

GRANT SELECT ON tradeoff_schema, comparisons, parts, members, stakeholder_weights TO tradeoff_participant;
GRANT INSERT, UPDATE, DELETE ON stakeholder_weights TO tradeoff_participant;
GRANT INSERT, UPDATE, DELETE ON comparisons, parts, members TO tradeoff_owner;
GRANT USAGE, SELECT ON SEQUENCE tradeoff_revision, comparisons_id_seq TO tradeoff_owner;
GRANT EXECUTE ON FUNCTION tradeoff_may_edit(bigint, name) TO tradeoff_participant;

ALTER TABLE comparisons ENABLE ROW LEVEL SECURITY;
ALTER TABLE parts ENABLE ROW LEVEL SECURITY;
ALTER TABLE members ENABLE ROW LEVEL SECURITY;
ALTER TABLE stakeholder_weights ENABLE ROW LEVEL SECURITY;

CREATE POLICY read_all ON comparisons FOR SELECT USING (true);
CREATE POLICY create_own ON comparisons FOR INSERT WITH CHECK (owner = current_user);
CREATE POLICY edit_owned ON comparisons FOR UPDATE USING (tradeoff_may_edit(id, current_user));
CREATE POLICY remove_own ON comparisons FOR DELETE USING (owner = current_user);

CREATE POLICY read_all ON parts FOR SELECT USING (true);
CREATE POLICY write_owned ON parts FOR ALL USING (tradeoff_may_edit(comparison, current_user))
    WITH CHECK (tradeoff_may_edit(comparison, current_user));

CREATE POLICY read_all ON members FOR SELECT USING (true);
CREATE POLICY write_owned ON members FOR ALL USING (tradeoff_may_edit(comparison, current_user))
    WITH CHECK (tradeoff_may_edit(comparison, current_user));

CREATE POLICY read_all ON stakeholder_weights FOR SELECT USING (true);
CREATE POLICY write_own ON stakeholder_weights FOR INSERT WITH CHECK (participant = current_user);
CREATE POLICY change_own ON stakeholder_weights FOR UPDATE USING (participant = current_user)
    WITH CHECK (participant = current_user);
CREATE POLICY remove_own ON stakeholder_weights FOR DELETE
    USING (participant = current_user OR tradeoff_may_edit(comparison, current_user));
