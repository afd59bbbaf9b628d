import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import shared from '../shared/shared.module.css';
import type { VocabulariesResponse } from './types';
import { foldedOptionsFilter } from './unit-filter';

/** Choose a code list by its name, typed without diacritics if need be ("dan toc" finds "Dân tộc"). */
export function CodeListSelect({
  vocabularies,
  ...props
}: Omit<SelectProps, 'data' | 'label' | 'filter' | 'searchable' | 'allowDeselect'> & {
  vocabularies: VocabulariesResponse['vocabularies'] | undefined;
  'data-testid': string;
}) {
  const { t } = useTranslation();
  const filter = useMemo(() => foldedOptionsFilter(new Map()), []);
  return (
    <Select
      label={t('reference.vocabulary.choose')}
      data={(vocabularies ?? []).map((v) => ({ value: v.id, label: v.label }))}
      allowDeselect={false}
      searchable
      filter={filter}
      maxDropdownHeight={320}
      classNames={{ input: shared.input, option: shared.option }}
      {...props}
    />
  );
}
