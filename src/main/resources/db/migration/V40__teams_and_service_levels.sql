-- Teams and service levels (issue: unassigned, late and due-soon tickets, a board per group).
-- The GLPI field each column mirrors is given beside it; the mapping from the API's names to
-- GLPI's database columns is documented in README.md ("Where the service-level dates come from").

-- SLA/OLA dates of the API v2.1+ Ticket schema (null when GLPI sends none or the version lacks them).
-- After the arrow: the glpi_tickets column GLPI reads the property from ('x-field' in ITILController.php).
ALTER TABLE glpi_ticket ADD COLUMN time_to_resolve TIMESTAMP WITH TIME ZONE;          -- resolution_date -> time_to_resolve: SLA time-to-resolve deadline
ALTER TABLE glpi_ticket ADD COLUMN internal_time_to_resolve TIMESTAMP WITH TIME ZONE; -- internal_resolution_date -> internal_time_to_resolve: OLA time-to-resolve deadline
ALTER TABLE glpi_ticket ADD COLUMN taken_into_account_at TIMESTAMP WITH TIME ZONE;    -- take_into_account_date -> takeintoaccountdate: when it WAS taken into account (not a deadline)
ALTER TABLE glpi_ticket ADD COLUMN take_into_account_seconds BIGINT;                  -- take_into_account_duration -> takeintoaccount_delay_stat (s)
ALTER TABLE glpi_ticket ADD COLUMN internal_time_to_own TIMESTAMP WITH TIME ZONE;     -- internal_take_into_account_date -> internal_time_to_own: OLA time-to-own deadline
ALTER TABLE glpi_ticket ADD COLUMN request_type_name VARCHAR(1024);                   -- request_type.name
ALTER TABLE glpi_ticket ADD COLUMN location_name VARCHAR(4096);                       -- location.name

-- The ticket's assigned team members (team[] entries with role "assigned"; requesters and
-- observers are never stored). Replaced as a whole whenever the ticket is synced.
CREATE TABLE glpi_ticket_member (
  ticket_id    BIGINT NOT NULL,
  member_type  VARCHAR(16) NOT NULL,   -- 'User' (technician), 'Group' (support group), 'Supplier'
  member_id    BIGINT NOT NULL,
  member_name  VARCHAR(1024),
  PRIMARY KEY (ticket_id, member_type, member_id)
);
CREATE INDEX glpi_ticket_member_group_idx ON glpi_ticket_member (member_type, member_id, ticket_id);

-- GLPI's group tree (GET /Administration/Group), or, when the account may not read groups, the
-- groups named by the tickets' team members (completename = name, no parent).
CREATE TABLE glpi_group (
  id             BIGINT PRIMARY KEY,
  name           VARCHAR(1024) NOT NULL,
  completename   VARCHAR(4096) NOT NULL,
  parent_id      BIGINT,
  level          INT,
  last_seen_run  BIGINT NOT NULL
);
