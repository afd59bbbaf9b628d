import { type Instrument, todayInVietNam } from '@lantern/domain';
import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { RequireSession } from '../auth/RequireSession';
import { useInstrumentDefinitions } from '../screening/queries';
import { StepProgress } from '../shared/StepProgress';
import shared from '../shared/shared.module.css';
import { AnchorLink } from '../shell/links';
import { useLeaveGuard } from '../shell/useLeaveGuard';
import classes from './cases.module.css';
import {
  type CaseForm,
  emptyCaseForm,
  type FormErrors,
  matchRequestOf,
  prefillFromScreening,
  registrationOf,
  searchKey,
  stepProblems,
  withPrefill,
} from './model';
import { caseKeys, matchPersons, registerCase, useScreeningFor } from './queries';
import { ConsentStep } from './RegisterConsentStep';
import { DetailsStep } from './RegisterDetailsStep';
import { PersonStep } from './RegisterPersonStep';
import { SearchStep } from './RegisterSearchStep';
import type { SearchState } from './search-state';

export function NewCasePage() {
  return (
    <RequireSession anyOf={['case.create']}>
      <Registration />
    </RequireSession>
  );
}

const STEPS = ['search', 'person', 'details', 'consent'] as const;
type Step = (typeof STEPS)[number];

/**
 * Registering a person and their case: search first, then identity and profile, the trafficking details
 * (pre-filled from a screening when there is one) and consent. Everything typed stays in memory across the
 * steps and leaving asks first; nothing naming the person is stored on the device.
 */
function Registration() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { screening: screeningId } = useSearch({ from: '/cases/new' });
  const today = useMemo(() => todayInVietNam(), []);
  const [form, setForm] = useState<CaseForm>(() => emptyCaseForm(today));
  const [touched, setTouched] = useState(false);
  const [step, setStep] = useState<Step>('search');
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

  useLeaveGuard(touched && registeredId === null);

  const update = useCallback((change: Partial<CaseForm>) => {
    setTouched(true);
    setForm((current) => ({ ...current, ...change }));
  }, []);

  // From a screening: its answers pre-fill the trafficking details, once, without counting as typing.
  const screening = useScreeningFor(screeningId);
  const screeningData = screening.data;
  const wanted = useMemo(
    () =>
      (screeningData?.responses ?? []).map((response) => ({
        id: response.instrumentId,
        version: response.instrumentVersion,
      })),
    [screeningData],
  );
  const { definitions, pending: definitionsPending } = useInstrumentDefinitions(wanted);
  const prefilled = useRef(false);
  useEffect(() => {
    if (prefilled.current || !screeningData || definitionsPending) return;
    prefilled.current = true;
    setForm((current) =>
      withPrefill(
        current,
        prefillFromScreening(screeningData, definitions as ReadonlyMap<string, Instrument>),
      ),
    );
  }, [screeningData, definitions, definitionsPending]);

  // The first heading of each step takes the focus, so a screen reader hears where it is.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo({ top: 0 });
    headingRef.current?.focus({ preventScroll: true });
  }, [step]);

  // Once registered, the leave guard is off and the case opens.
  useEffect(() => {
    if (registeredId) void navigate({ to: '/cases/$id', params: { id: registeredId } });
  }, [registeredId, navigate]);

  const currentKey = searchKey(form, today);
  const searched = search.key !== null && search.key === currentKey;
  const undecided = searched
    ? search.candidates.filter(
        (candidate) => candidate.band === 'probable' && !registerDespite.includes(candidate.caseCode ?? ''),
      )
    : [];

  const runSearch = async () => {
    const problems = stepProblems('search', form, today);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
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

  const index = STEPS.indexOf(step);
  const goTo = (next: Step) => {
    setRefusal(null);
    setStep(next);
  };

  const next = () => {
    const problems = stepProblems(step, form, today);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const following = STEPS[index + 1];
    if (following) goTo(following);
  };

  const back = () => {
    const previous = STEPS[index - 1];
    if (previous) goTo(previous);
  };

  const submit = async () => {
    const problems = stepProblems('consent', form, today);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setSubmitting(true);
    setRefusal(null);
    try {
      const detail = await registerCase(registrationOf(form, today, { screeningId, registerDespite }));
      queryClient.setQueryData(caseKeys.detail(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: caseKeys.lists });
      setRegisteredId(detail.id);
    } catch (error) {
      setSubmitting(false);
      if (error instanceof ApiError && error.code === 'case.probable_duplicate') {
        // Someone registered the same person meanwhile, or a detail changed: back to the candidates.
        setDuplicateNotice(error.message);
        setStep('search');
        void runSearch();
        return;
      }
      setRefusal(error instanceof ApiError ? error : new ApiError(0, 'internal', String(error)));
    }
  };

  const primary =
    step === 'search' ? (
      searched ? (
        <Button
          className={classes.actionButton}
          onClick={next}
          disabled={undecided.length > 0}
          data-testid="register-continue"
        >
          {t('casesWeb.register.continue')}
        </Button>
      ) : (
        <Button className={classes.actionButton} onClick={() => void runSearch()} loading={search.pending}>
          {t('casesWeb.register.search')}
        </Button>
      )
    ) : step === 'consent' ? (
      <Button className={classes.actionButton} onClick={() => void submit()} loading={submitting}>
        {t('casesWeb.register.submit')}
      </Button>
    ) : (
      <Button className={classes.actionButton} onClick={next}>
        {t('casesWeb.register.next')}
      </Button>
    );

  return (
    <Stack gap="md" maw={860} w="100%">
      <Title order={1} size="h2">
        {t('casesWeb.register.title')}
      </Title>
      {screeningId && (
        <Alert color="blue" variant="light" data-testid="register-from-screening">
          {screening.isError ? (
            <Text>{t('casesWeb.register.screeningUnavailable', { reason: screening.error.message })}</Text>
          ) : (
            <Text>
              {screeningData
                ? t('casesWeb.register.fromScreening', {
                    time: formatDateTime(screeningData.screenedAt, currentLocale()),
                  })
                : t('common.loading')}{' '}
              <AnchorLink
                to="/screenings/$id"
                params={{ id: screeningId }}
                target="_blank"
                rel="noopener"
                underline="always"
              >
                {t('casesWeb.register.openScreening')}
              </AnchorLink>
            </Text>
          )}
        </Alert>
      )}
      <StepProgress
        label={t('casesWeb.register.progress', { current: index + 1, total: STEPS.length })}
        current={index + 1}
        total={STEPS.length}
        testId="register-progress"
      />
      <Title order={2} ref={headingRef} tabIndex={-1} className={shared.stepHeading}>
        {t(`casesWeb.register.steps.${step}`)}
      </Title>

      {step === 'search' && (
        <SearchStep
          form={form}
          update={update}
          errors={errors}
          today={today}
          search={search}
          searched={searched}
          onSearch={() => void runSearch()}
          registerDespite={registerDespite}
          onDespite={(code, despite) =>
            setRegisterDespite((current) =>
              despite ? [...new Set([...current, code])] : current.filter((known) => known !== code),
            )
          }
          duplicateNotice={duplicateNotice}
          undecided={undecided.length}
        />
      )}
      {step === 'person' && (
        <PersonStep
          form={form}
          update={update}
          errors={errors}
          today={today}
          onChangeSearch={() => goTo('search')}
        />
      )}
      {step === 'details' && (
        <DetailsStep form={form} update={update} errors={errors} fromScreening={Boolean(screeningData)} />
      )}
      {step === 'consent' && <ConsentStep form={form} update={update} errors={errors} today={today} />}

      {refusal && (
        <Alert color="red" role="alert" title={t('casesWeb.register.refused')}>
          <Text>{refusal.message}</Text>
          {refusal.details.length > 0 && (
            <List size="sm" mt="xs">
              {refusal.details.map((detail) => (
                <List.Item key={`${detail.field}:${detail.code}`}>
                  {t(`casesWeb.register.fields.${fieldGroup(detail.field)}`, { defaultValue: detail.field })}:{' '}
                  {detail.message}
                </List.Item>
              ))}
            </List>
          )}
          <Text size="sm" mt="xs">
            {t('casesWeb.register.kept')}
          </Text>
        </Alert>
      )}

      <div className={shared.actionBar}>
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Button
            variant="default"
            className={classes.actionButton}
            onClick={back}
            disabled={index === 0 || submitting}
          >
            {t('casesWeb.register.back')}
          </Button>
          {primary}
        </Group>
      </div>
    </Stack>
  );
}

/** "person.identity.dateOfBirth" → "dateOfBirth", "consents.0.witness" → "witness": the field's own name. */
function fieldGroup(field: string): string {
  const parts = field.split('.').filter((part) => !/^\d+$/.test(part));
  return parts[parts.length - 1] ?? field;
}
