-- The rule of V30 written again, the same rule with another spelling. H2 2.4.240 compiles the
-- IN list of a generated column into a condition that keeps the session which ran the DDL
-- (ConditionInConstantSet); once the pool retires that connection (Hikari's max-lifetime, 30 min
-- by default, or an eviction after a failure) while another one keeps the database open, every
-- write to glpi_ticket fails with "The database has been closed" (90098) until the database is
-- reopened. Comparisons keep no session.
DROP INDEX glpi_ticket_open_dims_idx;

ALTER TABLE glpi_ticket DROP COLUMN is_open;

ALTER TABLE glpi_ticket ADD COLUMN is_open BOOLEAN GENERATED ALWAYS AS (is_deleted = FALSE AND status <> 5 AND status <> 6);

CREATE INDEX glpi_ticket_open_dims_idx ON glpi_ticket (is_open, entity_id, status, priority, type, category_id, opened_at, time_to_resolve);
