import { CommandBus } from '@nestjs/cqrs';
import {
  type ClientView,
  CreateDiscountTemplateCommand,
  RegisterClientCommand,
  SYSTEM,
} from '@dvorik/domain';
import { eventually } from '@dvorik/testing';
import { staffTokens, type RoleTokens } from './support/staff-tokens';
import { startTestSystem, type TestSystem } from './support/test-system';

describe('Administration: clients — edit, phone policy, filters, small bulk', () => {
  let sys: TestSystem;
  let t: RoleTokens;
  let anna: ClientView;
  let boris: ClientView;
  let vera: ClientView;
  const register = async (telegramId: number, firstName: string) =>
    (
      await sys.apps
        .api!.get(CommandBus)
        .execute(new RegisterClientCommand({ telegramId, firstName, lastName: 'Тестова' }))
    ).client;

  beforeAll(async () => {
    sys = await startTestSystem({ label: 'admin_clients', apps: ['api', 'worker'] });
    t = await staffTokens(sys.apps.api!);
    anna = await register(6_100_001, 'Анна');
    boris = await register(6_100_002, 'Борис');
    vera = await register(6_100_003, 'Вера');
  });
  afterAll(() => sys?.close());

  it('PATCH normalises and audits before → after; readonly never sees the phone', async () => {
    const patched = await sys.api(`/api/v1/clients/${anna.id}`, {
      method: 'PATCH',
      token: t.marketing,
      json: { phone: '8 (914) 123-45-67', tags: ['VIP', 'опт'], gender: 'female', birthday: '2000-02-29' },
    });
    expect(patched).toMatchObject({
      status: 200,
      body: { phone: '+79141234567', tags: ['vip', 'опт'], gender: 'female', birthday: '2000-02-29' },
    });

    const detail = (token: string) => sys.api(`/api/v1/clients/${anna.id}`, { token });
    expect((await detail(t.owner)).body).toMatchObject({
      phone: '+79141234567',
      activeDiscounts: [],
      history: [],
      campaign: null,
    });
    expect((await detail(t.readonly)).body).toMatchObject({ id: anna.id, phone: null, tags: ['vip', 'опт'] });

    const list = (token: string, query = '') => sys.api(`/api/v1/clients?perPage=200${query}`, { token });
    const phones = (res: { body: { items: Array<{ phone: string | null }> } }) =>
      res.body.items.map((c) => c.phone);
    expect(phones(await list(t.marketing))).toContain('+79141234567');
    expect(phones(await list(t.readonly)).every((p) => p === null)).toBe(true);
    // Searching by phone would let readonly probe numbers: for them a phone matches nothing.
    expect((await list(t.owner, '&search=%2B7914123')).body.total).toBe(1);
    expect((await list(t.readonly, '&search=%2B7914123')).body.total).toBe(0);
    expect(
      (await list(t.readonly, '&search=%D0%90%D0%BD%D0%BD')).body.items.map((c: ClientView) => c.id),
    ).toEqual([anna.id]);

    const audit = await eventually(
      () => sys.api(`/api/v1/audit-log?entityType=client&entityId=${anna.id}`, { token: t.owner }),
      (res) => res.body.total === 1,
    );
    expect(audit.body.items[0]).toMatchObject({
      action: 'client.updated',
      actorRole: 'marketing',
      payload: {
        before: { phone: null, tags: [], gender: 'unknown', birthday: null },
        after: { phone: '+79141234567', tags: ['vip', 'опт'], gender: 'female', birthday: '2000-02-29' },
      },
    });
  });

  it('refuses bad edits naming the field, and bans/unbans', async () => {
    const bad = await sys.api(`/api/v1/clients/${boris.id}`, {
      method: 'PATCH',
      token: t.owner,
      json: { phone: 'позвоните мне', birthday: '2999-01-01', tags: ['a b'] },
    });
    expect(bad).toMatchObject({ status: 400, body: { code: 'CLIENT_INVALID' } });
    expect(Object.keys(bad.body.details.fields).sort()).toEqual(['birthday', 'phone', 'tags']);
    const tooMany = await sys.api(`/api/v1/clients/${boris.id}`, {
      method: 'PATCH',
      token: t.owner,
      json: { tags: Array.from({ length: 21 }, (_, i) => `t${i}`), color: 'red' },
    });
    expect(tooMany).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    expect(Object.keys(tooMany.body.details.fields).sort()).toEqual(['color', 'tags']);
    const ban = (banned: boolean) =>
      sys.api(`/api/v1/clients/${boris.id}`, { method: 'PATCH', token: t.owner, json: { banned } });
    expect((await ban(true)).body.status).toBe('banned');
    expect((await ban(false)).body.status).toBe('active');
    expect(
      (await sys.api(`/api/v1/clients/${boris.id}`, { method: 'PATCH', token: t.readonly, json: {} })).status,
    ).toBe(403);
  });

  it('validates the filter: every wrong key named, unknown keys refused, nothing run', async () => {
    const filter = encodeURIComponent(JSON.stringify({ subscribed: 'yes', age: { from: -1 }, vip: true }));
    const res = await sys.api(`/api/v1/clients?filter=${filter}`, { token: t.readonly });
    expect(res).toMatchObject({ status: 400, body: { code: 'SEGMENT_INVALID' } });
    expect(Object.keys(res.body.details.fields).sort()).toEqual(['age.from', 'subscribed', 'vip']);
    expect((await sys.api('/api/v1/clients?filter=%7Bnope', { token: t.owner })).body.details.fields).toEqual(
      {
        filter: ['must be a JSON object'],
      },
    );
    const preview = await sys.api('/api/v1/segments/preview', {
      method: 'POST',
      token: t.marketing,
      json: { filter: { tags: { any: ['vip'], some: ['x'] } } },
    });
    expect(preview).toMatchObject({
      status: 400,
      body: { code: 'SEGMENT_INVALID', details: { fields: { 'tags.some': ['unknown filter key'] } } },
    });
    const ok = await sys.api('/api/v1/segments/preview', {
      method: 'POST',
      token: t.marketing,
      json: { filter: { tags: { any: ['vip'] } } },
    });
    expect(ok.body).toMatchObject({ count: 1, sample: [{ id: anna.id, displayName: 'Анна Тестова' }] });
  });

  it('bulk: one failing client rolls the whole small set back; without it, all is applied once', async () => {
    const { id: templateId } = await sys.apps.api!.get(CommandBus).execute(
      new CreateDiscountTemplateCommand(SYSTEM, {
        name: 'Бонус',
        event: 'manual',
        valueType: 'percent',
        value: 15,
        validityDays: 30,
      }),
    );
    await sys.api(`/api/v1/clients/${boris.id}`, { method: 'PATCH', token: t.owner, json: { banned: true } });
    const body = { clientIds: [anna.id, boris.id, vera.id], addTags: ['promo'], issueTemplateId: templateId };
    const failed = await sys.api('/api/v1/clients/bulk', { method: 'POST', token: t.marketing, json: body });
    expect(failed).toMatchObject({
      status: 409,
      body: {
        code: 'CLIENT_BULK_ITEM_FAILED',
        details: { clientId: boris.id, cause: { code: 'DISCOUNT_CLIENT_NOT_ELIGIBLE' } },
      },
    });
    const total = async (filter: object) =>
      (
        await sys.api(`/api/v1/clients?filter=${encodeURIComponent(JSON.stringify(filter))}`, {
          token: t.owner,
        })
      ).body.total as number;
    expect(await total({ tags: { any: ['promo'] }, status: ['active', 'banned'] })).toBe(0);
    expect(await total({ hasActiveDiscounts: true })).toBe(0);

    const done = await sys.api('/api/v1/clients/bulk', {
      method: 'POST',
      token: t.marketing,
      json: { ...body, clientIds: [anna.id, vera.id] },
    });
    expect(done).toMatchObject({
      status: 200,
      body: { mode: 'done', result: { matched: 2, tagged: 2, issued: 2, failed: 0 } },
    });
    expect(await total({ tags: { all: ['promo'] }, hasActiveDiscounts: true })).toBe(2);
    const audit = await eventually(
      () => sys.api('/api/v1/audit-log?action=clients.bulk_updated', { token: t.owner }),
      (res) => res.body.total === 1,
    );
    expect(audit.body.items[0].payload).toMatchObject({
      clientIds: [anna.id, vera.id],
      action: { addTags: ['promo'] },
    });
  });
});
