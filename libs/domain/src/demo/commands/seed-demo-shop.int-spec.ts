import {
  ClearDemoDataCommand,
  DemoError,
  DiscountTemplatesSeeder,
  MessageTemplatesSeeder,
  SeedDemoShopCommand,
} from '@dvorik/domain';
import { aClient, createDomainTestApp, type DomainTestApp } from '@dvorik/testing';

const NOW = new Date('2026-12-01T03:00:00Z');
const TABLES = [
  'clients',
  'discounts',
  'redemption_log',
  'client_tags',
  'campaigns',
  'campaign_starts',
  'cashiers',
  'staff',
  'broadcasts',
  'broadcast_recipients',
  'settings',
];

describe('demo shop (MariaDB)', () => {
  let app: DomainTestApp;
  const counts = async () => {
    const result: Record<string, number> = {};
    for (const table of TABLES)
      result[table] = Number((await app.sql<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
    return result;
  };
  const snapshot = () =>
    app.sql(
      `SELECT c.telegram_id, c.first_name, c.last_name, c.gender, c.source, c.subscribed, c.created_at,
              d.code, d.status, d.issued_at, d.redeemed_at
       FROM clients c LEFT JOIN discounts d ON d.client_id = c.id ORDER BY c.telegram_id, d.code`,
    );

  beforeAll(async () => {
    app = await createDomainTestApp('demo');
    await app.context.get(MessageTemplatesSeeder).seed();
    await app.context.get(DiscountTemplatesSeeder).seed();
  });
  afterAll(() => app.close());

  /** The counts the commands keep (client_totals, clients.active_discounts) match the rows. */
  async function expectKeptCounts() {
    const [kept] = await app.sql(
      'SELECT SUM(total) AS total, SUM(subscribed) AS subscribed FROM client_totals',
    );
    const [real] = await app.sql('SELECT COUNT(*) AS total, SUM(subscribed) AS subscribed FROM clients');
    expect([Number(kept.total), Number(kept.subscribed ?? 0)]).toEqual([
      Number(real.total),
      Number(real.subscribed ?? 0),
    ]);
    const [drift] = await app.sql(
      `SELECT COUNT(*) AS n FROM clients c WHERE c.active_discounts <>
         (SELECT COUNT(*) FROM discounts d WHERE d.client_id = c.id AND d.status = 'active')`,
    );
    expect(Number(drift.n)).toBe(0);
  }

  it('seeds the shop once, deterministically, and demo:clear removes exactly it', async () => {
    const empty = await counts();
    const first = await app.commands.execute(new SeedDemoShopCommand(NOW));
    expect(first).toMatchObject({ seeded: true });
    expect(first.clients).toBeGreaterThanOrEqual(300);
    const seeded = await counts();
    expect(seeded).toMatchObject({ campaigns: 2, cashiers: 1, staff: 1, broadcasts: 1 });
    expect(seeded.redemption_log).toBeGreaterThan(2 * first.redemptions - 1);
    const [cashier] = await app.sql('SELECT status, store FROM cashiers');
    expect(cashier).toEqual({ status: 'active', store: 'Светланская, 1' });
    const rows = await snapshot();
    await expectKeptCounts();

    // A second run finds the demo and writes nothing.
    expect(await app.commands.execute(new SeedDemoShopCommand(NOW))).toMatchObject({ seeded: false });
    expect(await counts()).toEqual(seeded);

    // A real client arrives after the demo: demo:clear keeps them and removes everything else.
    const real = await aClient(app, { firstName: 'Настоящий' });
    const { removed } = await app.commands.execute(new ClearDemoDataCommand());
    expect(removed.clients).toBe(first.clients);
    expect(await app.sql('SELECT id FROM clients')).toEqual([{ id: real.id }]);
    expect(await counts()).toEqual({ ...empty, clients: 1 });
    expect(await app.sql('SELECT * FROM demo_records')).toEqual([]);
    await expectKeptCounts();

    // With only demo data gone and no real clients, the same seed gives the same shop.
    await app.sql('DELETE FROM clients WHERE id = ?', [real.id]);
    await app.commands.execute(new SeedDemoShopCommand(NOW));
    expect(await snapshot()).toEqual(rows);
    await app.commands.execute(new ClearDemoDataCommand());
  });

  it('refuses a database with real clients and writes nothing', async () => {
    await aClient(app, { firstName: 'Покупатель' });
    const before = await counts();
    await expect(app.commands.execute(new SeedDemoShopCommand(NOW))).rejects.toThrow(DemoError);
    expect(await counts()).toEqual(before);
  });
});
