import type { SessionStage } from '@lantern/domain';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { continueSignIn, type Session, useSession } from '../../lib/session';

/**
 * Keeps a second-factor page for sessions at its stage: nobody signed in goes to sign in, a session at
 * another stage goes where it belongs. `hold` pauses this while the page still has something to show
 * (the recovery codes, after the session has already become active).
 */
export function useStageGuard(
  stage: SessionStage,
  next: string | undefined,
  hold = false,
): Session | undefined {
  const session = useSession();
  const navigate = useNavigate();
  const data = session.data;
  const redirected = useRef(false);
  useEffect(() => {
    if (hold || data === undefined || redirected.current) return;
    if (data === null) {
      redirected.current = true;
      void navigate({ to: '/sign-in', search: next ? { next } : {}, replace: true });
    } else if (data.stage !== stage) {
      redirected.current = true;
      void continueSignIn(navigate, data.stage, next, true);
    }
  }, [data, hold, navigate, next, stage]);
  return data?.stage === stage ? data : undefined;
}
