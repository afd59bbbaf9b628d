import type {
  AttachmentView,
  BreakGlassCategory,
  CaseDetail,
  CaseShare,
  CaseSummary,
  ConsentInput,
  ConsentView,
  ListTotal,
  MatchCandidate,
  MatchRequest,
  NoteView,
  RegisterCaseInput,
  ScreeningDetail,
  TaskView,
  TimelineEntry,
  TransitionRequest,
} from '@lantern/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../../lib/api';
import { currentLocale, i18n } from '../../lib/i18n';
import { screeningKeys } from '../screening/queries';
import type { CasesSearch } from './search';

export const PAGE_SIZE = 25;

export const caseKeys = {
  all: ['cases'] as const,
  lists: ['cases', 'list'] as const,
  list: (search: CasesSearch) => ['cases', 'list', search] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  part: (id: string, part: string) => ['cases', 'detail', id, part] as const,
};

/** A missing or refused record is not worth asking again; a dropped connection is. */
const retryUnlessRefused = (count: number, error: Error) =>
  count < 1 && !(error instanceof ApiError && [400, 401, 403, 404, 405, 501].includes(error.status));

export type { CaseShare, MatchCandidate } from '@lantern/domain';

export function useCases(search: CasesSearch) {
  return useQuery({
    queryKey: caseKeys.list(search),
    queryFn: () => {
      const page = search.page ?? 1;
      const params = new URLSearchParams({
        limit: String(PAGE_SIZE),
        offset: String((page - 1) * PAGE_SIZE),
      });
      if (search.state) params.set('state', search.state);
      if (search.province) params.set('province', search.province);
      if (search.exploitationType) params.set('exploitationType', search.exploitationType);
      if (search.receivedFrom) params.set('receivedFrom', search.receivedFrom);
      if (search.receivedTo) params.set('receivedTo', search.receivedTo);
      if (search.overdue) params.set('overdue', 'true');
      return api<{ items: CaseSummary[] } & ListTotal>(`/api/cases?${params}`);
    },
    placeholderData: keepPreviousData,
  });
}

const casePath = (id: string, rest = '') => `/api/cases/${encodeURIComponent(id)}${rest}`;

export function useCase(id: string) {
  return useQuery({
    queryKey: caseKeys.detail(id),
    queryFn: () => api<CaseDetail>(casePath(id)),
    retry: retryUnlessRefused,
  });
}

export function matchPersons(request: MatchRequest) {
  return api<{ candidates: MatchCandidate[] }>('/api/persons/match', { method: 'POST', body: request });
}

export function registerCase(input: RegisterCaseInput) {
  return api<CaseDetail>('/api/cases', { method: 'POST', body: input });
}

/** After any change to a case: its page, the lists and its timeline are read again. */
function useCaseChanged(id: string) {
  const queryClient = useQueryClient();
  return (detail?: CaseDetail) => {
    if (detail) queryClient.setQueryData(caseKeys.detail(id), detail);
    else void queryClient.invalidateQueries({ queryKey: caseKeys.detail(id), exact: true });
    void queryClient.invalidateQueries({ queryKey: caseKeys.lists });
    void queryClient.invalidateQueries({ queryKey: caseKeys.part(id, 'timeline') });
  };
}

export function useTransition(id: string) {
  const changed = useCaseChanged(id);
  return useMutation({
    mutationFn: (request: TransitionRequest) =>
      api<CaseDetail>(casePath(id, '/transitions'), { method: 'POST', body: request }),
    onSuccess: (detail) => changed(detail),
  });
}

export interface CaseDetailsChange {
  subjectCategory?: string | null;
  exploitationTypes?: string[];
  controlMethods?: string[];
  recruitmentMethods?: string[];
  recruitmentPlatforms?: string[];
  relationshipToRecruiter?: string | null;
}

export function useUpdateDetails(id: string) {
  const changed = useCaseChanged(id);
  return useMutation({
    mutationFn: (change: CaseDetailsChange) =>
      api<CaseDetail>(casePath(id), { method: 'PATCH', body: change }),
    onSuccess: (detail) => changed(detail),
  });
}

function usePart<T>(id: string, part: string, enabled = true) {
  return useQuery({
    queryKey: caseKeys.part(id, part),
    queryFn: () => api<T>(casePath(id, `/${part}`)),
    retry: retryUnlessRefused,
    enabled,
  });
}

/** A change to one part of the case (consents, notes, …): that part and the timeline are read again. */
function usePartMutation<Input, Output>(id: string, part: string, send: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: caseKeys.part(id, part) });
      void queryClient.invalidateQueries({ queryKey: caseKeys.part(id, 'timeline') });
    },
  });
}

export const useShares = (id: string) => usePart<CaseShare[]>(id, 'shares');

export interface DirectoryAgency {
  id: string;
  name: string;
  typeCode: string;
  provinceCode: string;
}

/** The agencies one may share a case with or refer to (names, types, provinces). */
export function useAgencyDirectory() {
  return useQuery({
    queryKey: ['directory', 'agencies'],
    queryFn: () => api<DirectoryAgency[]>('/api/directory/agencies'),
    staleTime: 10 * 60_000,
  });
}
export const useShareCase = (id: string) =>
  usePartMutation(id, 'shares', (input: { agencyId: string; purpose: string }) =>
    api<CaseShare>(casePath(id, '/shares'), { method: 'POST', body: input }),
  );
export const useRevokeShare = (id: string) =>
  usePartMutation(id, 'shares', (shareId: string) =>
    api<void>(casePath(id, `/shares/${encodeURIComponent(shareId)}/revoke`), { method: 'POST' }),
  );

export const useConsents = (id: string) => usePart<ConsentView[]>(id, 'consents');
export const useRecordConsent = (id: string) =>
  usePartMutation(id, 'consents', (input: ConsentInput) =>
    api<ConsentView>(casePath(id, '/consents'), { method: 'POST', body: input }),
  );
export const useWithdrawConsent = (id: string) =>
  usePartMutation(id, 'consents', (input: { consentId: string; reason?: string }) =>
    api<ConsentView>(casePath(id, `/consents/${encodeURIComponent(input.consentId)}/withdraw`), {
      method: 'POST',
      body: input.reason ? { reason: input.reason } : {},
    }),
  );

export const useNotes = (id: string, enabled: boolean) => usePart<NoteView[]>(id, 'notes', enabled);
export const useAddNote = (id: string) =>
  usePartMutation(id, 'notes', (input: { body: string; sensitivity: 'normal' | 'restricted' }) =>
    api<NoteView>(casePath(id, '/notes'), { method: 'POST', body: input }),
  );

export const useTasks = (id: string) => usePart<TaskView[]>(id, 'tasks');
export const useAddTask = (id: string) =>
  usePartMutation(id, 'tasks', (input: { title: string; dueOn?: string }) =>
    api<TaskView>(casePath(id, '/tasks'), { method: 'POST', body: input }),
  );
export const useUpdateTask = (id: string) =>
  usePartMutation(id, 'tasks', (input: { taskId: string; done?: boolean; dueOn?: string | null }) => {
    const { taskId, ...change } = input;
    return api<TaskView>(casePath(id, `/tasks/${encodeURIComponent(taskId)}`), {
      method: 'PATCH',
      body: change,
    });
  });

export const useAttachments = (id: string) => usePart<AttachmentView[]>(id, 'attachments');
export const useUploadAttachment = (id: string) =>
  usePartMutation(id, 'attachments', (input: { file: File; kind: AttachmentView['kind'] }) =>
    uploadAttachment(id, input.file, input.kind),
  );

export function attachmentUrl(caseId: string, attachmentId: string) {
  return casePath(caseId, `/attachments/${encodeURIComponent(attachmentId)}`);
}

export const useTimeline = (id: string) => usePart<TimelineEntry[]>(id, 'timeline');

export function breakGlass(caseId: string, reason: string, category: BreakGlassCategory) {
  return api<{ id: string; expiresAt: string }>('/api/access/break-glass', {
    method: 'POST',
    body: { resourceType: 'case', resourceId: caseId, reason, category },
  });
}

/** The current session's anti-forgery token, read fresh (the shared API helper sends JSON only). */
async function currentCsrfToken(): Promise<string | null> {
  const response = await fetch('/api/auth/session', { headers: { Accept: 'application/json' } });
  const payload = (await response.json().catch(() => undefined)) as { csrfToken?: unknown } | undefined;
  return response.ok && typeof payload?.csrfToken === 'string' ? payload.csrfToken : null;
}

/**
 * A file goes up as multipart form data, which the shared JSON helper does not send; errors become the same
 * ApiError with the server's message in the user's language.
 */
async function uploadAttachment(caseId: string, file: File, kind: AttachmentView['kind']) {
  const body = new FormData();
  body.set('kind', kind);
  body.set('file', file, file.name);
  let response: Response;
  try {
    const token = await currentCsrfToken();
    response = await fetch(casePath(caseId, '/attachments'), {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Accept-Language': currentLocale(),
        ...(token ? { 'X-CSRF-Token': token } : {}),
      },
      body,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  const payload = await response.json().catch(() => undefined);
  if (response.ok) return payload as AttachmentView;
  const error = (payload as { error?: { code?: string; message?: string } } | undefined)?.error;
  throw new ApiError(
    response.status,
    error?.code ?? 'internal',
    error?.message ??
      (response.status === 413
        ? i18n.t('casesWeb.attachments.tooLarge', { max: 10 })
        : i18n.t('errors.internal', { requestId: response.headers.get('x-request-id') ?? '—' })),
  );
}

/** Reference lists named in the reader's language; read from the server so their data stays out of the app. */
export function useCountries() {
  const locale = currentLocale();
  return useQuery({
    queryKey: ['reference', 'countries', locale],
    queryFn: () => api<{ countries: Array<{ code: string; name: string }> }>('/api/reference/countries'),
    staleTime: 60 * 60_000,
  });
}

export function useLanguages() {
  const locale = currentLocale();
  return useQuery({
    queryKey: ['reference', 'languages', locale],
    queryFn: () => api<{ languages: Array<{ code: string; name: string }> }>('/api/reference/languages'),
    staleTime: 60 * 60_000,
  });
}

/** The screening a case is registered from (shared with the screening pages' cache). */
export function useScreeningFor(id: string | undefined) {
  return useQuery({
    queryKey: screeningKeys.detail(id ?? ''),
    queryFn: () => api<ScreeningDetail>(`/api/screenings/${encodeURIComponent(id ?? '')}`),
    enabled: Boolean(id),
    retry: retryUnlessRefused,
  });
}
