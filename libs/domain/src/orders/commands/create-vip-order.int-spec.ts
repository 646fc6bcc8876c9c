import { CreateVipOrderCommand } from '@dvorik/domain';
import { aClient, createDomainTestApp, type DomainTestApp } from '@dvorik/testing';

describe('VIP orders (MariaDB)', () => {
  let app: DomainTestApp;

  beforeAll(async () => {
    app = await createDomainTestApp('orders');
  });
  afterAll(() => app.close());

  it('a VIP gets a draft order and staff get an event; anyone else is refused', async () => {
    const vip = await aClient(app, { firstName: 'Виктор', tags: ['vip'] });
    const order = await app.commands.execute(new CreateVipOrderCommand(vip.id));
    expect(order).toMatchObject({ clientId: vip.id, status: 'draft' });
    const events = await app.sql(
      "SELECT id FROM outbox WHERE type = 'order.created' AND JSON_VALUE(envelope, '$.entity.id') = ?",
      [order.id],
    );
    expect(events).toHaveLength(1);
    const regular = await aClient(app);
    await expect(app.commands.execute(new CreateVipOrderCommand(regular.id))).rejects.toMatchObject({
      code: 'ORDER_NOT_VIP',
    });
  });
});
