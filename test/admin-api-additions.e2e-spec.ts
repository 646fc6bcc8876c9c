import { CommandBus } from '@nestjs/cqrs';
import { RegisterClientCommand, StaffRole } from '@dvorik/domain';
import { DiscountIssueCommand } from '../apps/cli/src/commands/discount-issue.command';
import { staffTokens, type RoleTokens } from './support/staff-tokens';
import { startTestSystem, type TestSystem } from './support/test-system';

jest.setTimeout(60_000);

/** REST and CLI the original had (issue 15): template delete, discount by id, one setting, segment count, discount:issue. */
describe('REST and CLI additions', () => {
  let sys: TestSystem;
  let t: RoleTokens;
  let clientId: number;

  beforeAll(async () => {
    sys = await startTestSystem({ label: 'apiadd', apps: ['api'] });
    t = await staffTokens(sys.apps.api!);
    const { client } = await sys.apps
      .api!.get(CommandBus)
      .execute(new RegisterClientCommand({ telegramId: 940_001, firstName: 'Вера', lastName: null }));
    clientId = client.id;
  });
  afterAll(() => sys?.close());

  const aTemplate = async (name: string) => {
    const res = await sys.api('/api/v1/discount-templates', {
      method: 'POST',
      token: t[StaffRole.Marketing],
      json: {
        name,
        event: 'manual',
        valueType: 'percent',
        value: 15,
        validityDays: 30,
        recurrence: 'unlimited',
      },
    });
    expect(res.status).toBe(201);
    return res.body.id as number;
  };

  it('DELETE a template: one never used is gone; one a code was issued from is deactivated and readable', async () => {
    const unused = await aTemplate('Никогда не выдавалась');
    const removed = await sys.api(`/api/v1/discount-templates/${unused}`, {
      method: 'DELETE',
      token: t[StaffRole.Marketing],
    });
    expect(removed).toMatchObject({ status: 200, body: { outcome: 'deleted', id: unused } });
    expect(
      (await sys.api(`/api/v1/discount-templates/${unused}`, { token: t[StaffRole.Owner] })).status,
    ).toBe(404);

    const used = await aTemplate('Выдавалась');
    const issued = await sys.api('/api/v1/discounts', {
      method: 'POST',
      token: t[StaffRole.Owner],
      json: { clientId, templateId: used },
    });
    expect(issued.status).toBe(201);
    const kept = await sys.api(`/api/v1/discount-templates/${used}`, {
      method: 'DELETE',
      token: t[StaffRole.Owner],
    });
    expect(kept).toMatchObject({
      status: 200,
      body: { outcome: 'deactivated', template: { id: used, active: false } },
    });
    expect(
      (await sys.api(`/api/v1/discount-templates/${used}`, { token: t[StaffRole.Readonly] })).body,
    ).toMatchObject({ active: false });
    // The code issued from it is still there, readable by id.
    const discount = await sys.api(`/api/v1/discounts/${issued.body.discount?.id ?? issued.body.id}`, {
      token: t[StaffRole.Readonly],
    });
    expect(discount).toMatchObject({ status: 200, body: { templateId: used, clientId } });
    expect((await sys.api('/api/v1/discounts/999999', { token: t[StaffRole.Owner] })).body.code).toBe(
      'DISCOUNT_NOT_FOUND',
    );
    expect(
      (await sys.api('/api/v1/discount-templates/999999', { method: 'DELETE', token: t[StaffRole.Owner] }))
        .status,
    ).toBe(404);
  });

  it('GET and PATCH one setting: validated like the whole, unknown keys are 404, a bad value writes nothing', async () => {
    expect((await sys.api('/api/v1/settings/birthday_hour', { token: t[StaffRole.Readonly] })).body).toEqual({
      key: 'birthday_hour',
      value: 9,
    });
    expect((await sys.api('/api/v1/settings/nope', { token: t[StaffRole.Owner] })).body.code).toBe(
      'SETTING_NOT_FOUND',
    );
    const bad = await sys.api('/api/v1/settings/birthday_hour', {
      method: 'PATCH',
      token: t[StaffRole.Owner],
      json: { value: 25 },
    });
    expect(bad).toMatchObject({ status: 400, body: { code: 'SETTINGS_INVALID' } });
    const noValue = await sys.api('/api/v1/settings/birthday_hour', {
      method: 'PATCH',
      token: t[StaffRole.Owner],
      json: { birthday_hour: 10 },
    });
    expect(noValue.status).toBe(400);
    const ok = await sys.api('/api/v1/settings/redemption_log_retention_days', {
      method: 'PATCH',
      token: t[StaffRole.Owner],
      json: { value: 400 },
    });
    expect(ok).toMatchObject({ status: 200, body: { key: 'redemption_log_retention_days', value: 400 } });
    expect((await sys.api('/api/v1/settings', { token: t[StaffRole.Owner] })).body).toMatchObject({
      birthday_hour: 9,
      redemption_log_retention_days: 400,
    });
    expect(
      (
        await sys.api('/api/v1/settings/birthday_hour', {
          method: 'PATCH',
          token: t[StaffRole.Marketing],
          json: { value: 10 },
        })
      ).status,
    ).toBe(403);
  });

  it('GET /segments/:id/count counts the saved filter now', async () => {
    const saved = await sys.api('/api/v1/segments', {
      method: 'POST',
      token: t[StaffRole.Marketing],
      json: { name: 'Все Веры', filter: { status: 'active' } },
    });
    expect(saved.status).toBe(201);
    const count = await sys.api(`/api/v1/segments/${saved.body.id}/count`, { token: t[StaffRole.Readonly] });
    expect(count.body).toEqual({ id: saved.body.id, count: 1 });
    expect((await sys.api('/api/v1/segments/999999/count', { token: t[StaffRole.Owner] })).status).toBe(404);
  });

  it('CLI discount:issue issues through the same command; a wrong template is refused', async () => {
    const template = await aTemplate('Из консоли');
    const cli = new DiscountIssueCommand(sys.apps.api!.get(CommandBus));
    await cli.run([], { client: clientId, template });
    const list = await sys.api(`/api/v1/discounts?clientId=${clientId}&templateId=${template}`, {
      token: t[StaffRole.Owner],
    });
    expect(list.body.items).toEqual([
      expect.objectContaining({ templateId: template, clientId, status: 'active' }),
    ]);
    await expect(cli.run([], { client: clientId, template: 999_999 })).rejects.toMatchObject({
      code: 'DISCOUNT_TEMPLATE_NOT_FOUND',
    });
    expect(() => cli.parseClient('abc')).toThrow('--client must be a positive integer id');
  });
});
