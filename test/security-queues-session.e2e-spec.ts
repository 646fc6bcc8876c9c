import { CommandBus } from '@nestjs/cqrs';
import { AccessTokenIssuer, CreateStaffCommand, StaffRole, SYSTEM, UpdateStaffCommand } from '@dvorik/domain';
import { ALL_QUEUES } from '@dvorik/messaging';
import { startTestSystem, type TestSystem } from './support/test-system';

// The project's testTimeout does not reach jest-circus (only the global one does): set it here.
jest.setTimeout(120_000);

/** Issue 9 (CSRF) and issue 11 item 10: the API reads no cookie; Bull Board's own cookie. */
describe('Security: no cookie on the API, a queues session for Bull Board', () => {
  let sys: TestSystem;
  let telegramId = 830_000;

  beforeAll(async () => {
    sys = await startTestSystem({ label: 'sec_queues', apps: ['api'] });
  });
  afterAll(() => sys?.close());

  async function anOwner() {
    const app = sys.apps.api!;
    const member = await app
      .get(CommandBus)
      .execute(
        new CreateStaffCommand(SYSTEM, { telegramId: telegramId++, name: 'Ольга', role: StaffRole.Owner }),
      );
    return { id: member.id, token: app.get(AccessTokenIssuer).sign(member) };
  }

  async function queuesCookie(token: string): Promise<string> {
    const res = await fetch(`${sys.apiUrl}/api/v1/auth/queues-session`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(204);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^dvorik_queues=[\w-]+\.[\w-]+\.[\w-]+; /);
    expect(setCookie).toContain('Path=/admin/queues');
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).not.toContain('Secure'); // plain http here; https adds it
    return setCookie.split(';')[0];
  }

  const board = (cookie: string, init: RequestInit = {}) =>
    fetch(
      `${sys.apiUrl}/admin/queues${init.method && init.method !== 'GET' ? `/api/queues/${ALL_QUEUES[0]}/pause` : ''}`,
      {
        ...init,
        headers: { cookie, ...(init.headers as Record<string, string>) },
      },
    );

  it('marks the cookie Secure when the request came over https (through a trusted proxy)', async () => {
    const owner = await anOwner();
    const res = await fetch(`${sys.apiUrl}/api/v1/auth/queues-session`, {
      method: 'POST',
      headers: { authorization: `Bearer ${owner.token}`, 'x-forwarded-proto': 'https' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/; Secure$/);
  });

  it('gives the queues session to owners only', async () => {
    const app = sys.apps.api!;
    const marketer = await app
      .get(CommandBus)
      .execute(
        new CreateStaffCommand(SYSTEM, { telegramId: telegramId++, name: 'Мила', role: StaffRole.Marketing }),
      );
    const res = await sys.api('/api/v1/auth/queues-session', {
      method: 'POST',
      token: app.get(AccessTokenIssuer).sign(marketer),
    });
    expect(res).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect((await sys.api('/api/v1/auth/queues-session', { method: 'POST' })).status).toBe(401);
  });

  it('accepts no cookie on /api/v1: neither the queues session nor a staff token in a cookie', async () => {
    const owner = await anOwner();
    const cookie = await queuesCookie(owner.token);
    for (const c of [cookie, `dvorik_token=${owner.token}`, `dvorik_queues=${owner.token}`]) {
      const write = await fetch(`${sys.apiUrl}/api/v1/segments`, {
        method: 'POST',
        headers: { cookie: c, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'csrf', filter: {} }),
      });
      expect(write.status).toBe(401);
      expect((await fetch(`${sys.apiUrl}/api/v1/auth/me`, { headers: { cookie: c } })).status).toBe(401);
    }
    // A queues session is not an API token either, even as a Bearer.
    expect((await sys.api('/api/v1/auth/me', { token: cookie.split('=')[1] })).status).toBe(401);
  });

  it('opens Bull Board with the cookie, and refuses the cookie from another origin for writes', async () => {
    const owner = await anOwner();
    const cookie = await queuesCookie(owner.token);
    const page = await board(cookie);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');

    const crossSite = await board(cookie, { method: 'PUT', headers: { origin: 'https://evil.example' } });
    expect(crossSite.status).toBe(403);
    const crossSitePost = await fetch(`${sys.apiUrl}/admin/queues/api/queues/${ALL_QUEUES[0]}/add`, {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'csrf', data: {} }),
    });
    expect(crossSitePost.status).toBe(403);
    expect(await crossSite.json()).toMatchObject({ code: 'FORBIDDEN' });
    const refererOnly = await board(cookie, {
      method: 'PUT',
      headers: { referer: 'https://evil.example/x' },
    });
    expect(refererOnly.status).toBe(403);
    const noOrigin = await board(cookie, { method: 'PUT' });
    expect(noOrigin.status).toBe(403);

    const sameSite = await board(cookie, { method: 'PUT', headers: { origin: sys.apiUrl } });
    expect(sameSite.status).toBe(200);
    const resume = await fetch(`${sys.apiUrl}/admin/queues/api/queues/${ALL_QUEUES[0]}/resume`, {
      method: 'PUT',
      headers: { cookie, referer: `${sys.apiUrl}/admin/queues/` },
    });
    expect(resume.status).toBe(200);
  });

  it('refuses a demoted or deactivated owner at once, by cookie and by Bearer (the database decides)', async () => {
    const owner = await anOwner();
    const cookie = await queuesCookie(owner.token);
    const bus = sys.apps.api!.get(CommandBus);
    expect((await board(cookie)).status).toBe(200);

    await bus.execute(new UpdateStaffCommand(SYSTEM, owner.id, { role: StaffRole.Readonly }));
    expect((await board(cookie)).status).toBe(403);
    expect((await sys.api('/admin/queues', { token: owner.token })).status).toBe(403);

    await bus.execute(new UpdateStaffCommand(SYSTEM, owner.id, { role: StaffRole.Owner }));
    expect((await board(cookie)).status).toBe(200);
    await bus.execute(new UpdateStaffCommand(SYSTEM, owner.id, { active: false }));
    expect((await board(cookie)).status).toBe(401);
    expect((await sys.api('/admin/queues', { token: owner.token })).status).toBe(401);
  });

  it('guards every path under /admin/queues (its API and files), not only the page', async () => {
    const owner = await anOwner();
    const cookie = await queuesCookie(owner.token);
    const marketer = await sys.apps
      .api!.get(CommandBus)
      .execute(
        new CreateStaffCommand(SYSTEM, { telegramId: telegramId++, name: 'Мила', role: StaffRole.Marketing }),
      );
    const marketerToken = sys.apps.api!.get(AccessTokenIssuer).sign(marketer);
    for (const path of ['/admin/queues/api/queues', '/admin/queues/static/favicon-32x32.png']) {
      const anonymous = await fetch(`${sys.apiUrl}${path}`);
      expect({ path, status: anonymous.status }).toEqual({ path, status: 401 });
      const notOwner = await fetch(`${sys.apiUrl}${path}`, {
        headers: { authorization: `Bearer ${marketerToken}` },
      });
      expect({ path, status: notOwner.status }).toEqual({ path, status: 403 });
    }
    const queues = await fetch(`${sys.apiUrl}/admin/queues/api/queues`, { headers: { cookie } });
    expect(queues.status).toBe(200);
    const names = ((await queues.json()) as { queues: Array<{ name: string }> }).queues.map((q) => q.name);
    expect(names).toEqual(expect.arrayContaining([...ALL_QUEUES]));
  });

  it('refuses a forged queues cookie, and a staff token passed as one', async () => {
    const owner = await anOwner();
    const cookie = await queuesCookie(owner.token);
    const [header, payload] = cookie.split('=')[1].split('.');
    expect((await board(`dvorik_queues=${header}.${payload}.forged`)).status).toBe(401);
    // A staff API token is not a queues session.
    expect((await board(`dvorik_queues=${owner.token}`)).status).toBe(401);
  });
});
