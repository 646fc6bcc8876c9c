import { CommandBus } from '@nestjs/cqrs';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  AccessTokenIssuer,
  CreateStaffCommand,
  CreateDiscountTemplateCommand,
  IssueDiscountCommand,
  RegisterClientCommand,
  StaffRole,
  SYSTEM,
} from '@dvorik/domain';
import { UnitOfWork } from '@dvorik/persistence';
import { baseTestEnv, createTestDatabase, flushRedisPrefix, type TestDatabase } from '@dvorik/testing';
import { createApiApp } from '../create-api-app';

const POS_KEY = 'test-pos-key-0123456789';

describe('REST: discounts for tills and staff (real HTTP)', () => {
  let db: TestDatabase;
  let env: Record<string, string | undefined>;
  let app: NestFastifyApplication;
  let base: string;
  let owner: string;
  let marketer: string;
  let templateId: number;
  let clientId: number;

  beforeAll(async () => {
    db = await createTestDatabase('rest_discounts');
    env = baseTestEnv({ DATABASE_URL: db.url, POS_API_KEY: POS_KEY });
    app = await createApiApp(env);
    await app.listen(0, '127.0.0.1');
    base = `${await app.getUrl()}/api/v1`.replace('[::1]', '127.0.0.1');
    const tokens = app.get(AccessTokenIssuer);
    const commands = app.get(CommandBus);
    // Real staff rows: the guard checks every token's member is still active, in which role.
    const member = (telegramId: number, name: string, role: StaffRole) =>
      commands.execute(new CreateStaffCommand(SYSTEM, { telegramId, name, role }));
    owner = tokens.sign(await member(700_001, 'Анна', StaffRole.Owner));
    marketer = tokens.sign(await member(700_002, 'Мила', StaffRole.Marketing));
    ({ id: templateId } = await commands.execute(
      new CreateDiscountTemplateCommand(SYSTEM, {
        name: 'Скидка за подписку',
        event: 'manual',
        valueType: 'fixed',
        value: 150,
      }),
    ));
    ({
      client: { id: clientId },
    } = await commands.execute(new RegisterClientCommand({ telegramId: 5_550_001, firstName: 'Вера' })));
  });
  afterAll(async () => {
    await app.close();
    await flushRedisPrefix(env.REDIS_URL!, env.REDIS_PREFIX!);
    await db.drop();
  });

  async function call(
    path: string,
    init: { method?: string; json?: unknown; headers?: Record<string, string>; token?: string } = {},
  ) {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...init.headers };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    const res = await fetch(`${base}${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
    });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  }
  const till = { 'x-api-key': POS_KEY };

  async function aCode(): Promise<string> {
    const { discount } = await app
      .get(CommandBus)
      .execute(new IssueDiscountCommand({ actor: SYSTEM, clientId, templateId, origin: 'manual' }));
    return discount.code;
  }

  it('a till validates and redeems with X-API-Key; the second redeem is 409 with when and by whom', async () => {
    const code = await aCode();
    const checked = await call('/discounts/validate', {
      method: 'POST',
      json: { code: code.toLowerCase() },
      headers: till,
    });
    expect(checked).toMatchObject({
      status: 200,
      body: { code, clientName: 'Вера', templateName: 'Скидка за подписку', valueText: '150\u00A0₽' },
    });
    const redeemed = await call('/discounts/redeem', {
      method: 'POST',
      json: { code, purchaseAmount: 990 },
      headers: till,
    });
    expect(redeemed).toMatchObject({ status: 200, body: { code, status: 'redeemed' } });
    const again = await call('/discounts/redeem', { method: 'POST', json: { code }, headers: till });
    expect(again).toMatchObject({
      status: 409,
      body: {
        statusCode: 409,
        code: 'DISCOUNT_ALREADY_REDEEMED',
        details: { redeemedAt: redeemed.body.redeemedAt, cashierName: null },
      },
    });
  });

  it('Idempotency-Key: the same request is replayed, another body under the same key is 422', async () => {
    const code = await aCode();
    const headers = { ...till, 'idempotency-key': `till-7-${Date.now()}` };
    const first = await call('/discounts/redeem', { method: 'POST', json: { code }, headers });
    const replay = await call('/discounts/redeem', { method: 'POST', json: { code }, headers });
    expect(first.status).toBe(200);
    expect(replay).toEqual(first);
    const other = await call('/discounts/redeem', {
      method: 'POST',
      json: { code, purchaseAmount: 1 },
      headers,
    });
    expect(other).toMatchObject({ status: 422, body: { code: 'IDEMPOTENCY_KEY_REUSED' } });
  });

  it('answers unknown, expired and malformed input with their own codes', async () => {
    expect(
      await call('/discounts/validate', { method: 'POST', json: { code: 'ЖЖЖ 0000' }, headers: till }),
    ).toMatchObject({
      status: 404,
      body: { code: 'DISCOUNT_NOT_FOUND' },
    });
    const code = await aCode();
    await app
      .get(UnitOfWork)
      .manager.query('UPDATE discounts SET expires_at = ? WHERE code = ?', [
        new Date(Date.now() - 1000),
        code,
      ]);
    expect(await call('/discounts/redeem', { method: 'POST', json: { code }, headers: till })).toMatchObject({
      status: 410,
      body: { code: 'DISCOUNT_EXPIRED' },
    });
    expect(await call('/discounts/redeem', { method: 'POST', json: {}, headers: till })).toMatchObject({
      status: 400,
      body: { code: 'VALIDATION_FAILED', details: { fields: { code: expect.any(Array) } } },
    });
  });

  it('refuses a till without or with a wrong key, and staff without the role', async () => {
    expect((await call('/discounts/validate', { method: 'POST', json: { code: 'x' } })).status).toBe(401);
    expect(
      (
        await call('/discounts/validate', {
          method: 'POST',
          json: { code: 'x' },
          headers: { 'x-api-key': 'wrong-key-0123456789' },
        })
      ).status,
    ).toBe(401);
    expect(
      (await call('/discounts/redeem', { method: 'POST', json: { code: 'x' }, token: marketer })).status,
    ).toBe(403);
    expect(
      (await call('/redemptions/1/rollback', { method: 'POST', json: { reason: 'x' }, token: marketer }))
        .status,
    ).toBe(403);
  });

  it('staff issue (idempotent by Idempotency-Key), list, revoke; owner rolls a redemption back', async () => {
    const headers = { 'idempotency-key': 'panel-issue-1' };
    const issued = await call('/discounts', {
      method: 'POST',
      json: { clientId, templateId },
      headers,
      token: marketer,
    });
    expect(issued).toMatchObject({
      status: 201,
      body: { created: true, discount: { clientId, issuedBy: 2 } },
    });
    const again = await call('/discounts', {
      method: 'POST',
      json: { clientId, templateId },
      headers,
      token: marketer,
    });
    expect(again.body).toMatchObject({ created: false, discount: { id: issued.body.discount.id } });

    const list = await call(`/discounts?clientId=${clientId}&status=active&perPage=5`, { token: marketer });
    expect(list).toMatchObject({ status: 200, body: { page: 1, perPage: 5 } });
    expect(list.body.items.map((d: { id: number }) => d.id)).toContain(issued.body.discount.id);

    const revoked = await call(`/discounts/${issued.body.discount.id}/revoke`, {
      method: 'POST',
      json: { reason: 'дубль' },
      token: marketer,
    });
    expect(revoked).toMatchObject({ status: 200, body: { status: 'revoked' } });

    const code = await aCode();
    const redeemed = await call('/discounts/redeem', { method: 'POST', json: { code }, headers: till });
    const log = await call(`/redemptions?result=success&code=${encodeURIComponent(code)}`, {
      token: marketer,
    });
    expect(log.body.items).toEqual([expect.objectContaining({ id: redeemed.body.logId, channel: 'pos' })]);
    const rolledBack = await call(`/redemptions/${redeemed.body.logId}/rollback`, {
      method: 'POST',
      json: { reason: 'ошибка кассира' },
      token: owner,
    });
    expect(rolledBack).toMatchObject({ status: 200, body: { discount: { status: 'active' } } });
  });

  it('validates templates and settings, naming the fields at fault', async () => {
    const badTemplate = await call('/discount-templates', {
      method: 'POST',
      json: {
        name: 'x',
        event: 'manual',
        valueType: 'percent',
        value: 150,
        recurrence: { weeks: 2 },
        reminderDays: [0],
      },
      token: marketer,
    });
    expect(badTemplate).toMatchObject({ status: 400, body: { code: 'DISCOUNT_TEMPLATE_INVALID' } });
    expect(Object.keys(badTemplate.body.details.fields).sort()).toEqual([
      'recurrence',
      'reminderDays',
      'value',
    ]);
    const badSettings = await call('/settings', {
      method: 'PATCH',
      json: { birthday_hour: 25, nope: 1 },
      token: owner,
    });
    expect(badSettings).toMatchObject({ status: 400, body: { code: 'SETTINGS_INVALID' } });
    expect(Object.keys(badSettings.body.details.fields).sort()).toEqual(['birthday_hour', 'nope']);
    expect(
      (await call('/settings', { method: 'PATCH', json: { birthday_hour: 10 }, token: marketer })).status,
    ).toBe(403);
    expect(await call('/settings', { token: marketer })).toMatchObject({
      status: 200,
      body: { birthday_hour: 9, broadcast_rate: 25 },
    });
  });
  it('documents the routes in OpenAPI', async () => {
    const res = await fetch(`${base.replace('/api/v1', '')}/api/docs-json`);
    const doc = (await res.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/discounts/redeem',
        '/api/v1/discounts/validate',
        '/api/v1/redemptions/{id}/rollback',
        '/api/v1/cashiers/{id}/approve',
        '/api/v1/discount-templates/{id}',
        '/api/v1/message-templates/{key}',
        '/api/v1/settings',
      ]),
    );
  });
});
