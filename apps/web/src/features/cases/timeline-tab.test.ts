import { describe, expect, it } from 'vitest';
import { tabOfTimelineKind } from './timeline-tab';

describe('the tab a timeline line belongs to', () => {
  it.each([
    ['note.added', 'notes'],
    ['task.done', 'tasks'],
    ['attachment.added', 'attachments'],
    ['consent.recorded', 'consent'],
    ['consent.withdrawn', 'consent'],
    ['identity.corrected', 'person'],
    ['profile.updated', 'person'],
    ['details.updated', 'details'],
    ['referral.sent', 'referrals'],
    ['share.granted', 'sharing'],
    ['transition.close', 'summary'],
    ['registered', 'summary'],
    ['something.new', null],
  ])('%s → %s', (kind, tab) => {
    expect(tabOfTimelineKind(kind)).toBe(tab);
  });
});
