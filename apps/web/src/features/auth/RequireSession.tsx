import { Alert, Anchor, Button, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate, useRouterState } from '@tanstack/react-router';
import { createContext, type ReactNode, useContext, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, isSigningOut, pathForStage, type Session, useSession } from '../../lib/session';
import { LoadFailed } from '../shared/LoadFailed';

const ActiveSessionContext = createContext<Session | null>(null);

/** The signed-in user of a page wrapped in RequireSession. */
export function useActiveSession(): Session {
  const session = useContext(ActiveSessionContext);
  if (!session) throw new Error('useActiveSession is used outside RequireSession');
  return session;
}

interface RequireSessionProps {
  /** The page needs at least one of these permissions (the server checks again). */
  anyOf?: readonly string[];
  children: ReactNode;
}

/**
 * Shows a page only to a fully signed-in user; others are taken to sign in (or to finish their second
 * factor) and brought back afterwards. If the session ends while the page is open, the page stays with
 * everything typed in it, under a notice to sign in again in another tab.
 */
export function RequireSession({ anyOf, children }: RequireSessionProps) {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const href = useRouterState({ select: (state) => state.location.href });
  const lastActive = useRef<Session | null>(null);
  // The old page stays on screen while the sign-in page loads; it must send the visitor there only once.
  const redirected = useRef(false);
  const data = session.data;
  if (data?.stage === 'active') lastActive.current = data;

  useEffect(() => {
    if (data === undefined || redirected.current || isSigningOut()) return;
    if (data === null && lastActive.current === null) {
      redirected.current = true;
      void navigate({ to: '/sign-in', search: { next: href }, replace: true });
    } else if (data !== null && data.stage !== 'active') {
      redirected.current = true;
      void navigate({ to: pathForStage(data.stage) ?? '/sign-in', search: { next: href }, replace: true });
    }
  }, [data, href, navigate]);

  if (session.isError && data === undefined) {
    return (
      <LoadFailed
        gap="sm"
        title={t('auth.sessionLoadFailed')}
        message={session.error.message}
        onRetry={() => void session.refetch()}
      />
    );
  }
  const active = lastActive.current;
  if (!active || (data === null && isSigningOut())) {
    return <Loader aria-label={t('common.loading')} role="status" m="xl" />;
  }
  if (anyOf && !hasPermission(active, ...anyOf)) {
    return (
      <Stack gap="md" maw={560}>
        <Title order={1}>{t('auth.noAccessTitle')}</Title>
        <Text>{t('auth.noAccessText')}</Text>
        <Anchor component={Link} to="/">
          {t('notFound.back')}
        </Anchor>
      </Stack>
    );
  }
  return (
    <ActiveSessionContext.Provider value={active}>
      {data === null && (
        <Alert color="orange" variant="outline" role="alert" mb="md" title={t('auth.sessionEndedTitle')}>
          <Text>{t('auth.sessionEndedText')}</Text>
          <Anchor href={`/sign-in?next=${encodeURIComponent(href)}`} target="_blank" rel="noopener" fw={600}>
            {t('auth.signInInNewTab')}
          </Anchor>
          <Button variant="light" mt="sm" onClick={() => void session.refetch()}>
            {t('auth.signedInAgain')}
          </Button>
        </Alert>
      )}
      {children}
    </ActiveSessionContext.Provider>
  );
}
