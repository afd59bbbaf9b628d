import { feedbackInstrument, randomSource } from '@lantern/domain';
import type { SqlSession } from '../../db/types';
import type { KeyRing } from '../../lib/key-ring';
import { FEEDBACK_TEXT_CONTEXT } from '../feedback/feedback-answers';

/**
 * The demo's anonymous feedback (#20): answers for three agencies over the last six months, stored as the
 * survey stores them — agency, service, month and answers, with no person, case, code, time or worker — so
 * /feedback shows services that pass the k = 11 suppression and services that do not.
 */
const PLAN: readonly { agency: string; service: string; responses: number }[] = [
  { agency: 'social_work_centre:15', service: 'vn.Shelter', responses: 26 },
  { agency: 'social_work_centre:15', service: 'vn.Psychological', responses: 15 },
  { agency: 'social_work_centre:15', service: 'vn.Medical', responses: 7 },
  { agency: 'social_work_centre:15', service: 'vn.LegalAid', responses: 4 },
  { agency: 'womens_union_one_stop:91', service: 'vn.Psychological', responses: 13 },
  { agency: 'womens_union_one_stop:91', service: 'vn.LegalInformation', responses: 5 },
  { agency: 'border_guard_post:15', service: 'vn.Repatriation', responses: 9 },
];

/**
 * Free texts of the demo social work centre, as written and as screened. None names a survivor or a case; one
 * named a member of staff, which the reviewer replaced with a redaction; one is still waiting for screening.
 */
const TEXTS: readonly { text: string; status: 'cleared' | 'redacted' | 'pending'; redaction?: string }[] = [
  { text: 'Cán bộ giải thích rõ từng bước, tôi không thấy sợ nữa.', status: 'cleared' },
  { text: 'Phòng ở sạch sẽ nhưng buổi tối hơi ồn, khó ngủ.', status: 'cleared' },
  { text: 'Mong được học nghề gần nhà hơn để còn chăm con.', status: 'cleared' },
  {
    text: 'Chị Hạnh ở phòng tư vấn rất kiên nhẫn với tôi.',
    status: 'redacted',
    redaction: 'Cán bộ ở phòng tư vấn rất kiên nhẫn với tôi.',
  },
  { text: 'Tôi muốn được gọi điện cho gia đình thường xuyên hơn.', status: 'pending' },
];

const questions = feedbackInstrument.sections.flatMap((section) => section.questions);

/** Mostly good answers with some "partly", a few "no" and a few skipped questions, the same on every demo. */
function answersFrom(random: () => number): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const question of questions) {
    const options = (question.options ?? []).map((option) => option.value);
    const draw = random();
    if (draw < 0.05) continue;
    if (question.id === 'change')
      answers[question.id] = options[Math.floor(random() * options.length)] as string;
    else answers[question.id] = (draw < 0.72 ? options[0] : draw < 0.92 ? options[1] : options[2]) as string;
  }
  return answers;
}

/** The first day of the month `back` months before `today` (yyyy-MM-dd). */
const monthStart = (today: string, back: number) => {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1 - back, 1)).toISOString().slice(0, 10);
};

/** Writes the demo's feedback; answers how many responses, 0 when the agencies are missing or it was done. */
export async function seedDemoFeedback(
  session: SqlSession,
  keys: KeyRing,
  agencyOf: (key: string) => string | undefined,
  today: string,
  seed: number,
): Promise<number> {
  const { rows } = await session.query<{ n: number }>('select count(*)::int as n from feedback_responses');
  if ((rows[0]?.n ?? 0) > 0) return 0;
  const random = randomSource(seed);
  const texts = [...TEXTS];
  let written = 0;
  for (const { agency: key, service, responses } of PLAN) {
    const agency = agencyOf(key);
    if (!agency) continue;
    for (let index = 0; index < responses; index += 1) {
      const text = key === 'social_work_centre:15' && index % 5 === 1 ? texts.shift() : undefined;
      // The id is the table's random default: no time order to match against anything else.
      await session.query(
        `insert into feedback_responses (agency_id, service_type, period_month, instrument_id,
            instrument_version, answers, free_text_sealed, free_text_status, redacted_text_sealed)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          agency,
          service,
          monthStart(today, index % 6),
          feedbackInstrument.id,
          feedbackInstrument.version,
          JSON.stringify(answersFrom(random)),
          text ? keys.seal(text.text, FEEDBACK_TEXT_CONTEXT) : null,
          text?.status ?? 'none',
          text?.redaction ? keys.seal(text.redaction, FEEDBACK_TEXT_CONTEXT) : null,
        ],
      );
      written += 1;
    }
  }
  return written;
}
