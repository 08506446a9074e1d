-- The SLA time-to-own deadline: API property own_date -> glpi_tickets.time_to_own ('x-field' in
-- ITILController.php), introduced in API 2.3.0. Null when GLPI sends none, and always with glpi.api-version
-- below v2.3 (older schemas do not expose it; internal_time_to_own is the OLA deadline, not the SLA one).
ALTER TABLE glpi_ticket ADD COLUMN time_to_own TIMESTAMP WITH TIME ZONE;
