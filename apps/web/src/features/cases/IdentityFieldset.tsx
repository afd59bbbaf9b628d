import { Badge, Fieldset, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './cases.module.css';

/**
 * The group of fields that identify the person (when registering and on the case), marked as kept sealed:
 * its legend says so, in words, next to the group's name.
 */
export function IdentityFieldset({ children, testId }: { children: ReactNode; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Fieldset
      legend={
        <Group gap="xs" component="span">
          <span>{t('casesWeb.register.identity')}</span>
          <Badge variant="outline" color="lantern" tt="none" size="md" component="span">
            {t('casesWeb.protected')}
          </Badge>
        </Group>
      }
      className={classes.protected}
      variant="unstyled"
      data-testid={testId}
    >
      {children}
    </Fieldset>
  );
}
