import type { CaseDetail } from '@lantern/domain';
import { Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { hasPermission } from '../../lib/session';
import { useActiveSession } from '../auth/RequireSession';
import { formatDayMonthYear } from '../reference/dates';
import { useUnitsUnder } from '../reference/queries';
import { DoneNotice } from '../shared/Alerts';
import { CorrectIdentityDialog } from './CorrectIdentityDialog';
import classes from './cases.module.css';
import { Definition, Definitions } from './Definitions';
import { EditProfileDialog } from './EditProfileDialog';
import { IdentityFieldset } from './IdentityFieldset';
import { mayChange, useProvinceLabels, useVocabularyLabels } from './labels';
import { useCountries, useLanguages } from './queries';

/** Why the identity is hidden from this reader, in words. */
function hiddenBecause(access: CaseDetail['access'], mayReadIdentity: boolean): string {
  if (!mayReadIdentity) return 'casesWeb.person.hiddenRole';
  if (access === 'province') return 'casesWeb.person.hiddenProvince';
  if (access === 'registrant') return 'casesWeb.person.hiddenRegistrant';
  return 'casesWeb.person.hiddenOther';
}

export function PersonTab({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const province = useProvinceLabels();
  const vocabulary = {
    sex: useVocabularyLabels('gender'),
    education: useVocabularyLabels('education-level'),
    marital: useVocabularyLabels('marital-status'),
    ethnicity: useVocabularyLabels('ethnicity'),
  };
  const countries = useCountries();
  const languages = useLanguages();
  const profile = detail.profile;
  const communes = useUnitsUnder(
    '2025',
    profile?.homeCommuneCode ? (profile.homeProvinceCode ?? null) : null,
  );
  const identity = detail.identity;
  const [correcting, setCorrecting] = useState<'identity' | 'profile' | null>(null);
  const [corrected, setCorrected] = useState<string[] | null>(null);
  // Only the owning agency corrects, and only someone who can read what they correct (the server decides again).
  const mayCorrect = identity !== null && mayChange(detail.access, session.user.permissions, 'case.update');
  const none = (
    <Text span c="dimmed">
      {t('casesWeb.notRecorded')}
    </Text>
  );
  const text = (value: string | null | undefined) => (value ? <span dir="auto">{value}</span> : none);
  const countryName = (code: string | undefined) =>
    code ? (countries.data?.countries.find((country) => country.code === code)?.name ?? code) : undefined;
  const languageName = (code: string) =>
    languages.data?.languages.find((language) => language.code === code)?.name ?? code;
  const documentText = (document: { type: string; number: string }) =>
    `${t(`casesWeb.documentType.${document.type}`, { defaultValue: document.type })} ${document.number}`;
  const masked = (
    <Text span>
      <span className={classes.masked} aria-hidden="true">
        ••••
      </span>{' '}
      {t('casesWeb.person.noAccess')}
    </Text>
  );

  const band = (ageBand: string | null | undefined) =>
    ageBand ? <span className={classes.ltr}>{ageBand}</span> : none;

  return (
    <Stack gap="lg">
      {corrected && (
        <DoneNotice onClose={() => setCorrected(null)}>
          {corrected.length > 0 ? t('identityEdit.done') : t('identityEdit.nothingChanged')}
        </DoneNotice>
      )}
      <IdentityFieldset testId="case-identity">
        {identity ? (
          <Stack gap="sm">
            <Text size="sm">{t('casesWeb.person.viewAudited')}</Text>
            {mayCorrect && (
              <Group>
                <Button
                  variant="default"
                  h={44}
                  onClick={() => setCorrecting('identity')}
                  data-testid="correct-identity"
                >
                  {t('identityEdit.open')}
                </Button>
              </Group>
            )}
            <Definitions>
              <Definition label={t('casesWeb.register.fullName')}>{text(identity.fullName)}</Definition>
              <Definition label={t('casesWeb.register.otherNames')}>
                {text(identity.otherNames.join('; '))}
              </Definition>
              <Definition label={t('casesWeb.register.birth')}>
                {identity.dateOfBirth ? (
                  <span className={classes.ltr}>{formatDayMonthYear(identity.dateOfBirth)}</span>
                ) : identity.birthYear ? (
                  <span className={classes.ltr}>{identity.birthYear}</span>
                ) : (
                  none
                )}
              </Definition>
              <Definition label={t('casesWeb.register.documentNumber')}>
                {identity.documents.length > 0
                  ? identity.documents.map((document) => documentText(document)).join('; ')
                  : none}
              </Definition>
              <Definition label={t('casesWeb.register.phone')}>
                {identity.phones.length > 0 ? <span dir="ltr">{identity.phones.join(', ')}</span> : none}
              </Definition>
              <Definition label={t('casesWeb.register.address')}>
                {text(identity.addresses.map((address) => address.text).join('; '))}
              </Definition>
            </Definitions>
          </Stack>
        ) : (
          <Stack gap="sm" data-testid="identity-masked">
            <Definitions>
              <Definition label={t('casesWeb.register.fullName')}>{masked}</Definition>
              <Definition label={t('casesWeb.register.birth')}>{masked}</Definition>
              <Definition label={t('casesWeb.register.documentNumber')}>{masked}</Definition>
              <Definition label={t('casesWeb.register.phone')}>{masked}</Definition>
            </Definitions>
            <Text size="sm">
              {t(hiddenBecause(detail.access, hasPermission(session, 'case.read_identity')))}
            </Text>
          </Stack>
        )}
      </IdentityFieldset>

      <Fieldset legend={t('casesWeb.register.profile')} radius="md">
        {mayCorrect && (
          <Group mb="sm">
            <Button
              variant="default"
              h={44}
              onClick={() => setCorrecting('profile')}
              data-testid="edit-profile"
            >
              {t('identityEdit.openProfile')}
            </Button>
          </Group>
        )}
        {profile ? (
          <Definitions testId="case-profile">
            <Definition label={t('casesWeb.register.sex')}>{text(vocabulary.sex(profile.sex))}</Definition>
            <Definition label={t('casesWeb.person.ageBand')}>{band(profile.ageBand)}</Definition>
            <Definition label={t('casesWeb.register.homeProvince')}>
              {text(
                formatList(
                  [
                    communes.data?.units.find((unit) => unit.code === profile.homeCommuneCode)?.label,
                    province(profile.homeProvinceCode),
                  ].filter((part): part is string => Boolean(part)),
                  currentLocale(),
                ),
              )}
            </Definition>
            <Definition label={t('casesWeb.register.nationality')}>
              {text(countryName(profile.nationality))}
            </Definition>
            <Definition label={t('casesWeb.register.languages')}>
              {text(formatList(profile.languages.map(languageName), currentLocale()))}
            </Definition>
            <Definition label={t('casesWeb.register.education')}>
              {text(vocabulary.education(profile.educationLevel))}
            </Definition>
            <Definition label={t('casesWeb.register.maritalStatus')}>
              {text(vocabulary.marital(profile.maritalStatus))}
            </Definition>
            <Definition label={t('casesWeb.register.ethnicity')}>
              {text(vocabulary.ethnicity(profile.ethnicity))}
            </Definition>
            <Definition label={t('casesWeb.register.childrenCount')}>
              {profile.childrenCount !== undefined ? String(profile.childrenCount) : none}
            </Definition>
          </Definitions>
        ) : (
          <Definitions testId="case-profile">
            <Definition label={t('casesWeb.register.sex')}>
              {text(vocabulary.sex(detail.person.sex))}
            </Definition>
            <Definition label={t('casesWeb.person.ageBand')}>{band(detail.person.ageBand)}</Definition>
            <Definition label={t('casesWeb.register.homeProvince')}>
              {text(province(detail.person.homeProvinceCode))}
            </Definition>
          </Definitions>
        )}
      </Fieldset>
      {mayCorrect && (
        <>
          <CorrectIdentityDialog
            caseId={detail.id}
            opened={correcting === 'identity'}
            onClose={() => setCorrecting(null)}
            onDone={setCorrected}
          />
          <EditProfileDialog
            caseId={detail.id}
            opened={correcting === 'profile'}
            onClose={() => setCorrecting(null)}
            onDone={setCorrected}
          />
        </>
      )}
    </Stack>
  );
}
