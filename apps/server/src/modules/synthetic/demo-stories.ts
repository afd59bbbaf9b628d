import { type StoryConsent, type StoryTheme, storyConsentSchema } from '@lantern/domain';
import type { SqlSession } from '../../db/types';
import { newId } from '../../lib/ids';
import type { KeyRing } from '../../lib/key-ring';
import { sealFor } from '../stories/story-rows';

/**
 * The demo's consented stories (#20): four approved ones in the library (/stories) by theme, and one draft of
 * the demo case worker waiting for her supervisor's review (/stories/review). Each comes from a case of the
 * demo social work centre with the consent the model requires (purpose, audiences, whom to contact to
 * withdraw, the day it was given). Approved stories keep no case id — only the keyed reference a withdrawal
 * uses — as the reviewer's approval writes them; the draft is sealed with its consent, as the worker's is.
 */
const WITHDRAW = 'Trung tâm Công tác xã hội tỉnh Lào Cai, phòng tư vấn';

const STORIES: readonly { text: string; themes: StoryTheme[]; audiences: StoryConsent['audiences'] }[] = [
  {
    text: 'Một người quen trên mạng hứa việc làm lương cao ở nước ngoài, lo cả vé máy bay. Khi đến nơi, họ giữ giấy tờ và bắt tôi làm việc suốt ngày đêm trước máy tính để lừa người khác. Ai không đủ chỉ tiêu thì bị đánh.',
    themes: ['recruitment_channel', 'journey_exploitation'],
    audiences: ['policy_makers', 'programme_staff'],
  },
  {
    text: 'Về đến nơi tôi được ở nhà tạm lánh và khám sức khỏe, nhưng tiền hỗ trợ ban đầu mất gần hai tháng mới nhận được. Trong thời gian đó gia đình tôi phải vay mượn để lo cho con đi học.',
    themes: ['support_gaps'],
    audiences: ['policy_makers', 'programme_staff', 'public_reports'],
  },
  {
    text: 'Hàng xóm bàn tán sau lưng, có người nói tôi tự chuốc lấy. Nhóm tự lực giúp tôi thấy mình không có lỗi, và khi tôi mở được quầy may nhỏ thì mọi người dần nhìn tôi khác đi.',
    themes: ['stigma', 'reintegration'],
    audiences: ['programme_staff', 'public_reports'],
  },
  {
    text: 'Điều giúp tôi nhiều nhất là có một cán bộ luôn gọi lại đúng hẹn và giải thích từng bước. Tôi biết mình có thể từ chối điều gì mình không muốn, nên tôi dám kể hết.',
    themes: ['what_helped', 'identification'],
    audiences: ['policy_makers', 'programme_staff'],
  },
];

const DRAFT = {
  text: 'Lúc ở cửa khẩu tôi rất sợ, không dám nói thật vì nghĩ mình sẽ bị phạt. Chỉ khi một chiến sĩ biên phòng nói chuyện riêng, nhẹ nhàng, tôi mới kể mình bị lừa bán.',
  themes: ['identification', 'what_helped'] as StoryTheme[],
};

const DAY = 86_400_000;
const dayBefore = (today: string, days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10);

export async function seedDemoStories(
  session: SqlSession,
  keys: KeyRing,
  team: { agency: string; worker: string },
  today: string,
): Promise<number> {
  const { rows: existing } = await session.query<{ n: number }>(
    'select (select count(*) from stories)::int + (select count(*) from story_drafts)::int as n',
  );
  if ((existing[0]?.n ?? 0) > 0) return 0;
  const { rows: cases } = await session.query<{ id: string }>(
    'select id from cases where owner_agency_id = $1 order by received_on, id limit $2',
    [team.agency, STORIES.length + 1],
  );
  if (cases.length < STORIES.length + 1) return 0;
  const consentFor = (audiences: StoryConsent['audiences'], daysAgo: number): StoryConsent =>
    storyConsentSchema.parse({
      purpose: 'Góp ý cho chính sách và chương trình hỗ trợ nạn nhân; không nêu tên, không gắn với hồ sơ.',
      audiences,
      withdrawalContact: WITHDRAW,
      obtainedOn: dayBefore(today, daysAgo),
    });
  for (const [index, story] of STORIES.entries()) {
    const kase = cases[index] as { id: string };
    // What the survivor agreed to decides the audiences, exactly as approval copies them from the consent.
    const consent = consentFor(story.audiences, 90 - index * 15);
    const id = newId();
    await session.query(
      `insert into stories (id, text_sealed, themes, audiences, case_ref, published_on)
       values ($1, $2, $3, $4, $5, $6)`,
      [
        id,
        keys.seal(story.text, sealFor.story(id)),
        story.themes,
        consent.audiences,
        keys.blindIndex(`story-case:${kase.id}`),
        dayBefore(today, 80 - index * 15),
      ],
    );
  }
  const draftCase = cases[STORIES.length] as { id: string };
  const draftId = newId();
  const submittedAt = new Date(Date.parse(`${dayBefore(today, 2)}T03:00:00Z`));
  await session.query(
    `insert into story_drafts (id, case_id, agency_id, recorded_by, status, text_sealed, consent_sealed, themes,
        submitted_at, created_at, updated_at)
     values ($1, $2, $3, $4, 'submitted', $5, $6, $7, $8, $8, $8)`,
    [
      draftId,
      draftCase.id,
      team.agency,
      team.worker,
      keys.seal(DRAFT.text, sealFor.draftText(draftId)),
      keys.seal(
        JSON.stringify(consentFor(['policy_makers', 'programme_staff'], 5)),
        sealFor.draftConsent(draftId),
      ),
      DRAFT.themes,
      submittedAt,
    ],
  );
  return STORIES.length + 1;
}
