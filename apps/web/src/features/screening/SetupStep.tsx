import { type Instrument, type InstrumentSummary, type Locale, languages } from '@lantern/domain';
import { Checkbox, Group, NativeSelect, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LocationPicker, type LocationValue } from '../reference/LocationPicker';
import { COMMON_LANGUAGES, MINORITY_LANGUAGES } from '../reference/languages-first';
import shared from '../shared/shared.module.css';
import { ToneBadge } from '../shell/ToneBadge';
import { type ScreeningDraft, withInstrument } from './model';
import classes from './screening.module.css';

export interface SetupErrors {
  interpreter?: boolean;
}

interface SetupStepProps {
  draft: ScreeningDraft;
  update: (change: (draft: ScreeningDraft) => ScreeningDraft) => void;
  offered: readonly InstrumentSummary[];
  summaries: readonly InstrumentSummary[];
  definitions: ReadonlyMap<string, Instrument>;
  errors: SetupErrors;
  locale: Locale;
}

/** Consent first; then the setting of the interview and which instruments to use. */
export function SetupStep({
  draft,
  update,
  offered,
  summaries,
  definitions,
  errors,
  locale,
}: SetupStepProps) {
  const { t } = useTranslation();
  const languageOptions = useMemo(() => {
    const all = languages(locale);
    const byCode = new Map(all.map((language) => [language.code, language]));
    const pick = (codes: string[]) =>
      codes.flatMap((code) => {
        const language = byCode.get(code);
        return language ? [{ value: code, label: language.name }] : [];
      });
    const listed = new Set([...COMMON_LANGUAGES, ...MINORITY_LANGUAGES]);
    return [
      { group: t('screeningWeb.setup.languagesCommon'), items: pick(COMMON_LANGUAGES) },
      { group: t('screeningWeb.setup.languagesMinority'), items: pick(MINORITY_LANGUAGES) },
      {
        group: t('screeningWeb.setup.languagesOther'),
        items: all
          .filter((language) => !listed.has(language.code))
          .map((language) => ({ value: language.code, label: language.name })),
      },
    ];
  }, [locale, t]);

  const location: LocationValue = {
    era: '2025',
    provinceCode: draft.provinceCode,
    districtCode: null,
    communeCode: draft.communeCode,
  };
  const onLocation = useCallback(
    (value: LocationValue) =>
      update((current) =>
        current.provinceCode === value.provinceCode && current.communeCode === value.communeCode
          ? current
          : { ...current, provinceCode: value.provinceCode, communeCode: value.communeCode },
      ),
    [update],
  );

  return (
    <Stack gap="xl">
      <Radio.Group
        value={draft.consent}
        onChange={(value) =>
          update((current) => ({
            ...current,
            consent: value === 'yes' ? 'yes' : 'no',
            consentAt: value === 'yes' ? (current.consentAt ?? new Date().toISOString()) : null,
          }))
        }
        label={t('screeningWeb.setup.consentQuestion')}
        description={t('screeningWeb.setup.consentHelp')}
        classNames={{ label: classes.questionLegend, description: classes.questionHelp }}
      >
        <SimpleGrid cols={2} spacing="xs" mt="xs">
          <Radio.Card value="yes" className={classes.choice}>
            <Radio.Indicator />
            <Text span className={classes.choiceLabel}>
              {t('screeningWeb.setup.consentYes')}
            </Text>
          </Radio.Card>
          <Radio.Card value="no" className={classes.choice}>
            <Radio.Indicator />
            <Text span className={classes.choiceLabel}>
              {t('screeningWeb.setup.consentNo')}
            </Text>
          </Radio.Card>
        </SimpleGrid>
      </Radio.Group>

      {draft.consent === 'yes' && (
        <>
          <NativeSelect
            label={t('screeningWeb.setup.language')}
            description={t('screeningWeb.setup.languageHelp')}
            size="md"
            classNames={{ input: shared.input }}
            data={languageOptions}
            value={draft.interviewLanguage}
            onChange={(event) => {
              const interviewLanguage = event.currentTarget.value;
              update((current) => ({ ...current, interviewLanguage }));
            }}
          />
          <Radio.Group
            value={draft.interpreterUsed === null ? null : draft.interpreterUsed ? 'yes' : 'no'}
            onChange={(value) => update((current) => ({ ...current, interpreterUsed: value === 'yes' }))}
            label={t('screeningWeb.setup.interpreter')}
            classNames={{ label: classes.questionLegend, description: classes.questionHelp }}
            error={errors.interpreter ? t('screeningWeb.setup.interpreterRequired') : undefined}
            withAsterisk
          >
            <SimpleGrid cols={2} spacing="xs" mt="xs">
              <Radio.Card value="yes" className={classes.choice}>
                <Radio.Indicator />
                <Text span className={classes.choiceLabel}>
                  {t('screeningWeb.answer.yes')}
                </Text>
              </Radio.Card>
              <Radio.Card value="no" className={classes.choice}>
                <Radio.Indicator />
                <Text span className={classes.choiceLabel}>
                  {t('screeningWeb.answer.no')}
                </Text>
              </Radio.Card>
            </SimpleGrid>
          </Radio.Group>
          <LocationPicker value={location} onChange={onLocation} legend={t('screeningWeb.setup.place')} />
          <fieldset className={classes.question}>
            <legend className={classes.questionLegend}>{t('screeningWeb.setup.instruments')}</legend>
            <Text size="sm" c="dimmed" mb="sm">
              {t('screeningWeb.setup.instrumentsHelp')}
            </Text>
            <Stack gap="sm">
              {offered.map((summary) => (
                <InstrumentOption
                  key={summary.id}
                  summary={summary}
                  locale={locale}
                  chosen={draft.instruments.some((entry) => entry.id === summary.id)}
                  onToggle={(chosen) =>
                    update((current) =>
                      withInstrument(
                        current,
                        summaries,
                        definitions,
                        { id: summary.id, version: summary.version },
                        chosen,
                      ),
                    )
                  }
                />
              ))}
            </Stack>
          </fieldset>
        </>
      )}
    </Stack>
  );
}

function InstrumentOption({
  summary,
  locale,
  chosen,
  onToggle,
}: {
  summary: InstrumentSummary;
  locale: Locale;
  chosen: boolean;
  onToggle: (chosen: boolean) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const always = summary.role === 'default';
  const useFor = t(`screeningWeb.useFor.${summary.id}`, { defaultValue: '' });
  // A secondary source says so until an administrator has checked it against the primary text.
  const status =
    summary.sourceStatus === 'secondary' && summary.verification ? 'verified' : summary.sourceStatus;
  return (
    <div>
      <Checkbox.Card
        checked={always || chosen}
        disabled={always}
        onChange={(checked) => onToggle(checked)}
        className={classes.choice}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-details`}
        style={{ alignItems: 'flex-start' }}
        data-instrument={summary.id}
      >
        <Checkbox.Indicator mt={4} disabled={always} />
        <Stack gap={6} className={classes.choiceLabel}>
          <Text fw={600} id={`${id}-title`}>
            {summary.title[locale]}
          </Text>
          <Stack gap={6} id={`${id}-details`}>
            {useFor && <Text size="sm">{useFor}</Text>}
            <Group gap={6}>
              <ToneBadge tone={always ? 'info' : 'neutral'} size="md">
                {t(`screeningWeb.role.${summary.role}`)}
              </ToneBadge>
              <ToneBadge tone={status === 'secondary' ? 'warning' : 'neutral'} size="md">
                {t(`screening.sourceStatus.${status}`)}
              </ToneBadge>
            </Group>
          </Stack>
        </Stack>
      </Checkbox.Card>
      {/* The sources and the rule in full, on request: on a phone they would push the choices apart. */}
      <details className={classes.about}>
        <summary>{t('screeningWeb.setup.about')}</summary>
        <Text size="sm" pb="xs">
          {summary.summary[locale]}
        </Text>
      </details>
    </div>
  );
}
