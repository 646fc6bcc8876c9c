import { aBroadcast } from './broadcast-rows';
import { clientRow } from './client-rows';
import { aTemplateRow } from './discount-rows';
import { createDomainTestApp, type DomainTestApp, json } from './domain-test-app';
import { insertRows } from './insert-rows';

describe('the row factories’ insertRows (MariaDB)', () => {
  let app: DomainTestApp;

  beforeAll(async () => {
    app = await createDomainTestApp('insert_rows');
  });
  afterAll(() => app.close());

  it('returns each row its own id across batches, an explicit id included, and leaves unnamed columns to their default', async () => {
    const rows = [
      { ...clientRow({ first_name: 'Первый' }), active_discounts: 3 },
      clientRow({ first_name: 'Второй' }),
      clientRow({ id: 500, first_name: 'С номером' }),
      clientRow({ first_name: 'Четвёртый' }),
      clientRow({ first_name: 'Пятый' }),
    ];
    const ids = await insertRows(app.sql, 'clients', rows, { batch: 2 });

    const stored = await app.sql<{ id: number; first_name: string; active_discounts: number }>(
      'SELECT id, first_name, active_discounts FROM clients WHERE id IN (?)',
      [ids],
    );
    const byId = new Map(stored.map((r) => [Number(r.id), r]));
    expect(ids.map((id) => byId.get(id)?.first_name)).toEqual([
      'Первый',
      'Второй',
      'С номером',
      'Четвёртый',
      'Пятый',
    ]);
    expect(ids[2]).toBe(500);
    expect(ids.map((id) => Number(byId.get(id)?.active_discounts))).toEqual([3, 0, 0, 0, 0]);
  });

  it('stores objects, arrays and a template’s bare recurrence as JSON', async () => {
    const broadcastId = await aBroadcast(app.sql, {
      buttons: [{ text: 'В канал' }],
      audience: { tags: ['vip'] },
    });
    const [broadcast] = await app.sql<{ buttons: unknown; audience: unknown }>(
      'SELECT buttons, audience FROM broadcasts WHERE id = ?',
      [broadcastId],
    );
    expect(json(broadcast.buttons)).toEqual([{ text: 'В канал' }]);
    expect(json(broadcast.audience)).toEqual({ tags: ['vip'] });

    const templateId = await aTemplateRow(app.sql);
    const [template] = await app.sql<{ type: string; value: string }>(
      'SELECT JSON_TYPE(recurrence) AS type, JSON_UNQUOTE(recurrence) AS value FROM discount_templates WHERE id = ?',
      [templateId],
    );
    expect(template).toEqual({ type: 'STRING', value: 'unlimited' });
  });
});
