import { directionOf, isLocale, supportedLocales } from '@lantern/domain';
import { NativeSelect, useDirection } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { setDirection } = useDirection();
  return (
    <NativeSelect
      aria-label={t('language.label')}
      data-testid="language-switcher"
      size="sm"
      value={i18n.language}
      data={supportedLocales.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (!isLocale(next)) return;
        setDirection(directionOf(next));
        void i18n.changeLanguage(next);
      }}
    />
  );
}
