-- Databases made before migrations 0001, 0002 and 0004 were edited in place lack the columns added to them
-- (removed.rule, measures.direction, entity_projects.group_name and .category_rule): migrate.py adds them where
-- missing (MISSING_COLUMNS) just before this file runs, in the same transaction. And the index 0004 gained:
CREATE INDEX IF NOT EXISTS entity_projects_category ON entity_projects(category);
