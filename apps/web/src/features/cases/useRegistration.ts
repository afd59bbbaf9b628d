import { todayInVietNam } from '@lantern/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../lib/api';
import { useLeaveGuard } from '../shell/useLeaveGuard';
import { useHandOverOptions } from './handOverOptions';
import {
  type CaseForm,
  emptyCaseForm,
  type FormErrors,
  matchRequestOf,
  registrationOf,
  searchKey,
  stepProblems,
} from './model';
import { caseKeys, matchPersons, registerCase } from './queries';
import type { SearchState } from './search-state';
import { useScreeningPrefill } from './useScreeningPrefill';

/** What a registration holds and what can be done with it, for the page and its steps. */
export type Registration = ReturnType<typeof useRegistration>;

export const REGISTRATION_STEPS = ['search', 'person', 'details', 'consent'] as const;
export type RegistrationStep = (typeof REGISTRATION_STEPS)[number];

/**
 * The state of a registration across its steps: everything typed stays in memory (nothing naming the
 * person is stored on the device) and leaving asks first. Each step is checked before the next opens; a
 * registration the server holds for a probable duplicate goes back to the candidates.
 */
export function useRegistration(screeningId: string | undefined) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const today = useMemo(() => todayInVietNam(), []);
  const [form, setForm] = useState<CaseForm>(() => emptyCaseForm(today));
  const [touched, setTouched] = useState(false);
  const [step, setStep] = useState<RegistrationStep>('search');
  const [errors, setErrors] = useState<FormErrors>({});
  const [search, setSearch] = useState<SearchState>({
    key: null,
    candidates: [],
    pending: false,
    error: null,
  });
  const [registerDespite, setRegisterDespite] = useState<string[]>([]);
  const [duplicateNotice, setDuplicateNotice] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [registeredId, setRegisteredId] = useState<string | null>(null);
  const handOverOptions = useHandOverOptions();
  const [handOverTo, setHandOverTo] = useState<string | null>(null);
  const [handOverMissing, setHandOverMissing] = useState(false);
  const handsOver = handOverOptions.data?.carriesCases === false;

  // A screening sent here may instead join a case the search found: the registration ends there too.
  const [attachedTo, setAttachedTo] = useState<string | null>(null);
  useLeaveGuard(touched && registeredId === null && attachedTo === null);

  const update = useCallback((change: Partial<CaseForm>) => {
    setTouched(true);
    setForm((current) => ({ ...current, ...change }));
  }, []);

  const screening = useScreeningPrefill(screeningId, setForm);

  // Once registered, the leave guard is off and the case opens.
  useEffect(() => {
    if (registeredId) void navigate({ to: '/cases/$id', params: { id: registeredId } });
  }, [registeredId, navigate]);
  useEffect(() => {
    if (attachedTo)
      void navigate({ to: '/cases/$id', params: { id: attachedTo }, search: { tab: 'timeline' } });
  }, [attachedTo, navigate]);

  const currentKey = searchKey(form, today);
  const searched = search.key !== null && search.key === currentKey;
  const undecided = searched
    ? search.candidates.filter(
        (candidate) => candidate.band === 'probable' && !registerDespite.includes(candidate.caseCode ?? ''),
      )
    : [];

  /** Shows the step's problems; true when there are none. */
  const checked = (which: RegistrationStep) => {
    const problems = stepProblems(which, form, today);
    setErrors(problems);
    return Object.keys(problems).length === 0;
  };

  const runSearch = async () => {
    if (!checked('search')) return;
    setSearch((current) => ({ ...current, pending: true, error: null }));
    try {
      const answer = await matchPersons(matchRequestOf(form, today));
      setSearch({ key: currentKey, candidates: answer.candidates, pending: false, error: null });
    } catch (error) {
      setSearch((current) => ({
        ...current,
        pending: false,
        error: error instanceof Error ? error.message : String(error),
      }));
    }
  };

  const index = REGISTRATION_STEPS.indexOf(step);
  const goTo = (next: RegistrationStep) => {
    setRefusal(null);
    setStep(next);
  };

  const next = () => {
    if (!checked(step)) return;
    const following = REGISTRATION_STEPS[index + 1];
    if (following) goTo(following);
  };

  const back = () => {
    const previous = REGISTRATION_STEPS[index - 1];
    if (previous) goTo(previous);
  };

  const submit = async () => {
    const handOverChosen = !handsOver || handOverTo !== null;
    setHandOverMissing(!handOverChosen);
    if (!checked('consent') || !handOverChosen) return;
    setSubmitting(true);
    setRefusal(null);
    try {
      const detail = await registerCase({
        ...registrationOf(form, today, { screeningId, registerDespite }),
        // An agency that does no case work hands the case to the one chosen (a transfer, sent with it).
        ...(handsOver && handOverTo ? { handOverTo: { agencyId: handOverTo } } : {}),
      });
      queryClient.setQueryData(caseKeys.detail(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: caseKeys.lists });
      setRegisteredId(detail.id);
    } catch (error) {
      setSubmitting(false);
      if (error instanceof ApiError && error.code === 'case.probable_duplicate') {
        // Someone registered the same person meanwhile, or a detail changed: back to the candidates, which
        // the answer carries (a second search would cost the user another of their searches).
        setDuplicateNotice(error.message);
        setStep('search');
        if (error.candidates.length > 0)
          setSearch({ key: currentKey, candidates: error.candidates, pending: false, error: null });
        else void runSearch();
        return;
      }
      setRefusal(error instanceof ApiError ? error : new ApiError(0, 'internal', String(error)));
    }
  };

  const decideDespite = (code: string, despite: boolean) =>
    setRegisterDespite((current) =>
      despite ? [...new Set([...current, code])] : current.filter((known) => known !== code),
    );

  return {
    today,
    form,
    update,
    errors,
    step,
    index,
    goTo,
    next,
    back,
    search,
    searched,
    runSearch,
    undecided: undecided.length,
    registerDespite,
    decideDespite,
    duplicateNotice,
    submit,
    submitting,
    refusal,
    screening,
    /** The screening joined this existing case: leave the form for the case's timeline, without asking. */
    attached: setAttachedTo,
    handOver: {
      options: handsOver ? handOverOptions.data : undefined,
      agencyId: handOverTo,
      choose: (agencyId: string | null) => {
        setTouched(true);
        setHandOverMissing(false);
        setHandOverTo(agencyId);
      },
      missing: handOverMissing,
    },
  };
}
