import { type ReferralSection, referralSections } from '@lantern/domain';
import { Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toggleSection } from './model';

/**
 * What the recipient will see, in plain words. The profile and needs always go; the identity is off until the
 * sender turns it on, and notes or documents (which name people) bring the identity with them.
 */
export function SectionsField({
  value,
  onChange,
}: {
  value: ReferralSection[];
  onChange: (value: ReferralSection[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="fieldset" m={0} p={0} style={{ border: 'none' }}>
      <Text component="legend" fw={500} size="sm" p={0}>
        {t('referralsWeb.refer.sections')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('referralsWeb.refer.sectionsHelp')}
      </Text>
      <Checkbox
        checked
        disabled
        label={t('referralsWeb.sections.profile')}
        description={t('referralsWeb.sectionHelp.profile')}
      />
      {referralSections.map((section) => (
        <Checkbox
          key={section}
          checked={value.includes(section)}
          onChange={(event) => onChange(toggleSection(value, section, event.currentTarget.checked))}
          label={t(`referralsWeb.sections.${section}`)}
          description={t(`referralsWeb.sectionHelp.${section}`)}
          data-testid={`refer-section-${section}`}
        />
      ))}
    </Stack>
  );
}
