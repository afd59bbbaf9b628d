import { RequireSession } from '../auth/RequireSession';
import { ComplaintDetailPage } from './ComplaintDetailPage';
import { ComplaintsInboxPage } from './ComplaintsInboxPage';

export function ComplaintsInboxRoute() {
  return (
    <RequireSession anyOf={['complaint.handle']}>
      <ComplaintsInboxPage />
    </RequireSession>
  );
}

export function ComplaintDetailRoute() {
  return (
    <RequireSession anyOf={['complaint.handle']}>
      <ComplaintDetailPage />
    </RequireSession>
  );
}
