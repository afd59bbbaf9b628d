/** Documented accounts, placed in agencies of the synthetic country (`type:province`, or the ministry). */
export const DEMO_USERS = [
  { username: 'admin', name: 'Quản trị hệ thống (demo)', agency: 'ministry', roles: ['system_admin'] },
  { username: 'auditor', name: 'Kiểm toán viên (demo)', agency: 'ministry', roles: ['auditor'] },
  {
    username: 'analyst',
    name: 'Cán bộ chương trình (demo)',
    agency: 'ministry',
    roles: ['programme_analyst'],
  },
  { username: 'swc.admin', name: 'Phạm Quốc Huy', agency: 'social_work_centre:15', roles: ['agency_admin'] },
  { username: 'lan.nguyen', name: 'Nguyễn Thị Lan', agency: 'social_work_centre:15', roles: ['case_worker'] },
  { username: 'minh.tran', name: 'Trần Văn Minh', agency: 'social_work_centre:15', roles: ['supervisor'] },
  { username: 'hoa.le', name: 'Lê Thị Hoa', agency: 'commune_police:15', roles: ['frontline_screener'] },
  {
    username: 'duc.bien',
    name: 'Hoàng Minh Đức',
    agency: 'border_guard_post:15',
    roles: ['frontline_screener'],
  },
  // Border guards receive returnees and hand them on: registering and referring is their case work.
  {
    username: 'tuan.bien',
    name: 'Nguyễn Anh Tuấn',
    agency: 'border_guard_post:15',
    roles: ['case_worker'],
  },
  // A one-stop support office: case work and the office's intake screen (#18).
  {
    username: 'mai.vo',
    name: 'Võ Thị Mai',
    agency: 'womens_union_one_stop:91',
    roles: ['case_worker', 'one_stop_intake'],
  },
  // Programme monitoring (#19): the province's coordinator, at the standing office of the provincial steering
  // committee (the provincial police's anti-trafficking unit), reads every agency's cases of Lào Cai on the
  // dashboard — their own scope, unsuppressed — and no other province's.
  {
    username: 'hang.dang',
    name: 'Đặng Thu Hằng',
    agency: 'provincial_police_anti_trafficking:15',
    roles: ['provincial_coordinator'],
  },
  // survivor voice (#20): the designated complaints officer sits at the ministry, outside every agency a
  // survivor can complain about in the demo, so every complaint reaches her.
  {
    username: 'thu.pham',
    name: 'Phạm Thị Thu',
    agency: 'ministry',
    roles: ['complaints_officer'],
  },
] as const;

/** The documented demo accounts, all signing in with DEMO_PASSWORD while the demo lasts. */
export const DEMO_USERNAMES: readonly string[] = DEMO_USERS.map((user) => user.username);
