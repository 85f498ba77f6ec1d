-- Tradeoff schema, version 3: tasks with a code example per option, shown
-- side by side ("a minimal HTTP server" in Node.js and in Python).

CREATE TABLE task (
    id            INTEGER PRIMARY KEY,
    comparison_id INTEGER NOT NULL REFERENCES comparison(id) ON DELETE CASCADE,
    name          TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description   TEXT    NOT NULL DEFAULT '',
    position      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (comparison_id, name)
);

CREATE TABLE code_example (
    id            INTEGER PRIMARY KEY,
    task_id       INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
    option_id     INTEGER NOT NULL REFERENCES option(id) ON DELETE CASCADE,
    language      TEXT    NOT NULL DEFAULT 'text',  -- javascript, typescript, python, text, ...
    code          TEXT    NOT NULL DEFAULT '',
    note          TEXT    NOT NULL DEFAULT '',
    UNIQUE (task_id, option_id)
);

CREATE INDEX idx_task_comparison ON task(comparison_id);
CREATE INDEX idx_code_example_task ON code_example(task_id);
