-- A province's receiving agency can be cleared (PUT /api/provinces/{code}/receiving-agency with a null agency):
-- the row goes, and the province's social work centre receives again. Row-level security (the FOR ALL policy of
-- migration 0021) already limits deleting to a system administrator, or the province's own coordinator, and the
-- deferred audit trigger already fires on DELETE.
GRANT DELETE ON TABLE province_receiving_agencies TO lantern_app;
