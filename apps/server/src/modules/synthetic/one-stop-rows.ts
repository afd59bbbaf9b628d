import type { SyntheticRegistration } from '@lantern/domain';
import type { KeyRing } from '../../lib/key-ring';
import { contactNoteContext } from '../contacts/contact-rows';
import type { AgencyGrid } from './agency-grid';
import { seedId } from './seed-ids';

type Row = Record<string, unknown>;

/**
 * A registration's one-stop office contacts as the office records them: no identity, the note sealed, recorded
 * by the office's staff in turn. The registration's own intake at a one-stop office links to its case and
 * screening, as linking a contact does in the application; other people's contacts link to nothing.
 */
export function oneStopRows(
  seed: number,
  keys: KeyRing,
  grid: AgencyGrid,
  registration: SyntheticRegistration,
  links: { caseId: string; screeningId: string | undefined; registeringAgencyId: string },
): Row[] {
  const office = grid.byTypeAndProvince.get(`womens_union_one_stop:${registration.agencyProvinceCode}`);
  if (!office || office.userIds.length === 0) return [];
  const rows: Row[] = [];
  for (const [k, contact] of registration.contacts.entries()) {
    // The intake links only where the one-stop office itself registered the case.
    if (contact.registers && links.registeringAgencyId !== office.id) continue;
    const id = seedId(seed, `contact:${registration.index}:${k}`, contact.at);
    rows.push({
      id,
      agency_id: office.id,
      recorded_by: office.userIds[(registration.index + k) % office.userIds.length],
      contacted_at: contact.at,
      channel: contact.channel,
      caller: contact.caller,
      anonymous: contact.anonymous,
      concerns: contact.concerns,
      outcome: contact.outcome,
      screening_id: contact.registers ? (links.screeningId ?? null) : null,
      case_id: contact.registers ? links.caseId : null,
      referred_agency_name: contact.referredAgencyName ?? null,
      note_sealed: contact.note ? keys.seal(contact.note, contactNoteContext(id)) : null,
      created_at: contact.at,
      updated_at: contact.at,
    });
  }
  return rows;
}

export const CONTACT_COLUMNS = [
  ['id', 'uuid'],
  ['agency_id', 'uuid'],
  ['recorded_by', 'uuid'],
  ['contacted_at', 'timestamptz'],
  ['channel', 'text'],
  ['caller', 'text'],
  ['anonymous', 'bool'],
  ['concerns', 'text[]'],
  ['outcome', 'text'],
  ['screening_id', 'uuid'],
  ['case_id', 'uuid'],
  ['referred_agency_name', 'text'],
  ['note_sealed', 'text'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
] as const;
