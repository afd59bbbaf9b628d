import { useMemo } from 'react';
import { useProvinceLabels, useVocabularyLabels } from '../cases/labels';
import { useLanguages } from '../cases/queries';

/** Names of the codes a service entry holds, in the reader's language: services, sexes, provinces, languages. */
export function useDirectoryLabels() {
  const service = useVocabularyLabels('vn-referral-service');
  const sex = useVocabularyLabels('gender');
  const province = useProvinceLabels();
  const languages = useLanguages();
  const language = useMemo(() => {
    const names = new Map((languages.data?.languages ?? []).map((entry) => [entry.code, entry.name]));
    return (code: string) => names.get(code) ?? code;
  }, [languages.data]);
  return { service, sex, province, language };
}

export type DirectoryLabels = ReturnType<typeof useDirectoryLabels>;
