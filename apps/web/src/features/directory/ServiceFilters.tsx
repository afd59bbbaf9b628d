import { Button, NumberInput, Paper, SimpleGrid, Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../cases/ReferenceFields';
import { VocabularySelect } from '../cases/VocabularyField';
import { useProvinces } from '../reference/queries';
import { UnitSelect } from '../reference/UnitSelect';
import shared from '../shared/shared.module.css';
import type { DirectorySearch } from './search';

/** What the person needs, as the case worker would say it: the service, where, and who the person is. */
export function ServiceFilters({
  search,
  onChange,
  onClear,
}: {
  search: DirectorySearch;
  onChange: (change: Partial<DirectorySearch>) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const provinces = useProvinces('2025');
  const filtered = Object.keys(search).some((key) => key !== 'tab');
  return (
    <Paper withBorder p="md" component="section" aria-label={t('directoryWeb.filters.label')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
          <VocabularySelect
            vocabulary="vn-referral-service"
            label={t('directoryWeb.filters.service')}
            value={search.service ?? null}
            onChange={(service) => onChange({ service: service ?? undefined })}
            testId="directory-filter-service"
          />
          <UnitSelect
            label={t('directoryWeb.filters.province')}
            units={provinces.data?.units}
            loading={provinces.isPending}
            value={search.province ?? null}
            onChange={(province) => onChange({ province: province ?? undefined })}
            testId="directory-filter-province"
          />
          <NumberInput
            label={t('directoryWeb.filters.age')}
            size="md"
            classNames={{ input: shared.input }}
            min={0}
            max={120}
            allowDecimal={false}
            allowNegative={false}
            value={search.age ?? ''}
            onChange={(value) => onChange({ age: typeof value === 'number' ? value : undefined })}
            data-testid="directory-filter-age"
          />
          <VocabularySelect
            vocabulary="gender"
            label={t('directoryWeb.filters.sex')}
            value={search.sex ?? null}
            onChange={(sex) => onChange({ sex: sex ?? undefined })}
            testId="directory-filter-sex"
          />
          <LanguageSelect
            label={t('directoryWeb.filters.language')}
            value={search.language ?? null}
            onChange={(language) => onChange({ language: language ?? undefined })}
            testId="directory-filter-language"
          />
          <Stack justify="center">
            <Switch
              size="md"
              label={t('directoryWeb.filters.foreign')}
              description={t('directoryWeb.filters.foreignHelp')}
              checked={search.foreign === true}
              onChange={(event) => onChange({ foreign: event.currentTarget.checked ? true : undefined })}
            />
          </Stack>
        </SimpleGrid>
        {filtered && (
          <Button variant="default" h={44} onClick={onClear} style={{ alignSelf: 'flex-start' }}>
            {t('directoryWeb.filters.clear')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
