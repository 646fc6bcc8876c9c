import { JwtService } from '@nestjs/jwt';
import { CommandBus } from '@nestjs/cqrs';
import { CreateStaffCommand, StaffRole, UpdateStaffCommand, AccessTokenIssuer } from '@dvorik/domain';
import { UnitOfWork } from '@dvorik/persistence';
import { staffTokens, type RoleTokens } from './support/staff-tokens';
import { startTestSystem, type TestSystem } from './support/test-system';

interface Route {
  method: string;
  path: string;
}

const PUBLIC = new Set(['POST /api/v1/auth/login', 'POST /api/v1/auth/login-token']);
/** The cashier's Mini App: Telegram initData only; no staff token opens it (test/till-scan.e2e-spec.ts). */
const TILL = new Set(['POST /api/v1/till/check', 'POST /api/v1/till/redeem']);

describe('API platform: access, validation, errors, operations', () => {
  let sys: TestSystem;
  let tokens: RoleTokens;
  let routes: Route[];

  beforeAll(async () => {
    sys = await startTestSystem({ label: 'access', apps: ['api'] });
    tokens = await staffTokens(sys.apps.api!);
    const doc = await sys.api('/api/docs-json');
    expect(doc.status).toBe(200);
    routes = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) =>
        Object.keys(ops).map((method) => ({
          method: method.toUpperCase(),
          path: path.replace(/\{[^}]+\}/g, '1'),
        })),
    );
  });
  afterAll(() => sys?.close());

  const call = (r: Route, token?: string) =>
    sys.api(r.path, { method: r.method, token, json: r.method === 'GET' ? undefined : {} });

  it('documents the API in OpenAPI, every /api/v1 route included', () => {
    expect(routes.length).toBeGreaterThan(3);
    expect(routes).toEqual(expect.arrayContaining([{ method: 'GET', path: '/api/v1/auth/me' }]));
  });

  it('answers 401 without a token on every /api/v1 route except the logins', async () => {
    const guarded = routes.filter(
      (r) => r.path.startsWith('/api/v1/') && !PUBLIC.has(`${r.method} ${r.path}`),
    );
    const answers = await Promise.all(
      guarded.map(async (r) => `${r.method} ${r.path} → ${(await call(r)).status}`),
    );
    expect(answers.filter((a) => !a.endsWith('→ 401'))).toEqual([]);
  });

  it('answers 403 to readonly staff on every write route', async () => {
    const writes = routes.filter(
      (r) => r.method !== 'GET' && r.path.startsWith('/api/v1/') && !PUBLIC.has(`${r.method} ${r.path}`),
    );
    const answers = await Promise.all(
      writes.map(async (r) => `${r.method} ${r.path} → ${(await call(r, tokens.readonly)).status}`),
    );
    const expected = (a: string) => (TILL.has(a.split(' → ')[0]) ? '→ 401' : '→ 403');
    expect(answers.filter((a) => !a.endsWith(expected(a)))).toEqual([]);
    expect(answers.filter((a) => TILL.has(a.split(' → ')[0]))).toHaveLength(TILL.size);
  });

  it('refuses forged, expired, wrongly addressed and unsigned tokens', async () => {
    const claims = { sub: '1', role: 'owner', name: 'x' };
    const secret = sys.env.JWT_SECRET!;
    const jwt = new JwtService();
    const bad = [
      jwt.sign(claims, {
        secret: 'another-secret-another-secret-123456',
        issuer: 'dvorik',
        audience: 'dvorik-admin',
      }),
      jwt.sign(
        { ...claims, exp: Math.floor(Date.now() / 1000) - 10 },
        { secret, issuer: 'dvorik', audience: 'dvorik-admin' },
      ),
      jwt.sign(claims, { secret, issuer: 'someone-else', audience: 'dvorik-admin' }),
      jwt.sign(claims, { secret, issuer: 'dvorik', audience: 'another-app' }),
      jwt.sign(claims, { secret, issuer: 'dvorik', audience: 'dvorik-admin', algorithm: 'HS512' }),
      `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`,
    ];
    for (const token of bad) {
      const res = await sys.api('/api/v1/auth/me', { token });
      expect(res).toMatchObject({ status: 401, body: { statusCode: 401, code: 'UNAUTHORIZED' } });
    }
  });

  it('applies a demotion or deactivation at once, not when the token expires', async () => {
    const app = sys.apps.api!;
    const bus = app.get(CommandBus);
    const member = await bus.execute(
      new CreateStaffCommand(
        { type: 'system' },
        { telegramId: 888_001, name: 'Ольга', role: StaffRole.Owner },
      ),
    );
    const token = app.get(AccessTokenIssuer).sign(member);
    expect((await sys.api('/api/v1/audit-log', { token })).status).toBe(200);

    await bus.execute(new UpdateStaffCommand({ type: 'system' }, member.id, { role: StaffRole.Readonly }));
    expect((await sys.api('/api/v1/audit-log', { token })).status).toBe(403);
    expect((await sys.api('/api/v1/auth/me', { token })).status).toBe(200);

    await bus.execute(new UpdateStaffCommand({ type: 'system' }, member.id, { active: false }));
    expect(await sys.api('/api/v1/auth/me', { token })).toMatchObject({
      status: 401,
      body: { code: 'UNAUTHORIZED' },
    });
  });

  it('rejects unknown body fields with 400 naming them, and writes nothing', async () => {
    const uow = sys.apps.api!.get(UnitOfWork);
    const before = await uow.manager.query(
      'SELECT (SELECT COUNT(*) FROM outbox) o, (SELECT COUNT(*) FROM staff) s',
    );
    const res = await sys.api('/api/v1/auth/login', {
      method: 'POST',
      json: { telegramId: 800_000, password: 'whatever-123', isAdmin: true },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      details: { fields: { isAdmin: expect.any(Array) } },
    });
    const wrongType = await sys.api('/api/v1/auth/login', {
      method: 'POST',
      json: { telegramId: 'abc', password: 5 },
    });
    expect(Object.keys(wrongType.body.details.fields).sort()).toEqual(['password', 'telegramId']);
    expect(
      await uow.manager.query('SELECT (SELECT COUNT(*) FROM outbox) o, (SELECT COUNT(*) FROM staff) s'),
    ).toEqual(before);
  });

  it('answers 413 to an oversized body and 400 to malformed JSON, in the same error shape', async () => {
    const big = await sys.api('/api/v1/auth/login', {
      method: 'POST',
      json: { telegramId: 1, password: 'x'.repeat(1_100_000) },
    });
    expect(big).toMatchObject({ status: 413, body: { statusCode: 413, code: 'PAYLOAD_TOO_LARGE' } });
    const broken = await sys.api('/api/v1/auth/login', {
      method: 'POST',
      body: '{"telegramId":',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken).toMatchObject({ status: 400, body: { statusCode: 400, code: 'BAD_REQUEST' } });
  });

  it('throttles password logins per address (10 a minute), counted in Redis', async () => {
    const attempt = () =>
      sys.api('/api/v1/auth/login', {
        method: 'POST',
        json: { telegramId: 123, password: 'wrong-password' },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await attempt()).status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
    expect(statuses.at(-1)).toBe(429);
  });

  it('opens Bull Board to owners only', async () => {
    expect((await sys.api('/admin/queues')).status).toBe(401);
    expect((await sys.api('/admin/queues', { token: tokens.marketing })).status).toBe(403);
    const owner = await sys.api('/admin/queues', { token: tokens.owner });
    expect(owner.status).toBe(200);
    expect(String(owner.body)).toContain('<html');
  });

  it('serves liveness, readiness (MySQL and Redis) and Prometheus metrics', async () => {
    expect(await sys.api('/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(await sys.api('/health/ready')).toMatchObject({
      status: 200,
      body: { status: 'ok', info: { mysql: { status: 'up' }, redis: { status: 'up' } } },
    });
    const metrics = await sys.api('/metrics');
    expect(metrics.body).toContain('dvorik_http_request_duration_seconds_bucket');
    expect(metrics.body).toMatch(/dvorik_queue_jobs\{queue="domain-events",state="waiting"\} \d+/);
  });

  it('tags every response with a request id, keeping a well-formed one the caller sent', async () => {
    const given = await fetch(`${sys.apiUrl}/health`, { headers: { 'x-request-id': 'till-42' } });
    expect(given.headers.get('x-request-id')).toBe('till-42');
    const made = await fetch(`${sys.apiUrl}/health`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
