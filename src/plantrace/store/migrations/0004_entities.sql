-- Entities: projects, named concepts, platforms, industry mentions and per-district guidance rows.
-- Every row keeps its source: document, node, physical lines, offsets in the original line, rule.
CREATE TABLE entity_projects (
    doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    node_id    TEXT NOT NULL,
    name       TEXT NOT NULL,
    name_simp  TEXT NOT NULL,
    category   TEXT NOT NULL,  -- canonical (轨道交通, 医疗卫生 … 其他)
    status     TEXT,
    place      TEXT,
    box        TEXT NOT NULL,
    line_start INTEGER NOT NULL,
    line_end   INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL,
    rule       TEXT NOT NULL,
    group_name TEXT NOT NULL DEFAULT '',  -- the raw box title / list heading (shown as "group")
    category_rule TEXT NOT NULL DEFAULT ''
);
CREATE INDEX entity_projects_doc ON entity_projects(doc_id, line_start);
CREATE INDEX entity_projects_category ON entity_projects(category);

CREATE TABLE entity_concepts (
    doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    node_id    TEXT NOT NULL,
    name       TEXT NOT NULL,
    name_simp  TEXT NOT NULL,
    key        TEXT NOT NULL,
    parts      TEXT NOT NULL,  -- JSON array of [part, definition]
    place      TEXT,
    mentions   INTEGER NOT NULL,
    line_start INTEGER NOT NULL,
    line_end   INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL,
    rule       TEXT NOT NULL
);
CREATE INDEX entity_concepts_key ON entity_concepts(key);
CREATE INDEX entity_concepts_doc ON entity_concepts(doc_id);

CREATE TABLE entity_platforms (
    doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    node_id    TEXT NOT NULL,
    name       TEXT NOT NULL,
    name_simp  TEXT NOT NULL,
    category   TEXT NOT NULL,
    place      TEXT,
    line_start INTEGER NOT NULL,
    line_end   INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL,
    rule       TEXT NOT NULL
);
CREATE INDEX entity_platforms_doc ON entity_platforms(doc_id);

CREATE TABLE entity_industries (
    doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    node_id    TEXT NOT NULL,
    industry   TEXT NOT NULL,
    surface    TEXT NOT NULL,
    place      TEXT,
    sentence   TEXT NOT NULL,
    line_start INTEGER NOT NULL,
    line_end   INTEGER NOT NULL,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL,
    rule       TEXT NOT NULL
);
CREATE INDEX entity_industries_place ON entity_industries(place, industry);

CREATE TABLE entity_guidance (
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    node_id     TEXT NOT NULL,
    district    TEXT NOT NULL,
    positioning TEXT NOT NULL,
    focus       TEXT NOT NULL,
    platforms   TEXT NOT NULL,
    line_start  INTEGER NOT NULL,
    line_end    INTEGER NOT NULL,
    rule        TEXT NOT NULL
);
CREATE INDEX entity_guidance_district ON entity_guidance(district);
