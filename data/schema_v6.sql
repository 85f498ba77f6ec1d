-- Tradeoff schema, version 6: deeper decisions.
--
-- A criteria tree.  A criterion's `category` has always named the group it
-- sits in; a group may now sit in another group, at any depth.  Groups are
-- rows only when they say more than their name (a parent or a description):
-- every category without a row is a group at the top, so a file of version
-- 5 is a one-level tree as it stands and its checksum does not change.
-- Weights stay one per criterion (the global weights every method uses); a
-- group's weight is the sum of its criteria's, and a local share is a
-- node's weight over its parent's.
CREATE TABLE criterion_group (
    id            INTEGER PRIMARY KEY,
    comparison_id INTEGER NOT NULL REFERENCES comparison(id) ON DELETE CASCADE,
    name          TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    parent        TEXT    NOT NULL DEFAULT '' CHECK (length(parent) <= 200), -- '' at the top
    description   TEXT    NOT NULL DEFAULT '',
    position      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (comparison_id, name)
);
CREATE INDEX idx_criterion_group_comparison ON criterion_group(comparison_id);

-- A value function per criterion: how a raw value becomes a value from 0
-- (worst) to 1 (best) before weighting.  '' is linear (what every earlier
-- version did); otherwise a JSON object, {"shape": "piecewise" | "step",
-- "points": [[x, y], ...]}, x in the criterion's units, y from 0 to 1.
ALTER TABLE criterion ADD COLUMN value_function TEXT NOT NULL DEFAULT '';

-- Uncertain scores: a score may be a range (low, most likely, high); `value`
-- stays the most likely value, so every reader of a single value keeps
-- working.  Both ends or neither, and low <= value <= high.
ALTER TABLE score ADD COLUMN low REAL;
ALTER TABLE score ADD COLUMN high REAL;
