// The `lantern` arguments `npm start` runs with: serve, with the demo on the embedded engine only. On
// PostgreSQL (DATABASE_URL set) the database may be a real one, so the demo needs an explicit
// `npm start -- --demo`; production runs `lantern serve` (see README "Running on PostgreSQL").
export function startArgs(extra = []) {
  return ['serve', '--demo-if-embedded', ...extra];
}
