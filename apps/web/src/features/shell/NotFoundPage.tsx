import { Button, Stack, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={560}>
      <Title order={1}>{t('notFound.title')}</Title>
      <Button component={Link} to="/" variant="light" w="fit-content">
        {t('notFound.back')}
      </Button>
    </Stack>
  );
}
