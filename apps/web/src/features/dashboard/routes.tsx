import { RequireSession } from '../auth/RequireSession';
import { DashboardPage } from './DashboardPage';

/** National readers (aggregates, suppressed) and own-scope readers (indicators.read, unsuppressed). */
export const dashboardReaders = ['stats.read_aggregate', 'indicators.read'];

export function DashboardRoute() {
  return (
    <RequireSession anyOf={dashboardReaders}>
      <DashboardPage />
    </RequireSession>
  );
}
