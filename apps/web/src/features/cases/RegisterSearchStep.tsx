import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProvinces } from '../reference/queries';
import { UnitSelect } from '../reference/UnitSelect';
import { LabelledSegments } from '../shared/LabelledSegments';
import { CardList } from '../shared/ListStates';
import shared from '../shared/shared.module.css';
import { DayInput } from './DayInput';
import type { CaseForm } from './model';
import { CandidateCard } from './RegisterCandidateCard';
import type { Registration } from './useRegistration';
import { VocabularySelect } from './VocabularyField';

/** Step 1: who is this? The same person may already be known here or to another agency. */
export function SearchStep({ registration, handOffId }: { registration: Registration; handOffId?: string }) {
  const { form, update, errors, search, searched, registerDespite, duplicateNotice, undecided } =
    registration;
  const onSearch = () => void registration.runSearch();
  const onDespite = registration.decideDespite;
  const { t } = useTranslation();
  const provinces = useProvinces('2025');
  const error = (field: keyof CaseForm) => (errors[field] ? t(errors[field]) : undefined);

  return (
    <Stack gap="md">
      <Text>{t('casesWeb.register.searchIntro')}</Text>
      {duplicateNotice && (
        <Alert color="red" role="alert" title={t('casesWeb.register.duplicateTitle')}>
          {duplicateNotice}
        </Alert>
      )}
      <Paper
        component="form"
        withBorder
        p="md"
        onSubmit={(event) => {
          event.preventDefault();
          onSearch();
        }}
        noValidate
        aria-label={t('casesWeb.register.searchForm')}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('casesWeb.register.protectedNote')}
          </Text>
          <TextInput
            label={t('casesWeb.register.fullName')}
            description={t('casesWeb.register.fullNameHelp')}
            value={form.fullName}
            onChange={(event) => update({ fullName: event.currentTarget.value })}
            error={error('fullName')}
            required
            autoComplete="off"
            dir="auto"
            classNames={{ input: shared.input }}
            data-testid="register-name"
          />
          <LabelledSegments<CaseForm['birthKind']>
            label={t('casesWeb.register.birthKind')}
            value={form.birthKind}
            onChange={(birthKind) => update({ birthKind })}
            data={[
              { value: 'date', label: t('casesWeb.register.birthDate') },
              { value: 'year', label: t('casesWeb.register.birthYear') },
              { value: 'age', label: t('casesWeb.register.approximateAge') },
            ]}
            maw={520}
          />
          {form.birthKind === 'date' && (
            <DayInput
              label={t('casesWeb.register.dateOfBirth')}
              value={form.dateOfBirth}
              onChange={(dateOfBirth) => update({ dateOfBirth })}
              onUnreadable={(dateOfBirthUnreadable) => update({ dateOfBirthUnreadable })}
              error={error('dateOfBirth')}
              testId="register-dob"
            />
          )}
          {form.birthKind === 'year' && (
            <TextInput
              label={t('casesWeb.register.birthYear')}
              value={form.birthYear}
              onChange={(event) => update({ birthYear: event.currentTarget.value })}
              error={error('birthYear')}
              inputMode="numeric"
              maxLength={4}
              maw={240}
              dir="ltr"
              classNames={{ input: shared.input }}
            />
          )}
          {form.birthKind === 'age' && (
            <TextInput
              label={t('casesWeb.register.approximateAge')}
              description={t('casesWeb.register.approximateAgeHelp')}
              value={form.approximateAge}
              onChange={(event) => update({ approximateAge: event.currentTarget.value })}
              error={error('approximateAge')}
              inputMode="numeric"
              maxLength={3}
              maw={240}
              dir="ltr"
              classNames={{ input: shared.input }}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <VocabularySelect
              vocabulary="gender"
              label={t('casesWeb.register.sex')}
              value={form.sex}
              onChange={(sex) => update({ sex })}
            />
            <UnitSelect
              label={t('casesWeb.register.homeProvince')}
              units={provinces.data?.units}
              loading={provinces.isPending}
              value={form.homeProvinceCode}
              onChange={(homeProvinceCode) => update({ homeProvinceCode, homeCommuneCode: null })}
              testId="register-home-province"
            />
            <TextInput
              label={t('casesWeb.register.phone')}
              value={form.phone}
              onChange={(event) => update({ phone: event.currentTarget.value })}
              error={error('phone')}
              type="tel"
              autoComplete="off"
              dir="ltr"
              classNames={{ input: shared.input }}
            />
            <Group gap="xs" align="flex-start" wrap="nowrap">
              <NativeSelect
                label={t('casesWeb.register.documentType')}
                value={form.documentType}
                onChange={(event) =>
                  update({ documentType: event.currentTarget.value as CaseForm['documentType'] })
                }
                data={(['national_id', 'passport', 'other'] as const).map((type) => ({
                  value: type,
                  label: t(`casesWeb.documentType.${type}`),
                }))}
                size="md"
                classNames={{ input: shared.input }}
                w={170}
              />
              <TextInput
                label={t('casesWeb.register.documentNumber')}
                value={form.documentNumber}
                onChange={(event) => update({ documentNumber: event.currentTarget.value })}
                error={error('documentNumber')}
                autoComplete="off"
                dir="ltr"
                style={{ flex: 1 }}
                classNames={{ input: shared.input }}
              />
            </Group>
          </SimpleGrid>
          <Group>
            <Button
              type="submit"
              variant={searched ? 'default' : 'filled'}
              loading={search.pending}
              h={44}
              data-testid="register-search"
            >
              {searched ? t('casesWeb.register.searchAgain') : t('casesWeb.register.search')}
            </Button>
          </Group>
        </Stack>
      </Paper>

      {search.error && (
        <Alert color="red" role="alert">
          {search.error}
        </Alert>
      )}
      {search.key !== null && !searched && !search.pending && (
        <Alert color="yellow" role="status">
          {t('casesWeb.register.searchStale')}
        </Alert>
      )}
      {searched && (
        <Stack gap="sm" data-testid="register-results" aria-live="polite">
          <Title order={3} size="h4">
            {t('casesWeb.register.results')}
          </Title>
          {search.candidates.length === 0 ? (
            <Alert color="teal" variant="light" role="status">
              {t('casesWeb.register.noCandidates')}
            </Alert>
          ) : (
            <>
              <Text>{t('casesWeb.register.candidatesIntro', { count: search.candidates.length })}</Text>
              <CardList gap="sm">
                {search.candidates.map((candidate, index) => (
                  <CandidateCard
                    key={candidate.caseCode ?? `candidate-${index}`}
                    candidate={candidate}
                    despite={registerDespite.includes(candidate.caseCode ?? '')}
                    onDespite={onDespite}
                    handOffId={handOffId}
                    onAttached={registration.attached}
                  />
                ))}
              </CardList>
            </>
          )}
          {undecided > 0 ? (
            <Alert color="yellow" role="status">
              {t('casesWeb.register.decideFirst', { count: undecided })}
            </Alert>
          ) : (
            <Text size="sm">{t('casesWeb.register.readyToContinue')}</Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
