-- Tradeoff schema, version 4: snapshots of a workshop, the weights and the
-- results at one moment, kept so two moments can be compared later.  The
-- frozen figures are one JSON document per snapshot: they are read back as a
-- whole and never queried piece by piece.

CREATE TABLE snapshot (
    id            INTEGER PRIMARY KEY,
    comparison_id INTEGER NOT NULL REFERENCES comparison(id) ON DELETE CASCADE,
    name          TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    taken         TEXT    NOT NULL,           -- ISO 8601, UTC
    data          TEXT    NOT NULL DEFAULT '{}',
    position      INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX idx_snapshot_comparison ON snapshot(comparison_id);
