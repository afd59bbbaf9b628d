import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './AppLayout.module.css';

export const DEMO_BANNER_HEIGHT = 36;

/**
 * On every page of a demonstration installation: black on yellow, a warning sign and the word DEMO,
 * so it is read as a warning without relying on its colour.
 */
export function DemoBanner() {
  const { t } = useTranslation();
  return (
    <div className={classes.demoBanner} role="status" data-testid="demo-banner">
      <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 2 1 21h22L12 2Z" fill="#000" />
        <path d="M11 9h2v6h-2zM11 17h2v2h-2z" fill="#ffd43b" />
      </svg>
      <Text span fw={800} size="sm" c="#000">
        {t('shell.demo.banner')}
      </Text>
      <Text span size="sm" c="#000" visibleFrom="md">
        {t('shell.demo.detail')}
      </Text>
    </div>
  );
}
