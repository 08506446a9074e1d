-- Figures of teams and service levels, recorded with every observed snapshot from now on
-- (snapshot.SnapshotWriter); days recorded before keep NULL, which the API shows as null rather
-- than as a false zero. Definitions: README.md, "What the numbers mean".

-- TRUE when the day was observed with the figures below (per-group tables included): the group
-- trend only shows such days, it is never reconstructed.
ALTER TABLE snapshot_day ADD COLUMN teams BOOLEAN NOT NULL DEFAULT FALSE;

-- Per entity and day. late: open with a time-to-resolve deadline before the as-of time (observed
-- days) or before the end of the day (reconstructed days); due_soon: open, not late, deadline
-- before as-of + wallboard.due-soon; unassigned: open without any assigned member; no_group: open
-- without an assigned group.
ALTER TABLE snapshot_entity_day ADD COLUMN late INT;
ALTER TABLE snapshot_entity_day ADD COLUMN due_soon INT;
ALTER TABLE snapshot_entity_day ADD COLUMN unassigned INT;
ALTER TABLE snapshot_entity_day ADD COLUMN no_group INT;

-- the late mark of the oldest-tickets list
ALTER TABLE snapshot_oldest ADD COLUMN time_to_resolve TIMESTAMP WITH TIME ZONE;

-- The same figures per assigned group (glpi_ticket_member, member_type 'Group'): a ticket with two
-- groups has rows under both. unassigned here: assigned to the group, but to no technician (User).
CREATE TABLE snapshot_group_day (
  snapshot_date  DATE NOT NULL,
  group_id       BIGINT NOT NULL,
  entity_id      BIGINT NOT NULL,
  open_count     INT NOT NULL,
  opened         INT NOT NULL,
  solved         INT NOT NULL,
  closed         INT NOT NULL,
  late           INT NOT NULL,
  due_soon       INT NOT NULL,
  unassigned     INT NOT NULL,
  PRIMARY KEY (snapshot_date, group_id, entity_id)
);

CREATE TABLE snapshot_group_open (
  snapshot_date  DATE NOT NULL,
  group_id       BIGINT NOT NULL,
  entity_id      BIGINT NOT NULL,
  status         INT NOT NULL,
  priority       INT NOT NULL,
  type           INT NOT NULL,
  open_count     INT NOT NULL
);
CREATE INDEX snapshot_group_open_day_idx ON snapshot_group_open (snapshot_date, group_id, entity_id);

CREATE TABLE snapshot_group_age (
  snapshot_date  DATE NOT NULL,
  group_id       BIGINT NOT NULL,
  entity_id      BIGINT NOT NULL,
  bucket         INT NOT NULL,
  open_count     INT NOT NULL,
  PRIMARY KEY (snapshot_date, group_id, entity_id, bucket)
);

CREATE TABLE snapshot_group_oldest (
  snapshot_date    DATE NOT NULL,
  group_id         BIGINT NOT NULL,
  entity_id        BIGINT NOT NULL,
  ticket_id        BIGINT NOT NULL,
  title            VARCHAR(4096) NOT NULL,
  opened_at        TIMESTAMP WITH TIME ZONE,
  status           INT NOT NULL,
  priority         INT,
  time_to_resolve  TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (snapshot_date, group_id, ticket_id)
);
CREATE INDEX snapshot_group_oldest_day_idx ON snapshot_group_oldest (snapshot_date, group_id, entity_id);

-- Open tickets of group_id that are also assigned to other_group_id (other_group_id = group_id:
-- all of group_id's): the "by team" list of a group's own board.
CREATE TABLE snapshot_group_pair (
  snapshot_date   DATE NOT NULL,
  group_id        BIGINT NOT NULL,
  other_group_id  BIGINT NOT NULL,
  entity_id       BIGINT NOT NULL,
  open_count      INT NOT NULL,
  late            INT NOT NULL,
  due_soon        INT NOT NULL,
  unassigned      INT NOT NULL,
  PRIMARY KEY (snapshot_date, group_id, other_group_id, entity_id)
);

-- The open tickets' deadline joins the dimensions the snapshot reads from the index alone (V30):
-- the team figures read the open tickets once, from this index and the member table.
DROP INDEX glpi_ticket_open_dims_idx;
CREATE INDEX glpi_ticket_open_dims_idx ON glpi_ticket (is_open, entity_id, status, priority, type, category_id, opened_at, time_to_resolve);

-- The reconstructed late count reads deadlines and days from this index alone (no row reads).
CREATE INDEX glpi_ticket_deadline_idx ON glpi_ticket (is_deleted, time_to_resolve, opened_day, solved_day, closed_day, entity_id);
