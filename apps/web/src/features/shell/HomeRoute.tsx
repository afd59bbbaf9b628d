import { Alert, Button, Loader, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { pathForStage, useSession } from '../../lib/session';
import { HomePage } from '../home/HomePage';

// The worklist is its own chunk: a visitor's first screen does not carry it.
const SignedInHome = lazy(() =>
  import('../home/SignedInHome').then((module) => ({ default: module.SignedInHome })),
);

/** The home page: a welcome for visitors, a worklist for a signed-in user. */
export function HomeRoute() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.isPending) return <Loader m="xl" role="status" aria-label={t('common.loading')} />;
  const data = session.data;
  if (data?.stage === 'active')
    return (
      <Suspense fallback={<Loader m="xl" role="status" aria-label={t('common.loading')} />}>
        <SignedInHome session={data} />
      </Suspense>
    );
  const continueAt = data ? pathForStage(data.stage) : null;
  return (
    <Stack gap="lg">
      {continueAt && (
        <Alert color="orange" variant="outline" title={t('welcome.unfinishedTitle')} maw={720}>
          <Stack gap="sm" align="flex-start">
            <Text>{t('welcome.unfinishedText')}</Text>
            <Button component={Link} to={continueAt}>
              {t('welcome.unfinishedAction')}
            </Button>
          </Stack>
        </Alert>
      )}
      <HomePage />
    </Stack>
  );
}
