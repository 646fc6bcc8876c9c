import Fastify, { type FastifyInstance } from 'fastify';
import { applySecurityHeaders } from './security-headers';

describe('security headers', () => {
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    app = Fastify({ trustProxy: '127.0.0.1' });
    applySecurityHeaders(app);
    app.get('/x', () => 'ok');
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => app.close());

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

  it('sends them on answers no route gave too (404)', async () => {
    const res = await fetch(`${base}/nowhere`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('sends HSTS only over TLS (here: a trusted proxy saying https)', async () => {
    expect((await fetch(`${base}/x`)).headers.get('strict-transport-security')).toBeNull();
    const tls = await fetch(`${base}/x`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(tls.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
  });
});
