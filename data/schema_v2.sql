-- Tradeoff schema, version 2: PROMETHEE preference functions per criterion.
-- preference: 'usual' (any advantage is a full preference), 'linear' (none up
-- to the indifference threshold q, full from the preference threshold p,
-- linear in between) or 'vshape' (linear from 0 up to p).  Thresholds are in
-- the criterion's own units; NULL when unused.

ALTER TABLE criterion ADD COLUMN preference TEXT NOT NULL DEFAULT 'usual'
    CHECK (preference IN ('usual', 'linear', 'vshape'));
ALTER TABLE criterion ADD COLUMN indifference REAL CHECK (indifference IS NULL OR indifference >= 0);
ALTER TABLE criterion ADD COLUMN preference_threshold REAL CHECK (preference_threshold IS NULL OR preference_threshold > 0);
