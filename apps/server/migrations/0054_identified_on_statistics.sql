-- Issue #19, scale: the case facts' identification day is an expression (the day the status was decided, for an
-- identified victim only), and PostgreSQL keeps no statistics on an expression unless asked. Every indicator
-- counted from identification (victims identified, supported, days from identification to first support) was
-- planned for ~0.5 % of the cases in its range; at 1,000,000 persons it read 758,212 and, planned for 1,538,
-- fetched each person's sex or age band through an index probe per case. With the expression's own statistics
-- the planner expects what is there and joins the persons in one pass (national median days identification ->
-- first support by province x sex: 18.3 s -> 8.8 s at 1,000,000 persons).
CREATE STATISTICS IF NOT EXISTS cases_identified_on_stats
  ON ((CASE WHEN trafficking_status = 'ActualVictimOfTrafficking' THEN status_decided_on END)) FROM cases;
--> statement-breakpoint
ANALYZE cases;
