import { RequireSession } from '../auth/RequireSession';
import { ComplaintDetailPage } from './ComplaintDetailPage';
import { ComplaintsInboxPage } from './ComplaintsInboxPage';
import { StoryLibraryPage } from './StoryLibraryPage';
import { StoryReviewPage } from './StoryReviewPage';

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

export function StoryReviewRoute() {
  return (
    <RequireSession anyOf={['story.review']}>
      <StoryReviewPage />
    </RequireSession>
  );
}

export function StoryLibraryRoute() {
  return (
    <RequireSession anyOf={['story.read', 'story.review']}>
      <StoryLibraryPage />
    </RequireSession>
  );
}
