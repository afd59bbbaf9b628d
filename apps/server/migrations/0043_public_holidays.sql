-- Issue #20: complaint response deadlines count working days and skip Viet Nam's public holidays.
-- Holidays are data: the Labour Code 2019 (45/2019/QH14, Art. 112) names them, but Tết and the Hùng Kings'
-- day follow the lunar calendar, the day next to National Day is chosen yearly, and the Government announces
-- each year which days are off and which weekend days are made up. One row per day off; a system
-- administrator keeps the list (admin.vocabularies.manage). Everyone reads it — filing a complaint runs
-- without a session and needs it for the deadline. Every change is audited (trigger below).
CREATE TABLE public_holidays (
  id uuid PRIMARY KEY NOT NULL,
  day date NOT NULL UNIQUE,
  name_vi text NOT NULL,
  name_en text NOT NULL,
  -- Seeded or entered before the year's official announcement: the administrator checks it.
  to_check boolean DEFAULT false NOT NULL,
  updated_by uuid REFERENCES users(id),
  created_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  updated_at timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public_holidays TO lantern_app;
--> statement-breakpoint
ALTER TABLE public_holidays ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY public_holidays_read ON public_holidays FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY public_holidays_keep ON public_holidays FOR INSERT
  WITH CHECK (lantern_has_permission('admin.vocabularies.manage'));
--> statement-breakpoint
CREATE POLICY public_holidays_change ON public_holidays FOR UPDATE
  USING (lantern_has_permission('admin.vocabularies.manage'))
  WITH CHECK (lantern_has_permission('admin.vocabularies.manage'));
--> statement-breakpoint
CREATE POLICY public_holidays_remove ON public_holidays FOR DELETE
  USING (lantern_has_permission('admin.vocabularies.manage'));
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER public_holidays_audited AFTER INSERT OR UPDATE OR DELETE ON public_holidays
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
-- The 2026 and 2027 days off in the usual pattern, every one marked "to check": Tết is the eve and the first
-- four days of the lunar year (2026: Tết on Tue 17 Feb; 2027: Tết on Sat 6 Feb, its two weekend days made up
-- on the next working days); Hùng Kings 10/3 lunar (2026: Sun 26 Apr, made up Mon 27 Apr; 2027: Fri 16 Apr);
-- 30/4 and 1/5 (2027: 1/5 is a Saturday, made up Mon 3 May); 2/9 with the adjacent day (2026: Tue 1 Sep;
-- 2027: Fri 3 Sep). Viet Nam Culture Day (24/11) was decided by Politburo Resolution 80-NQ/TW (January 2026)
-- and Government Resolution 30/NQ-CP asks for Art. 112 to be amended; it is seeded, to be checked, until the
-- amendment is law. Source: Labour Code 2019 Art. 111–112 and the yearly announcements of the pattern.
DO $$
  DECLARE event_id uuid := gen_random_uuid();
  BEGIN
    INSERT INTO audit_events (id, occurred_at, action, outcome, user_agent, details, tx_id)
      VALUES (event_id, date_trunc('milliseconds', now()), 'system.seed', 'success', 'lantern-system',
        '{"publicHolidays":28}'::jsonb, txid_current());
    INSERT INTO audit_pending_seal (event_id) VALUES (event_id);
    INSERT INTO public_holidays (id, day, name_vi, name_en, to_check)
    SELECT gen_random_uuid(), d::date, n_vi, n_en, true FROM (VALUES
      ('2026-01-01', 'Tết Dương lịch', 'New Year''s Day'),
      ('2026-02-16', 'Tết Nguyên đán (giao thừa)', 'Lunar New Year (Tết) — eve'),
      ('2026-02-17', 'Tết Nguyên đán (mùng 1)', 'Lunar New Year (Tết) — day 1'),
      ('2026-02-18', 'Tết Nguyên đán (mùng 2)', 'Lunar New Year (Tết) — day 2'),
      ('2026-02-19', 'Tết Nguyên đán (mùng 3)', 'Lunar New Year (Tết) — day 3'),
      ('2026-02-20', 'Tết Nguyên đán (mùng 4)', 'Lunar New Year (Tết) — day 4'),
      ('2026-04-26', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hùng Kings'' Commemoration (10/3 lunar)'),
      ('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương', 'Day off in lieu: Hùng Kings'' Commemoration'),
      ('2026-04-30', 'Ngày Chiến thắng', 'Reunification Day'),
      ('2026-05-01', 'Ngày Quốc tế Lao động', 'International Labour Day'),
      ('2026-09-01', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)'),
      ('2026-09-02', 'Quốc khánh', 'National Day'),
      ('2026-11-24', 'Ngày Văn hóa Việt Nam (chờ sửa Bộ luật Lao động)',
        'Viet Nam Culture Day (pending the Labour Code amendment)'),
      ('2027-01-01', 'Tết Dương lịch', 'New Year''s Day'),
      ('2027-02-05', 'Tết Nguyên đán (giao thừa)', 'Lunar New Year (Tết) — eve'),
      ('2027-02-06', 'Tết Nguyên đán (mùng 1)', 'Lunar New Year (Tết) — day 1'),
      ('2027-02-07', 'Tết Nguyên đán (mùng 2)', 'Lunar New Year (Tết) — day 2'),
      ('2027-02-08', 'Tết Nguyên đán (mùng 3)', 'Lunar New Year (Tết) — day 3'),
      ('2027-02-09', 'Tết Nguyên đán (mùng 4)', 'Lunar New Year (Tết) — day 4'),
      ('2027-02-10', 'Nghỉ bù Tết Nguyên đán', 'Day off in lieu: Lunar New Year'),
      ('2027-02-11', 'Nghỉ bù Tết Nguyên đán', 'Day off in lieu: Lunar New Year'),
      ('2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hùng Kings'' Commemoration (10/3 lunar)'),
      ('2027-04-30', 'Ngày Chiến thắng', 'Reunification Day'),
      ('2027-05-01', 'Ngày Quốc tế Lao động', 'International Labour Day'),
      ('2027-05-03', 'Nghỉ bù Ngày Quốc tế Lao động', 'Day off in lieu: International Labour Day'),
      ('2027-09-02', 'Quốc khánh', 'National Day'),
      ('2027-09-03', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)'),
      ('2027-11-24', 'Ngày Văn hóa Việt Nam (chờ sửa Bộ luật Lao động)',
        'Viet Nam Culture Day (pending the Labour Code amendment)')
    ) AS seed(d, n_vi, n_en);
  END $$;
