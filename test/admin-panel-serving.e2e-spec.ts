import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestSystem, type TestSystem } from './support/test-system';

// apps/api serving the built panel at /admin (SHARED-DECISIONS): a panel directory laid out as
// `vite build` writes it, filled only after the API started (the "built while running" path).
describe('The admin panel served by apps/api', () => {
  let system: TestSystem;
  const dir = mkdtempSync(join(tmpdir(), 'dvorik-admin-'));
  const INDEX =
    '<!doctype html><html><body><div id="root"></div><script src="/admin/assets/index-Ab12.js"></script></body></html>';
  const get = (path: string) => fetch(`${system.apiUrl}${path}`, { redirect: 'manual' });

  beforeAll(async () => {
    system = await startTestSystem({ apps: ['api'], env: { ADMIN_DIST_DIR: dir }, label: 'panel' });
  });
  afterAll(async () => {
    await system?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says to run npm run build while the panel is not built, and keeps answering', async () => {
    const res = await get('/admin/clients');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build');
    expect((await system.api('/health')).status).toBe(200);
  });

  describe('once built', () => {
    beforeAll(() => {
      mkdirSync(join(dir, 'assets'));
      writeFileSync(join(dir, 'index.html'), INDEX);
      writeFileSync(join(dir, 'assets', 'index-Ab12.js'), 'console.log(1)');
    });

    it.each(['/admin', '/admin/', '/admin/login?token=abc', '/admin/broadcasts/12', '/admin/clients/3/show'])(
      'answers the deep link %s with index.html, never cached',
      async (path) => {
        const res = await get(path);
        expect(res.status).toBe(200);
        expect(res.headers.get('cache-control')).toBe('no-cache');
        expect(await res.text()).toBe(INDEX);
      },
    );

    it('caches hashed assets for a year as immutable; a missing asset is 404, not the page', async () => {
      const res = await get('/admin/assets/index-Ab12.js');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/javascript/);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const missing = await get('/admin/assets/index-Old9.js');
      expect(missing.status).toBe(404);
      expect(await missing.text()).not.toContain('<div id="root">');
    });

    it('leaves Bull Board at /admin/queues and the API alone', async () => {
      const queues = await get('/admin/queues');
      expect([401, 403]).toContain(queues.status);
      expect(await queues.text()).not.toContain('<div id="root">');
      const api = await system.api('/api/v1/auth/me');
      expect(api.status).toBe(401);
      expect(api.body.code).toBe('UNAUTHORIZED');
      // A trailing slash names the same route, as it did on Express.
      expect((await system.api('/api/v1/auth/me/')).status).toBe(401);
      const unknown = await system.api('/api/v1/no-such-route');
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('NOT_FOUND');
    });

    it('does not answer writes under /admin with the page', async () => {
      const res = await fetch(`${system.apiUrl}/admin/clients`, { method: 'POST' });
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('<div id="root">');
    });
  });
});
