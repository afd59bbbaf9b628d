import { RequireSession } from '../auth/RequireSession';
import { TrainingPage } from './TrainingPage';

export function TrainingRoute() {
  return (
    <RequireSession anyOf={['training.manage']}>
      <TrainingPage />
    </RequireSession>
  );
}
