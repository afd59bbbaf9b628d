import { Box, Group, Text } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DemoBanner } from '../shell/DemoBanner';
import { LanguageSwitcher } from '../shell/LanguageSwitcher';

/**
 * The frame of the pages a survivor sees (the status check, the feedback survey, survivor mode): no staff
 * menu, no account, nothing that says more than the page itself. Narrow by design: a 360-px phone first.
 */
export function SurvivorShell({ demo }: { demo: boolean }) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh">
      {demo && <DemoBanner />}
      <Group component="header" justify="space-between" px="sm" py="xs" wrap="nowrap">
        <Text fw={700}>{t('app.name')}</Text>
        <LanguageSwitcher />
      </Group>
      <Box component="main" id="main" tabIndex={-1} px="sm" pb="xl" maw={560} mx="auto">
        <Outlet />
      </Box>
    </Box>
  );
}
