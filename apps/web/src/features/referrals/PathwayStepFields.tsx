import { directionOf, referralUrgencies, seedAgencyTypes, supportedLocales } from '@lantern/domain';
import {
  Button,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { agencyTypeLabel } from '../admin/labels';
import { VocabularyMultiSelect } from '../cases/VocabularyField';
import { LabelledSegments } from '../shared/LabelledSegments';
import sharedCss from '../shared/shared.module.css';
import type { StepDraft, WithinUnit } from './pathway-model';

const legendStyles = { legend: { fontWeight: 600, marginBottom: 4 } };

/** One step of a pathway being defined: its names, the kind of agency, the services, how urgent, and by when. */
export function PathwayStepFields({
  index,
  count,
  step,
  onChange,
  onMove,
  onRemove,
  errorOf,
}: {
  index: number;
  count: number;
  step: StepDraft;
  onChange: (step: StepDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  errorOf: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const field = (name: string) => `steps.${index}.${name}`;
  const number = index + 1;
  // A type no longer in the catalogue stays offered while the step holds it.
  const types = seedAgencyTypes.includes(step.agencyType as (typeof seedAgencyTypes)[number])
    ? [...seedAgencyTypes]
    : [...seedAgencyTypes, ...(step.agencyType ? [step.agencyType] : [])];
  return (
    <Fieldset
      legend={t('referralsWeb.pathways.form.step', { number })}
      styles={legendStyles}
      data-testid="pathway-step-fields"
    >
      <Stack gap="sm">
        <SimpleGrid cols={1} spacing="sm">
          {supportedLocales.map((locale) => (
            <TextInput
              key={locale}
              label={t(`referralsWeb.pathways.form.stepName_${locale}`)}
              name={field(`names.${locale}`)}
              required
              lang={locale}
              dir={directionOf(locale)}
              maxLength={200}
              value={step.names[locale]}
              onChange={(event) =>
                onChange({ ...step, names: { ...step.names, [locale]: event.currentTarget.value } })
              }
              error={errorOf(field(`names.${locale}`))}
            />
          ))}
        </SimpleGrid>
        <NativeSelect
          label={t('referralsWeb.pathways.form.agencyType')}
          description={t('referralsWeb.pathways.form.agencyTypeHelp')}
          required
          size="md"
          name={field('agencyType')}
          value={step.agencyType}
          onChange={(event) => onChange({ ...step, agencyType: event.currentTarget.value })}
          data={[
            { value: '', label: t('casesWeb.form.choose') },
            ...types.map((type) => ({ value: type, label: agencyTypeLabel(t, type) })),
          ]}
          error={errorOf(field('agencyType'))}
          classNames={{ input: sharedCss.input }}
        />
        <VocabularyMultiSelect
          vocabulary="vn-referral-service"
          label={t('referralsWeb.refer.services')}
          value={step.services}
          onChange={(services) => onChange({ ...step, services })}
          error={errorOf(field('services'))}
          required
          testId={`pathway-step-services-${index}`}
        />
        <LabelledSegments
          label={t('referralsWeb.refer.urgency')}
          value={step.urgency}
          onChange={(urgency) => onChange({ ...step, urgency })}
          data={referralUrgencies.map((value) => ({ value, label: t(`referralsWeb.urgency.${value}`) }))}
          size="md"
        />
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
          <NumberInput
            label={t('referralsWeb.pathways.form.within')}
            description={t('referralsWeb.pathways.form.withinHelp')}
            required
            size="md"
            min={1}
            allowDecimal={false}
            allowNegative={false}
            name={field('completeHours')}
            value={step.count}
            onChange={(value) => onChange({ ...step, count: String(value) })}
            error={errorOf(field('completeHours'))}
          />
          <NativeSelect
            label={t('referralsWeb.pathways.form.unit')}
            size="md"
            value={step.unit}
            onChange={(event) => onChange({ ...step, unit: event.currentTarget.value as WithinUnit })}
            data={(['hours', 'days'] as const).map((unit) => ({
              value: unit,
              label: t(`referralsWeb.pathways.form.units.${unit}`),
            }))}
            classNames={{ input: sharedCss.input }}
            style={{ alignSelf: 'end' }}
          />
        </SimpleGrid>
        <Group gap="xs">
          <Button variant="default" h={44} disabled={index === 0} onClick={() => onMove(-1)}>
            {t('referralsWeb.pathways.form.moveUp', { number })}
          </Button>
          <Button variant="default" h={44} disabled={index === count - 1} onClick={() => onMove(1)}>
            {t('referralsWeb.pathways.form.moveDown', { number })}
          </Button>
          <Button variant="subtle" color="red" h={44} disabled={count === 1} onClick={onRemove}>
            {t('referralsWeb.pathways.form.remove', { number })}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
