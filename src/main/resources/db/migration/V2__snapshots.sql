-- Daily snapshots. A day is either observed (computed by a sync on that day, replaced by every
-- later sync of the same day, frozen afterwards) or reconstructed from ticket dates for days that
-- have no observed snapshot. A reconstructed day never overwrites an observed one.

CREATE TABLE snapshot_day (
  snapshot_date            DATE PRIMARY KEY,
  reconstructed  BOOLEAN NOT NULL,
  as_of          TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Per entity and day: the figures every scope is summed from (entity and its descendants).
CREATE TABLE snapshot_entity_day (
  snapshot_date        DATE NOT NULL,
  entity_id  BIGINT NOT NULL,
  open_count INT NOT NULL,
  opened     INT NOT NULL,
  solved     INT NOT NULL,
  closed     INT NOT NULL,
  PRIMARY KEY (snapshot_date, entity_id)
);

-- Observed days only: open tickets by entity x status x priority x type x category.
CREATE TABLE snapshot_open (
  snapshot_date          DATE NOT NULL,
  entity_id    BIGINT NOT NULL,
  status       INT NOT NULL,
  priority     INT NOT NULL,
  type         INT NOT NULL,
  category_id  BIGINT NOT NULL,   -- 0 = no category
  open_count   INT NOT NULL
);
CREATE INDEX snapshot_open_day_idx ON snapshot_open (snapshot_date, entity_id);

-- Observed days only: backlog age buckets (0: < 1 day, 1: 1-7, 2: 8-30, 3: 31-90, 4: > 90 days).
CREATE TABLE snapshot_age (
  snapshot_date        DATE NOT NULL,
  entity_id  BIGINT NOT NULL,
  bucket     INT NOT NULL,
  open_count INT NOT NULL,
  PRIMARY KEY (snapshot_date, entity_id, bucket)
);

-- Observed days only: the oldest open tickets of each entity (top N per entity, so any subtree's
-- top N is among them).
CREATE TABLE snapshot_oldest (
  snapshot_date        DATE NOT NULL,
  entity_id  BIGINT NOT NULL,
  ticket_id  BIGINT NOT NULL,
  title      VARCHAR(4096) NOT NULL,
  opened_at  TIMESTAMP WITH TIME ZONE,
  status     INT NOT NULL,
  priority   INT,
  PRIMARY KEY (snapshot_date, ticket_id)
);
CREATE INDEX snapshot_oldest_day_idx ON snapshot_oldest (snapshot_date, entity_id);
