-- Tradeoff schema, version 5: the decision record of MADR 4 that a
-- comparison carries (status, date decided, deciders, consulted, informed).
--
-- One row per comparison that has a record; a comparison without one is
-- proposed, undated and names nobody.  The people are rows, not a JSON
-- array in a column: each name is then one bound value (a name may hold a
-- comma), the size checks count and measure them like every other text
-- before anything is read, and "what did Alice decide" stays plain SQL.

CREATE TABLE decision (
    comparison_id INTEGER PRIMARY KEY REFERENCES comparison(id) ON DELETE CASCADE,
    status        TEXT    NOT NULL DEFAULT 'proposed'
                  CHECK (status IN ('proposed', 'accepted', 'rejected', 'deprecated', 'superseded')),
    superseded_by TEXT    NOT NULL DEFAULT '' CHECK (length(superseded_by) <= 200),
    decided       TEXT                        -- ISO 8601 date (YYYY-MM-DD), NULL until decided
);

CREATE TABLE decision_person (
    id            INTEGER PRIMARY KEY,
    comparison_id INTEGER NOT NULL REFERENCES comparison(id) ON DELETE CASCADE,
    role          TEXT    NOT NULL CHECK (role IN ('decider', 'consulted', 'informed')),
    name          TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    position      INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX idx_decision_person_comparison ON decision_person(comparison_id);
