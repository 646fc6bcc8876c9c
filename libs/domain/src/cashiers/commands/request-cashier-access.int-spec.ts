import {
  ApproveCashierCommand,
  BlockCashierCommand,
  GetCashierByTelegramIdQuery,
  ListCashiersQuery,
  RejectCashierCommand,
  RequestCashierAccessCommand,
  SetCashierStoreCommand,
} from '@dvorik/domain';
import { aCashier, anOwner, createDomainTestApp, type DomainTestApp, nextTelegramId } from '@dvorik/testing';

describe('cashiers (MariaDB)', () => {
  let app: DomainTestApp;

  beforeAll(async () => {
    app = await createDomainTestApp('cashiers');
  });
  afterAll(() => app.close());

  it('the first message makes one pending request and one owner alert, however often it arrives', async () => {
    const telegramId = nextTelegramId();
    const request = () =>
      app.commands.execute(
        new RequestCashierAccessCommand({
          telegramId,
          firstName: 'Ирина',
          lastName: 'С.',
          username: '@irina',
        }),
      );
    const results = await Promise.all([request(), request(), request()]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(results[0].cashier).toMatchObject({
      name: 'Ирина С.',
      username: 'irina',
      status: 'pending',
      store: null,
    });
    const alerts = await app.sql(
      "SELECT id FROM outbox WHERE type = 'cashier.requested' AND JSON_VALUE(envelope, '$.entity.id') = ?",
      [results[0].cashier.id],
    );
    expect(alerts).toHaveLength(1);
    const withStore = await app.commands.execute(
      new SetCashierStoreCommand(results[0].cashier.id, '  Алеутская,   5 '),
    );
    expect(withStore.store).toBe('Алеутская, 5');
    expect(await app.queries.execute(new GetCashierByTelegramIdQuery(telegramId))).toMatchObject({
      store: 'Алеутская, 5',
    });
  });

  it('owners approve, reject and block; the same decision twice is a no-op; nonsense is refused', async () => {
    const pending = await aCashier(app, { status: 'pending' });
    const approved = await app.commands.execute(new ApproveCashierCommand(anOwner(5), pending.id));
    expect(approved).toMatchObject({ status: 'active', approvedBy: 5, approvedAt: expect.any(Date) });
    await expect(
      app.commands.execute(new ApproveCashierCommand(anOwner(6), pending.id)),
    ).resolves.toMatchObject({ approvedBy: 5 });
    await expect(app.commands.execute(new RejectCashierCommand(anOwner(), pending.id))).rejects.toMatchObject(
      {
        code: 'CASHIER_INVALID_TRANSITION',
      },
    );
    await expect(app.commands.execute(new BlockCashierCommand(anOwner(), pending.id))).resolves.toMatchObject(
      { status: 'blocked' },
    );
    const changes = await app.sql(
      "SELECT id FROM outbox WHERE type = 'cashier.status_changed' AND JSON_VALUE(envelope, '$.entity.id') = ?",
      [pending.id],
    );
    expect(changes).toHaveLength(2);
    await expect(app.commands.execute(new ApproveCashierCommand(anOwner(), 999_999))).rejects.toMatchObject({
      code: 'CASHIER_NOT_FOUND',
    });
  });

  it('lists by status, hiding test cashiers unless asked', async () => {
    const waiting = await aCashier(app, { status: 'pending' });
    const testOne = await aCashier(app, { status: 'pending', isTest: true });
    const page = await app.queries.execute(new ListCashiersQuery({ status: 'pending' }, 1, 50));
    expect(page.items.map((c) => c.id)).toContain(waiting.id);
    expect(page.items.map((c) => c.id)).not.toContain(testOne.id);
    expect(page.items.every((c) => c.status === 'pending')).toBe(true);
    const tests = await app.queries.execute(
      new ListCashiersQuery({ status: 'pending', isTest: true }, 1, 50),
    );
    expect(tests.items.map((c) => c.id)).toEqual([testOne.id]);
  });
});
