import type { ErrorResponse } from '@lantern/domain';
import { ApiError } from '../../lib/api';
import { currentLocale, i18n } from '../../lib/i18n';

/** Hands a file to the browser's download, under the name given. */
export function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A GET that answers a file: the file and the answer's headers, or the server's error as an ApiError (a file
 * route answers its errors as JSON like every other route).
 */
export async function fetchFile(path: string): Promise<{ blob: Blob; headers: Headers }> {
  let response: Response;
  try {
    response = await fetch(path, {
      headers: { 'Accept-Language': currentLocale() },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errors.network'));
  }
  if (response.ok) return { blob: await response.blob(), headers: response.headers };
  const error = ((await response.json().catch(() => undefined)) as ErrorResponse | undefined)?.error;
  throw new ApiError(
    response.status,
    error?.code ?? 'internal',
    error?.message ?? i18n.t('errors.internal', { requestId: response.headers.get('x-request-id') ?? '—' }),
    error?.details ?? [],
  );
}
