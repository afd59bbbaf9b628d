import type { ContactChannel, ContactOutcome } from '../contacts/vocabulary';
import { screeningNeedIds } from '../screening/needs';
import { between, chance, dayOf, drawWeighted, instantOf, officeMinute, type Random } from './random';
import type { SyntheticRegistration } from './types';

/** A contact at a one-stop office (Women's Union) of the registration's province. No identity, as recorded. */
export interface SyntheticContact {
  at: string;
  channel: ContactChannel;
  caller: 'person' | 'family_member' | 'community_member' | 'other_agency';
  anonymous: boolean;
  concerns: string[];
  outcome: ContactOutcome;
  /** The registration's own intake: the contact links to its case (and screening). */
  registers: boolean;
  referredAgencyName?: string;
  note?: string;
}

// Shares as the offices describe their work: the hotline and walk-ins carry most of it.
const CHANNELS: ReadonlyArray<readonly [ContactChannel, number]> = [
  ['walk_in', 25],
  ['hotline', 35],
  ['phone', 15],
  ['online', 12],
  ['agency_referral', 8],
  ['outreach', 5],
];
const OUTCOMES: ReadonlyArray<readonly [ContactOutcome, number]> = [
  ['information_given', 50],
  ['screened', 20],
  ['referred', 18],
  ['no_further_action', 12],
];
const CALLERS: ReadonlyArray<readonly [SyntheticContact['caller'], number]> = [
  ['person', 55],
  ['family_member', 30],
  ['community_member', 10],
  ['other_agency', 5],
];
const OFF_SYSTEM = [
  'Bệnh viện đa khoa tỉnh',
  'Trung tâm Trợ giúp pháp lý nhà nước',
  'Nhà tạm lánh của Hội LHPN',
];
const NOTES = [
  'Người gọi hỏi về một lời mời làm việc ở nước ngoài có dấu hiệu lừa đảo.',
  'Đến văn phòng cùng mẹ; cần chỗ ở tạm thời trong vài ngày.',
  'Nhắn tin qua mạng xã hội, muốn được tư vấn pháp lý về giấy tờ.',
];
/** How many other contacts a registration stands for at its province's office (most never become a case). */
const BACKGROUND: ReadonlyArray<readonly [number, number]> = [
  [0, 45],
  [1, 30],
  [2, 15],
  [3, 10],
];

/**
 * The one-stop office contacts around a registration: its own intake when a one-stop office registered it, and
 * 0–3 other people's contacts at the office of the same province in the weeks around its reception (never after
 * `asOf`), so every office's counts grow with the dataset.
 */
export function contactsFor(
  random: Random,
  registration: SyntheticRegistration,
  asOfDay: number,
): SyntheticContact[] {
  const contacts: SyntheticContact[] = [];
  const receivedDay = dayOf(registration.case.receivedOn);
  if (registration.agencyType === 'womens_union_one_stop')
    contacts.push({
      at: instantOf(receivedDay, officeMinute(random)),
      channel: drawWeighted(random, CHANNELS),
      caller: drawWeighted(random, CALLERS),
      anonymous: false,
      concerns: [],
      outcome: 'registered',
      registers: true,
    });
  const others = drawWeighted(random, BACKGROUND);
  for (let n = 0; n < others; n++) {
    const day = Math.min(asOfDay, receivedDay + between(random, -30, 30));
    const outcome = drawWeighted(random, OUTCOMES);
    const contact: SyntheticContact = {
      at: instantOf(day, officeMinute(random)),
      channel: drawWeighted(random, CHANNELS),
      caller: drawWeighted(random, CALLERS),
      anonymous: chance(random, 0.7),
      concerns: chance(random, 0.6)
        ? [screeningNeedIds[Math.floor(random() * screeningNeedIds.length)] as string]
        : [],
      outcome,
      registers: false,
    };
    if (outcome === 'referred')
      contact.referredAgencyName = OFF_SYSTEM[Math.floor(random() * OFF_SYSTEM.length)] as string;
    if (chance(random, 0.1)) contact.note = NOTES[Math.floor(random() * NOTES.length)] as string;
    contacts.push(contact);
  }
  return contacts;
}
