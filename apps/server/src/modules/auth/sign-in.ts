import type { SignInRequest } from '@lantern/domain';
import type { RequestContext } from '../../context/request-context';
import { AppError } from '../../lib/errors';

/**
 * Accounts, passwords and multi-factor sign-in arrive with the identity and access module. Until then
 * the endpoint exists, validates its input and says plainly that no account can sign in yet.
 */
export async function signIn(_ctx: RequestContext, _input: SignInRequest): Promise<never> {
  throw new AppError(503, 'auth.not_configured');
}
