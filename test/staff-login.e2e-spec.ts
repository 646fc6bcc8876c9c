import { eventually, TEST_WAIT_MS } from '@dvorik/testing';
import { UnitOfWork } from '@dvorik/persistence';
import { startTestSystem, type TestSystem, TOKENS } from './support/test-system';

const OWNER_TG = 900_001;

describe('journey: a staff member logs in to the panel through the staff bot', () => {
  let sys: TestSystem;

  beforeAll(async () => {
    sys = await startTestSystem({ label: 'login', env: { FIRST_OWNER_TELEGRAM_ID: String(OWNER_TG) } });
  });
  afterAll(() => sys?.close());

  it('/login → one-time link → token exchanged for a JWT → /auth/me → the same link again is refused', async () => {
    const owner = sys.telegram.user({ id: OWNER_TG, firstName: 'Анна', username: 'anna_owner' });
    const from = owner.mark(TOKENS.staff);
    owner.sendText(TOKENS.staff, '/login');
    const reply = await owner.waitForMessage(
      TOKENS.staff,
      (m) => (m.text ?? '').includes('Вход в панель'),
      TEST_WAIT_MS,
      from,
    );

    const link =
      (reply.entities ?? []).find((e) => e.type === 'text_link')?.url ??
      /https?:\/\/\S+/.exec(reply.text ?? '')?.[0];
    expect(link).toMatch(/^http:\/\/localhost:3000\/admin\/login\?token=[A-Za-z0-9_-]{40,}$/);
    const token = new URL(link!).searchParams.get('token')!;

    const login = await sys.api('/api/v1/auth/login-token', { method: 'POST', json: { token } });
    expect(login.status).toBe(200);
    expect(login.body.staff).toMatchObject({ telegramId: OWNER_TG, role: 'owner', active: true });
    expect(login.body.staff).not.toHaveProperty('passwordHash');

    const me = await sys.api('/api/v1/auth/me', { token: login.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ telegramId: OWNER_TG, role: 'owner' });

    const again = await sys.api('/api/v1/auth/login-token', { method: 'POST', json: { token } });
    expect(again.status).toBe(401);
    expect(again.body).toMatchObject({ statusCode: 401, code: 'LOGIN_TOKEN_INVALID' });

    // The login is in the audit log, with the staff member as actor. The two events may reach the
    // log in either order (the worker delivers a batch concurrently): it is read in event time.
    const uow = sys.apps.api!.get(UnitOfWork);
    const actions = await eventually(
      async () =>
        (await uow.manager.query('SELECT action FROM audit_logs ORDER BY created_at, id')).map(
          (r: { action: string }) => r.action,
        ),
      (a: string[]) => a.length >= 2,
    );
    expect(actions).toEqual(['staff.login_link_issued', 'staff.logged_in']);
  });

  it('refuses a login link to someone who is not staff', async () => {
    const stranger = sys.telegram.user({ id: 900_777, firstName: 'Гость' });
    const from = stranger.mark(TOKENS.staff);
    stranger.sendText(TOKENS.staff, '/login');
    const reply = await stranger.waitForMessage(TOKENS.staff, () => true, TEST_WAIT_MS, from);
    expect(reply.text).toContain('только сотрудникам');
  });

  it('refuses a made-up token', async () => {
    const res = await sys.api('/api/v1/auth/login-token', {
      method: 'POST',
      json: { token: 'x'.repeat(43) },
    });
    expect(res).toMatchObject({ status: 401, body: { code: 'LOGIN_TOKEN_INVALID' } });
  });
});
