// A body over the limit must get its 413 and leave the client's keep-alive connection able to carry the
// next request: a real HTTP server (as `lantern serve` starts it) and a keep-alive agent, not app.request.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { testEngine } from '../test-support/test-database';

let t: TestApp;
let server: ReturnType<typeof serve>;
let port: number;

beforeAll(async () => {
  t = await createTestApp();
  server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  json: { error?: { code: string; message: string; requestId: string } } | undefined;
  socket: Socket;
}

function send(agent: http.Agent, method: string, path: string, body?: Buffer, chunked = false) {
  return new Promise<Answer>((resolve, reject) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Accept-Language': 'en' };
    if (body && !chunked) headers['Content-Length'] = String(body.length);
    let answered = false;
    const request = http.request({ host: '127.0.0.1', port, method, path, agent, headers }, (response) => {
      answered = true;
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => {
        text += chunk;
      });
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          json: text ? JSON.parse(text) : undefined,
          socket: request.socket as Socket,
        }),
      );
    });
    // A server that closes on purpose may stop reading while the body is still being written: that is
    // fine once its answer has arrived, and a failure (socket hang up) when it has not.
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (!answered) reject(error);
    });
    request.setTimeout(10_000, () => request.destroy(new Error('no answer within 10 s')));
    if (body && chunked)
      for (let at = 0; at < body.length; at += 64 * 1024) request.write(body.subarray(at, at + 64 * 1024));
    else if (body) request.write(body);
    request.end();
  });
}

const oversize = (mebibytes: number) => Buffer.alloc(mebibytes * 1024 * 1024, 'a');

describe(`a refused body on a keep-alive connection (${testEngine})`, () => {
  it.each([
    ['with a declared length', false],
    ['sent in chunks', true],
  ])(
    'answers 413 in the error shape and the same connection answers the next request (%s)',
    async (_, chunked) => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      try {
        const refused = await send(agent, 'POST', '/api/auth/sign-in', oversize(2), chunked);
        expect(refused.status).toBe(413);
        expect(refused.json?.error?.code).toBe('payload_too_large');
        expect(refused.json?.error?.message).toBeTruthy();
        const next = await send(agent, 'GET', '/api/instance');
        expect(next.status).toBe(200);
        expect(next.socket).toBe(refused.socket);
      } finally {
        agent.destroy();
      }
    },
  );

  it('closes cleanly when the body is too large to read through, and the client reconnects', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const refused = await send(agent, 'POST', '/api/auth/sign-in', oversize(40));
      expect(refused.status).toBe(413);
      expect(refused.json?.error?.code).toBe('payload_too_large');
      expect(refused.headers.connection).toBe('close');
      const next = await send(agent, 'GET', '/api/instance');
      expect(next.status).toBe(200);
    } finally {
      agent.destroy();
    }
  });

  it('still accepts a body within the limit on the same connection', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const body = Buffer.from(JSON.stringify({ username: 'no.such.person', password: 'x'.repeat(64) }));
      for (const chunked of [false, true]) {
        const answer = await send(agent, 'POST', '/api/auth/sign-in', body, chunked);
        expect(answer.status).toBe(401);
        expect(answer.json?.error?.code).toBe('auth.invalid_credentials');
      }
    } finally {
      agent.destroy();
    }
  });
});
