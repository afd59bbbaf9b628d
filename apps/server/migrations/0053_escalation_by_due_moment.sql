-- Issue #16, scale: the escalation run (every minute) asked for the open referrals late on either deadline,
-- ordered by completion deadline. The two deadlines joined by OR gave no index an order to walk: at 1,000,000
-- persons it read every open referral (149,041), kept the 11,436 late ones, sorted them and escalated 200 —
-- 0.9 s of each run. Each open referral that can still move has one moment it next falls due (the earlier
-- deadline while it waits for an answer below level 2, otherwise its completion deadline); indexed by it, a run
-- reads only the late referrals (0.9 s -> 0.25 s; the planner, which cannot see through the row policy's
-- settings, fetches all late ones and sorts rather than stopping at 200 — 10 ms when made to walk the index). A
-- referral at level 2 that was answered has no next step and is left out of the index.
CREATE INDEX referrals_escalation_due_idx ON referrals ((
  CASE WHEN status = 'sent' AND escalation_level < 2 THEN least(respond_by, complete_by) ELSE complete_by END))
  WHERE status IN ('sent', 'accepted', 'in_progress') AND (escalation_level < 2 OR status = 'sent');
