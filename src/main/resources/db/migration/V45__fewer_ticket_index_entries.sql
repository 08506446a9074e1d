-- Fewer index entries per synced ticket (issue 11, speed of the full sync): writing a page of 500
-- tickets was dominated by index entries (each ticket wrote its row, three secondary entries and,
-- for its two members on average, two rows and two entries more).
--
-- * The reconstructed history (V30) and the reconstructed late count (V42) read two indexes of the
--   same columns in another order; both scan all non-trashed tickets anyway (their conditions
--   select nearly every ticket), so one index holding every column they read serves both, still
--   without reading a row.
-- * The members' (member_type, member_id) index served only the name of a group missing from
--   GLPI's list; every figure reaches the members through the primary key (ticket_id first).
DROP INDEX glpi_ticket_history_idx;

DROP INDEX glpi_ticket_deadline_idx;

DROP INDEX glpi_ticket_member_group_idx;

CREATE INDEX glpi_ticket_days_idx ON glpi_ticket (is_deleted, opened_day, solved_day, closed_day, entity_id, time_to_resolve);
