import express from 'express';
import type { AddressInfo } from 'node:net';
import { applySecurityHeaders } from './security-headers';

describe('security headers', () => {
  let server: ReturnType<ReturnType<typeof express>['listen']>;
  let base: string;

  beforeAll(async () => {
    const app = express();
    app.set('trust proxy', 'loopback');
    applySecurityHeaders(app);
    app.get('/x', (_req, res) => void res.send('ok'));
    await new Promise<void>((resolve) => {
      server = app.listen(0, '127.0.0.1', () => resolve());
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('sends a CSP without inline scripts, nosniff and frame denial, and no X-Powered-By', async () => {
    const res = await fetch(`${base}/x`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('sends HSTS only over TLS (here: a trusted proxy saying https)', async () => {
    expect((await fetch(`${base}/x`)).headers.get('strict-transport-security')).toBeNull();
    const tls = await fetch(`${base}/x`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(tls.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
  });
});
