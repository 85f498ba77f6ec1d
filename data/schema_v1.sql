-- Tradeoff schema, version 1.
-- Applied by core::Migrations inside one transaction; the migration code sets
-- PRAGMA user_version and PRAGMA application_id afterwards.

CREATE TABLE comparison (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    description   TEXT    NOT NULL DEFAULT '',
    position      INTEGER NOT NULL DEFAULT 0
);

-- Articles, reports and other material that claims cite.
CREATE TABLE source (
    id            INTEGER PRIMARY KEY,
    comparison_id INTEGER NOT NULL REFERENCES comparison(id) ON DELETE CASCADE,
    title         TEXT    NOT NULL,
    publisher     TEXT    NOT NULL DEFAULT '',
    author        TEXT    NOT NULL DEFAULT '',
    published     TEXT    NOT NULL DEFAULT '',  -- free text date as printed, e.g. '2021-12-28'
    url           TEXT    NOT NULL DEFAULT '',
    note          TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE option (
    id            INTEGER PRIMARY KEY,
    comparison_id INTEGER NOT NULL REFERENCES comparison(id) ON DELETE CASCADE,
    name          TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description   TEXT    NOT NULL DEFAULT '',
    color         TEXT    NOT NULL DEFAULT '',  -- '#rrggbb' or empty for the palette
    position      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (comparison_id, name)
);

CREATE TABLE criterion (
    id            INTEGER PRIMARY KEY,
    comparison_id INTEGER NOT NULL REFERENCES comparison(id) ON DELETE CASCADE,
    name          TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    category      TEXT    NOT NULL DEFAULT '',
    direction     TEXT    NOT NULL DEFAULT 'benefit' CHECK (direction IN ('benefit', 'cost')),
    description   TEXT    NOT NULL DEFAULT '',
    unit          TEXT    NOT NULL DEFAULT '',
    scale_min     REAL,                         -- declared rating scale, NULL for raw values
    scale_max     REAL,
    user_scored   INTEGER NOT NULL DEFAULT 0,   -- 1: the user is expected to score it (e.g. team expertise)
    position      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (comparison_id, name),
    CHECK (scale_min IS NULL OR scale_max IS NULL OR scale_min < scale_max)
);

CREATE TABLE score (
    id            INTEGER PRIMARY KEY,
    option_id     INTEGER NOT NULL REFERENCES option(id) ON DELETE CASCADE,
    criterion_id  INTEGER NOT NULL REFERENCES criterion(id) ON DELETE CASCADE,
    value         REAL,                         -- NULL: not scored
    rationale     TEXT    NOT NULL DEFAULT '',
    UNIQUE (option_id, criterion_id)
);

-- One claim from one source, attached to the score it bears on.
-- stance: how the claim bears on this score ('supports' the value given,
-- 'opposes' it, or 'context').  A disputed claim is kept with its source and a
-- one-line correction, and did not drive the score.
CREATE TABLE evidence (
    id            INTEGER PRIMARY KEY,
    score_id      INTEGER NOT NULL REFERENCES score(id) ON DELETE CASCADE,
    source_id     INTEGER REFERENCES source(id) ON DELETE SET NULL,
    claim         TEXT    NOT NULL,
    stance        TEXT    NOT NULL DEFAULT 'supports' CHECK (stance IN ('supports', 'opposes', 'context')),
    disputed      INTEGER NOT NULL DEFAULT 0,
    correction    TEXT    NOT NULL DEFAULT '',
    position      INTEGER NOT NULL DEFAULT 0
);

-- Named weight sets: scenarios, stakeholders, custom.
CREATE TABLE profile (
    id            INTEGER PRIMARY KEY,
    comparison_id INTEGER NOT NULL REFERENCES comparison(id) ON DELETE CASCADE,
    name          TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind          TEXT    NOT NULL DEFAULT 'scenario' CHECK (kind IN ('scenario', 'stakeholder', 'custom')),
    description   TEXT    NOT NULL DEFAULT '',
    source_id     INTEGER REFERENCES source(id) ON DELETE SET NULL,
    position      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (comparison_id, name)
);

CREATE TABLE profile_weight (
    profile_id    INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
    criterion_id  INTEGER NOT NULL REFERENCES criterion(id) ON DELETE CASCADE,
    weight        REAL    NOT NULL CHECK (weight >= 0 AND weight <= 1000),
    PRIMARY KEY (profile_id, criterion_id)
);

CREATE INDEX idx_option_comparison    ON option(comparison_id);
CREATE INDEX idx_criterion_comparison ON criterion(comparison_id);
CREATE INDEX idx_score_option         ON score(option_id);
CREATE INDEX idx_evidence_score       ON evidence(score_id);
CREATE INDEX idx_profile_comparison   ON profile(comparison_id);
