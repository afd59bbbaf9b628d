import { List, Stack, Text, Title } from '@mantine/core';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import shared from '../shared/shared.module.css';

/** The person said no: nothing is recorded, and the officer is told what that means. */
export function DeclinedStep({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" py="md">
      <Title order={2} ref={headingRef} tabIndex={-1} className={shared.stepHeading}>
        {t('screeningWeb.declined.title')}
      </Title>
      <Text size="lg">{t('screeningWeb.declined.text')}</Text>
      <List spacing="xs">
        <List.Item>{t('screeningWeb.declined.point1')}</List.Item>
        <List.Item>{t('screeningWeb.declined.point2')}</List.Item>
      </List>
    </Stack>
  );
}
