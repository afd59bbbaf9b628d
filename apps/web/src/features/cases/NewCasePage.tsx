import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { RequireSession } from '../auth/RequireSession';
import { RefusalAlert } from '../shared/Alerts';
import { StepProgress } from '../shared/StepProgress';
import shared from '../shared/shared.module.css';
import { useStepHeadingFocus } from '../shared/useStepHeadingFocus';
import { AnchorLink } from '../shell/links';
import classes from './cases.module.css';
import { RegisterHandOver } from './HandOverField';
import { ConsentStep } from './RegisterConsentStep';
import { DetailsStep } from './RegisterDetailsStep';
import { PersonStep } from './RegisterPersonStep';
import { SearchStep } from './RegisterSearchStep';
import { REGISTRATION_STEPS, useRegistration } from './useRegistration';

export function NewCasePage() {
  return (
    <RequireSession anyOf={['case.create']}>
      <Registration />
    </RequireSession>
  );
}

/**
 * Registering a person and their case: search first, then identity and profile, the trafficking details
 * (pre-filled from a screening when there is one) and consent.
 */
function Registration() {
  const { t } = useTranslation();
  const { screening: screeningId, referral: handOffId } = useSearch({ from: '/cases/new' });
  const registration = useRegistration(screeningId);
  const { form, update, errors, today, step, index, search, searched, refusal, submitting, screening } =
    registration;
  const screeningData = screening.data;
  const headingRef = useStepHeadingFocus(step);

  const primary =
    step === 'search' ? (
      searched ? (
        <Button
          className={classes.actionButton}
          onClick={registration.next}
          disabled={registration.undecided > 0}
          data-testid="register-continue"
        >
          {t('casesWeb.register.continue')}
        </Button>
      ) : (
        <Button
          className={classes.actionButton}
          onClick={() => void registration.runSearch()}
          loading={search.pending}
        >
          {t('casesWeb.register.search')}
        </Button>
      )
    ) : step === 'consent' ? (
      <Button
        className={classes.actionButton}
        onClick={() => void registration.submit()}
        loading={submitting}
      >
        {t('casesWeb.register.submit')}
      </Button>
    ) : (
      <Button className={classes.actionButton} onClick={registration.next}>
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
        label={t('casesWeb.register.progress', { current: index + 1, total: REGISTRATION_STEPS.length })}
        current={index + 1}
        total={REGISTRATION_STEPS.length}
        testId="register-progress"
      />
      <Title order={2} ref={headingRef} tabIndex={-1} className={shared.stepHeading}>
        {t(`casesWeb.register.steps.${step}`)}
      </Title>

      {step === 'search' && <SearchStep registration={registration} handOffId={handOffId} />}
      {step === 'person' && (
        <PersonStep
          form={form}
          update={update}
          errors={errors}
          today={today}
          onChangeSearch={() => registration.goTo('search')}
        />
      )}
      {step === 'details' && (
        <DetailsStep form={form} update={update} errors={errors} fromScreening={Boolean(screeningData)} />
      )}
      {step === 'consent' && <ConsentStep form={form} update={update} errors={errors} today={today} />}
      {step === 'consent' && <RegisterHandOver registration={registration} />}

      {refusal && (
        <RefusalAlert
          title={t('casesWeb.register.refused')}
          refusal={refusal}
          points={refusal.details.map((detail) => ({
            key: `${detail.field}:${detail.code}`,
            text: `${t(`casesWeb.register.fields.${fieldGroup(detail.field)}`, { defaultValue: detail.field })}: ${detail.message}`,
          }))}
        >
          <Text size="sm" mt="xs">
            {t('casesWeb.register.kept')}
          </Text>
        </RefusalAlert>
      )}

      <div className={shared.actionBar}>
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Button
            variant="default"
            className={classes.actionButton}
            onClick={registration.back}
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
