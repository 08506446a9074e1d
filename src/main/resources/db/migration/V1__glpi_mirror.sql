-- Mirror of what GLPI shows the service account. Rows are upserted by id; a full sync stamps
-- last_seen_run on every row it receives and then removes the rows it did not see (purged in GLPI).

CREATE TABLE glpi_entity (
  id             BIGINT PRIMARY KEY,
  name           VARCHAR(1024) NOT NULL,
  completename   VARCHAR(4096) NOT NULL,
  parent_id      BIGINT,
  level          INT,
  last_seen_run  BIGINT NOT NULL
);

CREATE TABLE glpi_ticket (
  id                   BIGINT PRIMARY KEY,
  title                VARCHAR(4096) NOT NULL,
  entity_id            BIGINT,
  entity_name          VARCHAR(1024),
  entity_completename  VARCHAR(4096),
  status               INT NOT NULL,
  priority             INT,
  urgency              INT,
  impact               INT,
  type                 INT,
  category_id          BIGINT,
  category_name        VARCHAR(1024),
  is_deleted           BOOLEAN NOT NULL,
  opened_at            TIMESTAMP WITH TIME ZONE,
  modified_at          TIMESTAMP WITH TIME ZONE,
  solved_at            TIMESTAMP WITH TIME ZONE,
  closed_at            TIMESTAMP WITH TIME ZONE,
  -- calendar days in wallboard.time-zone, computed by the application (DST-safe java.time)
  opened_day           DATE,
  solved_day           DATE,
  closed_day           DATE,
  last_seen_run        BIGINT NOT NULL
);

-- One index only: every secondary index slows the sync's upserts, and the snapshot queries
-- aggregate over the whole table anyway; open tickets are the one selective lookup.
CREATE INDEX glpi_ticket_open_idx ON glpi_ticket (is_deleted, status);

-- Small key/value store for the sync: watermark, server offset, zone of the *_day columns, last outcome.
CREATE TABLE sync_state (
  name   VARCHAR(100) PRIMARY KEY,
  val    VARCHAR(4000)
);

CREATE SEQUENCE sync_run_seq START WITH 1;
