import net from 'node:net';
import { startTestApi, TestApi } from '../support/test-api';

/**
 * HTTP hygiene: a slow body or slow headers cannot hold a connection past their deadlines, the
 * number of connections is capped, and the IDE page has a content security policy. The
 * deadlines are set short here (the defaults, 30 s and 10 s, are in .env.example).
 */
let api: TestApi;
let port: number;
const MAX_CONNECTIONS = 20;

beforeAll(async () => {
  api = await startTestApi({ HTTP_REQUEST_TIMEOUT_MS: '3000', HTTP_HEADERS_TIMEOUT_MS: '2000', HTTP_MAX_CONNECTIONS: String(MAX_CONNECTIONS) });
  port = Number(new URL(api.base).port);
});
afterAll(() => api.stop());

/** Opens a connection, sends `head`, then one byte every `everyMs`; resolves with the ms until the server closed it (or null at `giveUpMs`). */
function trickle(head: string, everyMs: number, giveUpMs: number): Promise<{ closedAfterMs: number | null; answer: string }> {
  return new Promise((resolve) => {
    const started = Date.now();
    let answer = '';
    const socket = net.connect(port, '127.0.0.1', () => socket.write(head));
    const drip = setInterval(() => socket.writable && socket.write('x'), everyMs);
    const giveUp = setTimeout(() => finish(null), giveUpMs);
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => finish(Date.now() - started));
    function finish(closedAfterMs: number | null) {
      clearInterval(drip);
      clearTimeout(giveUp);
      socket.destroy();
      resolve({ closedAfterMs, answer });
    }
  });
}

it('cuts off bodies that trickle in past the request deadline, and headers past theirs, while serving others', async () => {
  const body = trickle(`POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"query":"`, 500, 60_000);
  const headers = trickle('GET /health/live HTTP/1.1\r\nHost: localhost\r\nX-Slow: ', 500, 60_000);
  const slow = await Promise.all(Array.from({ length: 5 }, () => trickle(`POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n`, 500, 60_000)));
  const live = await fetch(`${api.base}/health/live`);
  expect(live.status).toBe(200);
  const [slowBody, slowHeaders] = await Promise.all([body, headers]);
  // Node checks the deadlines every second; generous bounds for a loaded machine.
  expect(slowBody.closedAfterMs).not.toBeNull();
  expect(slowBody.closedAfterMs!).toBeLessThan(15_000);
  expect(slowBody.answer).toMatch(/^HTTP\/1\.1 408/);
  expect(slowHeaders.closedAfterMs).not.toBeNull();
  expect(slowHeaders.closedAfterMs!).toBeLessThan(15_000);
  for (const s of slow) expect(s.closedAfterMs).not.toBeNull();
});

it('refuses connections beyond the cap and serves again once they close', async () => {
  const sockets = await Promise.all(
    Array.from({ length: MAX_CONNECTIONS + 10 }, () => new Promise<net.Socket>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(socket));
      socket.on('error', () => undefined);
    })),
  );
  // Give the server time to close the ones over the cap.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const closed = await Promise.all(sockets.map((s) => new Promise<boolean>((resolve) => {
    if (s.destroyed) return resolve(true);
    s.once('close', () => resolve(true));
    setTimeout(() => resolve(false), 500);
  })));
  expect(closed.filter(Boolean).length).toBeGreaterThanOrEqual(10);
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect((await fetch(`${api.base}/health/live`)).status).toBe(200);
});

it('sends a content security policy with the IDE page', async () => {
  const page = await fetch(`${api.base}/graphql`, { headers: { accept: 'text/html' } });
  expect(page.status).toBe(200);
  const policy = page.headers.get('content-security-policy') ?? '';
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  expect(policy).toContain("frame-ancestors 'none'");
});
