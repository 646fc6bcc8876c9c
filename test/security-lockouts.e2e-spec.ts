import { CommandBus } from '@nestjs/cqrs';
import {
  CreateDiscountTemplateCommand,
  IssueDiscountCommand,
  RegisterClientCommand,
  CreateStaffCommand,
  StaffRole,
  SYSTEM,
  UpdateStaffCommand,
  UpdateSettingsCommand,
} from '@dvorik/domain';
import { eventually } from '@dvorik/testing';
import http from 'node:http';
import { staffTokens } from './support/staff-tokens';
import { startTestSystem, TOKENS, type TestSystem } from './support/test-system';

// The project's testTimeout does not reach jest-circus (only the global one does): set it here.
jest.setTimeout(120_000);

const OWNER_CHAT = 800_000;
const POS_KEY = 'lockout-pos-key-0123456789';
const METRICS_TOKEN = 'metrics-token-0123456789';

/** One HTTP call from a chosen loopback address (127.0.0.x): a till at its own address. */
function fromAddress(
  base: string,
  localAddress: string,
  path: string,
  init: { method?: string; json?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any }> {
  const url = new URL(path, base);
  const body = init.json === undefined ? undefined : JSON.stringify(init.json);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: init.method ?? 'GET',
        localAddress,
        headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...init.headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Issue 11 items 8, 11 and 13: brute-force locks with owner alerts, trusted proxies, /metrics. */
describe('Security: till and login lockouts, trusted proxies only, metrics access', () => {
  let sys: TestSystem;
  const ownerAlerts = async () =>
    sys.telegram
      .sentMessages({ token: TOKENS.staff, chatId: OWNER_CHAT })
      .map((m) => m.message.text ?? '')
      .filter((text) => text.startsWith('🔒'));

  beforeAll(async () => {
    sys = await startTestSystem({
      label: 'sec_locks',
      apps: ['api', 'worker'],
      env: {
        POS_API_KEY: POS_KEY,
        // Only 127.0.0.9 is a proxy: the tests' own connections (127.0.0.1) are clients.
        TRUSTED_PROXIES: '127.0.0.9',
        METRICS_ALLOWED_NETWORKS: '10.0.0.0/8',
        METRICS_TOKEN,
        LOGIN_LOCKOUT_ATTEMPTS: '3',
      },
    });
    await staffTokens(sys.apps.api!); // the owner (Telegram id 800000) gets the alerts
  });
  afterAll(() => sys?.close());

  it('locks a till address after too many unknown codes, then the key; real codes pass until then; owners alerted', async () => {
    const bus = sys.apps.api!.get(CommandBus);
    await bus.execute(new UpdateSettingsCommand(SYSTEM, { cashier_lock_failures: 3 }));
    const { id: templateId } = await bus.execute(
      new CreateDiscountTemplateCommand(SYSTEM, {
        name: 'Тест',
        event: 'manual',
        valueType: 'fixed',
        value: 50,
      }),
    );
    const { client } = await bus.execute(
      new RegisterClientCommand({ telegramId: 5_560_001, firstName: 'Вера' }),
    );
    const aCode = async () =>
      (
        await bus.execute(
          new IssueDiscountCommand({ actor: SYSTEM, clientId: client.id, templateId, origin: 'manual' }),
        )
      ).discount.code;
    const till = { 'x-api-key': POS_KEY };
    const check = (address: string, code: string, route = 'validate') =>
      fromAddress(sys.apiUrl, address, `/api/v1/discounts/${route}`, {
        method: 'POST',
        json: { code },
        headers: till,
      });

    // Real codes are never counted: a busy till redeeming is not slowed.
    for (let i = 0; i < 5; i++) expect((await check('127.0.0.2', await aCode(), 'redeem')).status).toBe(200);

    const guesses: number[] = [];
    for (let i = 0; i < 5; i++) guesses.push((await check('127.0.0.2', `GUESS${i}`)).status);
    expect(guesses).toEqual([404, 404, 404, 404, 429]);
    const locked = await check('127.0.0.2', await aCode(), 'redeem');
    expect(locked).toMatchObject({
      status: 429,
      body: { code: 'POS_LOCKED', details: { scope: 'address', lockedUntil: expect.any(String) } },
    });
    // Another till is not locked by its neighbour.
    expect((await check('127.0.0.3', await aCode())).status).toBe(200);

    // 5 × 3 = 15 unknown codes over all addresses lock the key itself.
    const spread: number[] = [];
    for (let i = 0; i < 12; i++) spread.push((await check(`127.0.1.${i + 1}`, `SPREAD${i}`)).status);
    expect(spread.slice(0, 11)).toEqual(Array(11).fill(404));
    const keyLocked = await check('127.0.0.4', await aCode());
    expect(keyLocked).toMatchObject({ status: 429, body: { code: 'POS_LOCKED', details: { scope: 'key' } } });

    await eventually(ownerAlerts, (alerts) => alerts.length >= 2, { timeoutMs: 45_000 });
    expect((await ownerAlerts()).join('\n')).toContain('адрес 127.0.0.2');
    expect((await ownerAlerts()).join('\n')).toContain('POS_API_KEY');
  });

  it('locks password login of one account after LOGIN_LOCKOUT_ATTEMPTS failures, even from new addresses; owners alerted', async () => {
    const bus = sys.apps.api!.get(CommandBus);
    const member = await bus.execute(
      new CreateStaffCommand(SYSTEM, { telegramId: 810_001, name: 'Ира', role: StaffRole.Marketing }),
    );
    await bus.execute(new UpdateStaffCommand(SYSTEM, member.id, { password: 'right-password-123' }));
    const login = (address: string, password: string, telegramId = 810_001) =>
      fromAddress(sys.apiUrl, address, '/api/v1/auth/login', {
        method: 'POST',
        json: { telegramId, password },
      });
    const before = (await ownerAlerts()).length;
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await login(`127.0.2.${i + 1}`, 'wrong-password-x')).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const right = await login('127.0.2.99', 'right-password-123');
    expect(right).toMatchObject({
      status: 429,
      body: {
        code: 'LOGIN_LOCKED',
        message: expect.stringMatching(/locked/),
        details: { lockedUntil: expect.any(String) },
      },
    });
    // Another account is not affected.
    expect(await login('127.0.2.98', 'wrong-password-x', 810_002)).toMatchObject({
      status: 401,
      body: { code: 'INVALID_CREDENTIALS' },
    });
    await eventually(ownerAlerts, (alerts) => alerts.length > before, { timeoutMs: 45_000 });
    expect((await ownerAlerts()).at(-1)).toContain('Telegram ID 810001');
  });

  it('believes X-Forwarded-For only from TRUSTED_PROXIES: a spoofed header does not escape the address throttle', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await fromAddress(sys.apiUrl, '127.0.0.5', '/api/v1/auth/login-token', {
        method: 'POST',
        json: { token: 'x'.repeat(43) },
        headers: { 'x-forwarded-for': `192.168.7.${i}` },
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(-2)).toEqual([429, 429]);
    // Through the configured proxy, the forwarded address counts (a fresh one is not throttled).
    const viaProxy = await fromAddress(sys.apiUrl, '127.0.0.9', '/api/v1/auth/login-token', {
      method: 'POST',
      json: { token: 'x'.repeat(43) },
      headers: { 'x-forwarded-for': '192.168.8.1' },
    });
    expect(viaProxy.status).toBe(401);
  });

  it('serves /metrics only to METRICS_ALLOWED_NETWORKS or with METRICS_TOKEN', async () => {
    expect(await fromAddress(sys.apiUrl, '127.0.0.1', '/metrics')).toMatchObject({
      status: 403,
      body: { code: 'FORBIDDEN' },
    });
    const spoofed = await fromAddress(sys.apiUrl, '127.0.0.1', '/metrics', {
      headers: { 'x-forwarded-for': '10.1.2.3' },
    });
    expect(spoofed.status).toBe(403);
    const wrong = await fromAddress(sys.apiUrl, '127.0.0.1', '/metrics', {
      headers: { authorization: 'Bearer metrics-token-9999999999' },
    });
    expect(wrong.status).toBe(403);
    const res = await fetch(`${sys.apiUrl}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('dvorik_http_request_duration_seconds_bucket');
    // Through the trusted proxy, a client inside the allowed networks.
    const inside = await new Promise<number>((resolve, reject) => {
      http
        .get(
          `${sys.apiUrl}/metrics`,
          { localAddress: '127.0.0.9', headers: { 'x-forwarded-for': '10.1.2.3' } },
          (r) => {
            r.resume();
            resolve(r.statusCode ?? 0);
          },
        )
        .on('error', reject);
    });
    expect(inside).toBe(200);
  });
});
