import {
  findShippedInstrument,
  type PersonIdentity,
  POSSIBLE_VICTIM_HTCDS_STATUS,
  type SyntheticRegistration,
  scoreScreening,
  screeningNeedIds,
  strongestOutcome,
  traffickingStatusFor,
} from '@lantern/domain';
import type { KeyRing } from '../../lib/key-ring';
import { witnessContext } from '../case-work/consent-view';
import { noteContext } from '../case-work/note-visibility';
import { taskTitleContext } from '../case-work/task-view';
import { ageBandFor, evidenceOf, matchKeyHashes, sealIdentity } from '../cases/person-identity';
import type { AgencyGrid, GridAgency } from './agency-grid';
import type { CommunityLoader } from './community-rows';
import { emptyProgrammeRows, type ProgrammeRows, programmeRows } from './programme-rows';
import { referralRows } from './referral-rows';
import { seedId } from './seed-ids';

type Row = Record<string, unknown>;

/** The rows one synthetic registration becomes, sealed and indexed exactly as the API would store them. */
export interface RegistrationRows {
  screening?: Row;
  response?: Row;
  person: Row;
  matchKeys: string[];
  /** The case row without its code: codes are handed out per province and year when the batch is written. */
  case: Row;
  codeProvince: string;
  codeYear: number;
  consents: Row[];
  events: Row[];
  notes: Row[];
  tasks: Row[];
  /** Without their case code, like the case. */
  referrals: Row[];
  /** Support, group membership and one-stop contacts (empty when the seed leaves them out). */
  programme: ProgrammeRows;
}

function agencyFor(grid: AgencyGrid, registration: SyntheticRegistration): GridAgency {
  return (
    grid.byTypeAndProvince.get(`${registration.agencyType}:${registration.agencyProvinceCode}`) ??
    (grid.byTypeAndProvince.get(`social_work_centre:${registration.agencyProvinceCode}`) as GridAgency)
  );
}

function identityOf(registration: SyntheticRegistration): PersonIdentity {
  const { person } = registration;
  return {
    fullName: person.fullName,
    otherNames: [...(person.otherNames ?? [])],
    ...(person.dateOfBirth ? { dateOfBirth: person.dateOfBirth } : {}),
    ...(person.birthYear !== undefined ? { birthYear: person.birthYear } : {}),
    ...(person.approximateAge ? { approximateAge: person.approximateAge } : {}),
    documents: (person.documentNumbers ?? []).map((number) => ({ type: 'national_id' as const, number })),
    phones: [...(person.phones ?? [])],
    addresses: person.homeCommuneCode
      ? [
          {
            text: `Thôn ${1 + (registration.index % 12)}`,
            provinceCode: person.homeProvinceCode as string,
            communeCode: person.homeCommuneCode,
          },
        ]
      : [],
  };
}

export function registrationRows(
  seed: number,
  keys: KeyRing,
  grid: AgencyGrid,
  registration: SyntheticRegistration,
  community?: CommunityLoader,
): RegistrationRows {
  const i = registration.index;
  const agency = agencyFor(grid, registration);
  const registrant = agency.userIds[i % agency.userIds.length] as string;
  const decider = agency.supervisorIds[0] ?? registrant;
  const { person, profile } = registration;
  const detail = registration.case;
  const rows: Partial<RegistrationRows> = {};

  let screeningId: string | undefined;
  if (registration.screening) {
    const screening = registration.screening;
    const instrument = findShippedInstrument(screening.instrumentId, screening.instrumentVersion);
    if (!instrument)
      throw new Error(`unknown instrument ${screening.instrumentId}@${screening.instrumentVersion}`);
    const result = scoreScreening(instrument, screening.answers);
    const outcome = strongestOutcome([result.outcome]) ?? null;
    screeningId = seedId(seed, `screening:${i}`, screening.screenedAt);
    rows.screening = {
      id: screeningId,
      agency_id: agency.id,
      screened_by: registrant,
      screened_at: screening.screenedAt,
      submitted_at: screening.screenedAt,
      consent_to_interview: true,
      interview_language: screening.interviewLanguage,
      interpreter_used: screening.interpreterUsed,
      province_code: screening.provinceCode,
      commune_code: screening.communeCode ?? null,
      outcome,
      htcds_status: outcome === 'possible-victim' ? POSSIBLE_VICTIM_HTCDS_STATUS : null,
      needs: screeningNeedIds.filter((need) => result.needs.includes(need)),
    };
    rows.response = {
      screening_id: screeningId,
      position: 0,
      instrument_id: screening.instrumentId,
      instrument_version: screening.instrumentVersion,
      answers: screening.answers,
      result,
      outcome: result.outcome,
    };
  }

  const personId = seedId(seed, `person:${i}`, registration.createdAt);
  const identity = identityOf(registration);
  const place = {
    sex: person.sex ?? null,
    homeProvinceCode: person.homeProvinceCode ?? null,
    homeCommuneCode: person.homeCommuneCode ?? null,
  };
  rows.person = {
    id: personId,
    owner_agency_id: agency.id,
    identity_sealed: sealIdentity(keys, personId, identity),
    sex: place.sex,
    age_band: ageBandFor(identity, detail.receivedOn),
    ethnicity: profile.ethnicity ?? null,
    nationality: profile.nationality ?? null,
    languages: profile.languages ?? [],
    education_level: profile.educationLevel ?? null,
    marital_status: profile.maritalStatus ?? null,
    children_count: profile.childrenCount ?? null,
    home_province_code: place.homeProvinceCode,
    home_commune_code: place.homeCommuneCode,
    created_by: registrant,
    created_at: registration.createdAt,
  };
  rows.matchKeys = [...new Set(matchKeyHashes(keys, evidenceOf(identity, place), 'stored'))];

  const caseId = seedId(seed, `case:${i}`, registration.createdAt);
  const lastEvent = registration.events.at(-1)?.at ?? registration.createdAt;
  rows.case = {
    id: caseId,
    person_id: personId,
    owner_agency_id: agency.id,
    province_code: agency.provinceCode,
    state: detail.state,
    state_changed_at: lastEvent,
    closed_from: detail.closedFrom ?? null,
    closure_reason: detail.closureReason ?? null,
    received_on: detail.receivedOn,
    trafficking_status: traffickingStatusFor(
      detail.state,
      detail.closedFrom ? traffickingStatusFor(detail.closedFrom) : undefined,
    ),
    status_decided_by: detail.statusDecidedBy ?? null,
    status_decided_on: detail.statusDecidedOn ?? null,
    status_legal_basis: detail.statusLegalBasis ?? null,
    subject_category: detail.subjectCategory ?? null,
    intake_route: detail.intakeRoute,
    exploitation_types: detail.exploitationTypes ?? [],
    control_methods: detail.controlMethods ?? [],
    recruitment_methods: detail.recruitmentMethods ?? [],
    recruitment_platforms: detail.recruitmentPlatforms ?? [],
    relationship_to_recruiter: detail.relationshipToRecruiter ?? null,
    journey: detail.journey ?? {},
    screening_ids: screeningId ? [screeningId] : [],
    created_by: registrant,
    created_at: registration.createdAt,
    updated_at: [lastEvent, registration.createdAt].sort().at(-1),
  };
  rows.codeProvince = agency.provinceCode;
  rows.codeYear = Number(registration.createdAt.slice(0, 4));

  rows.consents = registration.consents.map((consent, k) => {
    const id = seedId(seed, `consent:${i}:${k}`, registration.createdAt);
    return {
      id,
      case_id: caseId,
      purpose: consent.purpose,
      sharing_agency_types: consent.sharingAgencyTypes ?? [],
      method: consent.method,
      witness_sealed: consent.witness ? keys.seal(consent.witness, witnessContext(id)) : null,
      language: consent.language,
      obtained_on: consent.obtainedOn,
      obtained_by: registrant,
      given_by: consent.givenBy,
      child_assent: consent.childAssent ?? null,
      created_at: registration.createdAt,
    };
  });
  rows.events = registration.events.map((event, k) => {
    // As the server writes them: the screening's id on registration; a reopening's reason sealed, never in clear.
    const { reason, ...details } = event.details;
    if (event.kind === 'registered') details.screening = screeningId ?? null;
    if (typeof reason === 'string') details.reasonSealed = keys.seal(reason, `case:${caseId}:event-reason`);
    return {
      id: seedId(seed, `event:${i}:${k}`, event.at),
      case_id: caseId,
      at: event.at,
      actor_user_id: event.kind === 'registered' ? registrant : decider,
      kind: event.kind,
      details,
    };
  });
  rows.notes = registration.notes.map((note, k) => {
    const id = seedId(seed, `note:${i}:${k}`, note.at);
    return {
      id,
      case_id: caseId,
      author_id: registrant,
      sensitivity: note.sensitivity,
      restricted_to_roles: note.restrictedToRoles,
      body_sealed: keys.seal(note.body, noteContext(caseId, id)),
      created_at: note.at,
    };
  });
  rows.tasks = registration.tasks.map((task, k) => {
    const id = seedId(seed, `task:${i}:${k}`, task.createdAt);
    return {
      id,
      case_id: caseId,
      title: keys.seal(task.title, taskTitleContext(id)),
      due_on: task.dueOn,
      assignee_id: registrant,
      done_at: task.doneOn ? `${task.doneOn}T09:00:00+07:00` : null,
      created_by: registrant,
      created_at: task.createdAt,
    };
  });
  // The timeline lines the API writes beside a note, a task and its completion.
  const work = [
    ...rows.notes.map((note) => ({
      at: note.created_at as string,
      kind: 'note.added',
      details: { note: note.id as string, sensitivity: note.sensitivity as string },
    })),
    ...rows.tasks.flatMap((task, k) => [
      {
        at: task.created_at as string,
        kind: 'task.added',
        details: { task: task.id as string, dueOn: task.due_on as string },
      },
      ...(registration.tasks[k]?.doneOn
        ? [
            {
              at: task.done_at as string,
              kind: 'task.done',
              details: { task: task.id as string, fields: 'done' },
            },
          ]
        : []),
    ]),
  ];
  for (const [k, event] of work.entries())
    rows.events.push({
      id: seedId(seed, `work-event:${i}:${k}`, event.at),
      case_id: caseId,
      at: event.at,
      actor_user_id: registrant,
      kind: event.kind,
      details: event.details,
    });
  const referred = referralRows(seed, keys, grid, registration, { caseId, agency, registrant });
  rows.referrals = referred.referrals;
  rows.events.push(...referred.events);
  rows.programme = community
    ? programmeRows(seed, keys, grid, registration, community, { caseId, agency, registrant, screeningId })
    : emptyProgrammeRows();
  rows.events.push(...rows.programme.events);
  return rows as RegistrationRows;
}
