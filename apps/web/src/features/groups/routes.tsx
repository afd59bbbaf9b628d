import { RequireSession } from '../auth/RequireSession';
import { GroupPage } from './GroupPage';
import { GroupsPage } from './GroupsPage';

const readers = ['group.read', 'group.manage'];

export function GroupsRoute() {
  return (
    <RequireSession anyOf={readers}>
      <GroupsPage />
    </RequireSession>
  );
}

export function GroupRoute() {
  return (
    <RequireSession anyOf={readers}>
      <GroupPage />
    </RequireSession>
  );
}
