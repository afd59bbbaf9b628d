import { Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

const MODULES = ['moduleScreen', 'moduleRegister', 'moduleRefer', 'moduleSupport', 'moduleMonitor'] as const;

export function HomePage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{t('home.title')}</Title>
      <Text size="lg">{t('home.intro')}</Text>
      <Paper withBorder p="lg">
        <Stack gap="sm">
          <Text>{t('home.signInPrompt')}</Text>
          <Button component={Link} to="/sign-in" w="fit-content">
            {t('nav.signIn')}
          </Button>
        </Stack>
      </Paper>
      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('home.modulesTitle')}
        </Title>
        <List spacing="xs">
          {MODULES.map((key) => (
            <List.Item key={key}>{t(`home.${key}`)}</List.Item>
          ))}
        </List>
      </Stack>
    </Stack>
  );
}
