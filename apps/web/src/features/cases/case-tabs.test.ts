import { describe, expect, it } from 'vitest';
import { visibleTabs } from './case-tabs';

const worker = ['case.read', 'case.read_identity', 'case.update', 'referral.create', 'referral.respond'];

describe('visibleTabs', () => {
  it('shows the owning agency every tab', () => {
    expect(visibleTabs(worker, { access: 'agency', referralSections: null })).toEqual([
      'summary',
      'person',
      'details',
      'consent',
      'notes',
      'tasks',
      'support',
      'reintegration',
      'attachments',
      'timeline',
      'referrals',
      'sharing',
    ]);
  });
  it('shows an agency reached by referral the profile and only the parts the sender opened', () => {
    expect(visibleTabs(worker, { access: 'referral', referralSections: [] })).toEqual([
      'summary',
      'person',
      'consent',
      'support',
      'timeline',
      'referrals',
    ]);
    expect(
      visibleTabs(worker, {
        access: 'referral',
        referralSections: ['identity', 'journey', 'notes', 'attachments'],
      }),
    ).toEqual([
      'summary',
      'person',
      'details',
      'consent',
      'notes',
      'support',
      'attachments',
      'timeline',
      'referrals',
    ]);
  });
  it('keeps notes from a reader without the identity permission, even when opened', () => {
    const provider = ['case.read', 'referral.respond'];
    expect(
      visibleTabs(provider, { access: 'referral', referralSections: ['identity', 'notes'] }),
    ).not.toContain('notes');
  });
  it('shows a shared case no referrals or sharing tab, and a provincial reader the summary parts only', () => {
    expect(visibleTabs(worker, { access: 'shared', referralSections: null })).not.toContain('referrals');
    expect(visibleTabs(['case.read_province'], { access: 'province', referralSections: null })).toEqual([
      'summary',
      'person',
      'consent',
      'timeline',
    ]);
  });
});
