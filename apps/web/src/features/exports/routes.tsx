import { RequireSession } from '../auth/RequireSession';
import { ExportsPage } from './ExportsPage';

export function ExportsRoute() {
  return (
    <RequireSession anyOf={['export.deidentified', 'export.htcds']}>
      <ExportsPage />
    </RequireSession>
  );
}
