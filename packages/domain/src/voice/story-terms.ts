/**
 * Consented stories (issue #20): what a story is about, for policy and programme users to find the ones that
 * bear on their work, and where it stands.
 */
export const storyThemes = [
  'recruitment_channel',
  'journey_exploitation',
  'identification',
  'support_gaps',
  'stigma',
  'reintegration',
  'justice',
  'what_helped',
] as const;
export type StoryTheme = (typeof storyThemes)[number];

export const storyDraftStatuses = ['draft', 'submitted', 'returned'] as const;
export type StoryDraftStatus = (typeof storyDraftStatuses)[number];

/** Who may read an approved story, as the survivor agreed. */
export const storyAudiences = ['policy_makers', 'programme_staff', 'public_reports'] as const;
export type StoryAudience = (typeof storyAudiences)[number];
