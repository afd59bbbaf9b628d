import type { MiddlewareHandler } from 'hono';
import type { AppError } from './errors';

// What is read and discarded of a refused body so the 413 arrives on a connection that stays usable: the
// client keeps sending until its body is consumed, and the next request on that socket waits behind it.
// Beyond these, reading on is a waste and the answer closes the connection instead ("Connection: close"),
// which HTTP clients take as "open a new connection for the next request".
const DRAIN_MAX_BYTES = 8 * 1024 * 1024;
const DRAIN_MAX_MS = 2_000;

type Reader = ReadableStreamDefaultReader<Uint8Array>;

/** Reads the rest of a body into nothing; false when it did not end within the allowance. */
async function drain(reader: Reader, allowance: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), DRAIN_MAX_MS);
  });
  try {
    let read = 0;
    for (;;) {
      const next = await Promise.race([reader.read(), timedOut]);
      if (next === 'timeout') return false;
      if (next.done) return true;
      read += next.value.length;
      if (read > allowance) return false;
    }
  } catch {
    return false; // the client went away; there is no connection left to keep
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Refuses a request body larger than maxSize with the error from refusal(), in the one error shape, and
 * leaves the connection in a state the client understands: drained and kept alive, or closed on purpose.
 * Replaces hono's bodyLimit, which answered without consuming the body, so @hono/node-server later cut the
 * keep-alive socket under the client's next request.
 */
export function limitBody(options: { maxSize: number; refusal: () => AppError }): MiddlewareHandler {
  const { maxSize } = options;
  const refuse = async (
    c: Parameters<MiddlewareHandler>[0],
    reader: Reader | null,
    allowance: number,
  ): Promise<never> => {
    const drained = reader !== null && (await drain(reader, allowance));
    if (!drained) c.header('Connection', 'close');
    throw options.refusal();
  };

  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body) return next();
    const declared = c.req.raw.headers.get('content-length');
    if (declared !== null && !c.req.raw.headers.has('transfer-encoding')) {
      const length = Number.parseInt(declared, 10);
      if (!(length > maxSize)) return next();
      return refuse(c, length <= DRAIN_MAX_BYTES ? body.getReader() : null, length);
    }

    // No declared length (chunked): count while reading, as the body arrives.
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxSize) return refuse(c, reader, DRAIN_MAX_BYTES);
      chunks.push(value);
    }
    c.req.raw = new Request(c.req.raw, { body: Buffer.concat(chunks, size) });
    return next();
  };
}
