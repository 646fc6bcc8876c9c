import { CommandBus } from '@nestjs/cqrs';
import {
  CreateVipOrderCommand,
  RegisterClientCommand,
  RequestCashierAccessCommand,
  UpdateClientCommand,
} from '@dvorik/domain';
import { eventually } from '@dvorik/testing';
import { staffTokens, type RoleTokens } from './support/staff-tokens';
import { startTestSystem, type TestSystem } from './support/test-system';

describe('Administration: staff, cashiers, orders', () => {
  let sys: TestSystem;
  let t: RoleTokens;
  const owner = { type: 'staff' as const, staffId: 1, role: 'owner' };

  beforeAll(async () => {
    sys = await startTestSystem({ label: 'admin_staff', apps: ['api', 'worker'] });
    t = await staffTokens(sys.apps.api!);
  });
  afterAll(() => sys?.close());

  it('owners manage staff: create, change role and groups (audited), one-time links, deactivate', async () => {
    const created = await sys.api('/api/v1/staff', {
      method: 'POST',
      token: t.owner,
      json: { telegramId: 900_001, name: 'Мила', role: 'marketing', notificationGroups: ['broadcasts'] },
    });
    expect(created).toMatchObject({
      status: 201,
      body: { role: 'marketing', notificationGroups: ['broadcasts'], hasPassword: false },
    });
    const id = created.body.id as number;
    const patched = await sys.api(`/api/v1/staff/${id}`, {
      method: 'PATCH',
      token: t.owner,
      json: { role: 'readonly', canBroadcastFromChat: true, password: 'долгий-пароль-1' },
    });
    expect(patched.body).toMatchObject({ role: 'readonly', canBroadcastFromChat: true, hasPassword: true });
    expect(
      (await sys.api(`/api/v1/staff/${id}`, { method: 'PATCH', token: t.owner, json: { telegramId: 1 } }))
        .status,
    ).toBe(400);
    const audit = await eventually(
      () => sys.api(`/api/v1/audit-log?action=staff.updated&entityId=${id}`, { token: t.owner }),
      (r) => r.body.total === 1,
    );
    expect(audit.body.items[0].payload).toEqual({
      before: { role: 'marketing', canBroadcastFromChat: false },
      after: { role: 'readonly', canBroadcastFromChat: true, password: 'set' },
    });

    const link = await sys.api(`/api/v1/staff/${id}/login-link`, { method: 'POST', token: t.owner });
    const token = new URL(link.body.url as string).searchParams.get('token');
    const session = await sys.api('/api/v1/auth/login-token', { method: 'POST', json: { token } });
    expect(session).toMatchObject({ status: 200, body: { staff: { id, role: 'readonly' } } });

    expect((await sys.api(`/api/v1/staff/${id}`, { method: 'DELETE', token: t.owner })).body.active).toBe(
      false,
    );
    expect(
      (await sys.api(`/api/v1/staff/${id}/login-link`, { method: 'POST', token: t.owner })).body.code,
    ).toBe('STAFF_INACTIVE');
    const lastOwner = await sys.api('/api/v1/staff/1', {
      method: 'PATCH',
      token: t.owner,
      json: { role: 'marketing' },
    });
    expect(lastOwner).toMatchObject({ status: 409, body: { code: 'STAFF_LAST_OWNER' } });
    const list = await sys.api('/api/v1/staff?active=true', { token: t.owner });
    expect(list.body.items.map((s: { id: number }) => s.id)).not.toContain(id);
  });

  it('cashier requests are listed with their store; a blocked cashier is unblocked', async () => {
    const { cashier } = await sys.apps
      .api!.get(CommandBus)
      .execute(new RequestCashierAccessCommand({ telegramId: 900_101, firstName: 'Ольга' }));
    const requests = await sys.api('/api/v1/cashiers/requests', { token: t.owner });
    expect(requests.body.items).toEqual([
      expect.objectContaining({ id: cashier.id, status: 'pending', store: null }),
    ]);
    const act = (verb: string) =>
      sys.api(`/api/v1/cashiers/${cashier.id}/${verb}`, { method: 'POST', token: t.owner });
    expect((await act('unblock')).body.code).toBe('CASHIER_INVALID_TRANSITION');
    expect((await act('block')).body.status).toBe('blocked');
    expect((await act('unblock')).body.status).toBe('active');
  });

  it('VIP orders are listed with the client and moved along their statuses', async () => {
    const commands = sys.apps.api!.get(CommandBus);
    const { client } = await commands.execute(
      new RegisterClientCommand({ telegramId: 900_201, firstName: 'Ирина' }),
    );
    await commands.execute(new UpdateClientCommand(owner, client.id, { tags: ['vip'] }));
    const order = await commands.execute(new CreateVipOrderCommand(client.id));
    const list = await sys.api('/api/v1/orders?status=draft', { token: t.readonly });
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: order.id, clientName: 'Ирина', status: 'draft' }),
    ]);
    const move = (status: string) =>
      sys.api(`/api/v1/orders/${order.id}`, { method: 'PATCH', token: t.marketing, json: { status } });
    expect((await move('submitted')).body.status).toBe('submitted');
    expect((await move('done')).body.status).toBe('done');
    expect(await move('cancelled')).toMatchObject({
      status: 409,
      body: { code: 'ORDER_INVALID_TRANSITION' },
    });
  });
});
