-- The service levels of the open tickets without an assigned group, per entity and day, so that the
-- workbook's "No group" row is read from the snapshot like every other figure instead of being
-- recounted from the mirror (snapshot.TeamSnapshot). Same definitions as the columns of V42;
-- no_group_unassigned: without a group and without an assigned technician (User). Days recorded
-- before keep NULL.
ALTER TABLE snapshot_entity_day ADD COLUMN no_group_late INT;
ALTER TABLE snapshot_entity_day ADD COLUMN no_group_due_soon INT;
ALTER TABLE snapshot_entity_day ADD COLUMN no_group_unassigned INT;
