import {
  IssueDiscountCommand,
  IssueDiscountsBatchCommand,
  type IssueDiscountsBatchResult,
  SYSTEM,
} from '@dvorik/domain';
import { aTemplate, createDomainTestApp, type DomainTestApp, json, manyClients } from '@dvorik/testing';
import { generateDiscountCode } from '../rules/discount-code.rule';

// The real code rule, with a hook to hand it a code that is already taken.
jest.mock('../rules/discount-code.rule', () => {
  const actual: typeof import('../rules/discount-code.rule') = jest.requireActual(
    '../rules/discount-code.rule',
  );
  return { ...actual, generateDiscountCode: jest.fn(actual.generateDiscountCode) };
});
const drawCode = generateDiscountCode as jest.MockedFunction<typeof generateDiscountCode>;

describe('IssueDiscountsBatchCommand (MariaDB)', () => {
  let app: DomainTestApp;
  let templateId: number;

  beforeAll(async () => {
    app = await createDomainTestApp('issuebatch');
    const template = await aTemplate(app, {
      name: 'С днём рождения',
      event: 'birthday',
      value: 15,
      validityDays: 14,
      recurrence: 'yearly',
      reminderDays: [7],
    });
    templateId = template.id;
  });
  afterAll(() => app.close());

  const issue = (clientIds: number[]): Promise<IssueDiscountsBatchResult> =>
    app.commands.execute(
      new IssueDiscountsBatchCommand({ actor: SYSTEM, clientIds, templateId, origin: 'birthday' }),
    );

  const codesOf = (clientIds: number[]) =>
    app.sql<{ id: number; code: string; client_id: number; value: string; status: string; is_test: number }>(
      'SELECT id, code, client_id, value, status, is_test FROM discounts WHERE client_id IN (?) ORDER BY client_id',
      [clientIds],
    );
  const eventsOf = (clientIds: number[]) =>
    app.sql<{ envelope: unknown }>(
      `SELECT envelope FROM outbox WHERE type = 'discount.issued'
       AND JSON_VALUE(envelope, '$.payload.clientId') IN (?)`,
      [clientIds],
    );
  const activeCounts = async (clientIds: number[]) =>
    (
      await app.sql<{ active_discounts: number }>('SELECT active_discounts FROM clients WHERE id IN (?)', [
        clientIds,
      ])
    ).map((row) => Number(row.active_discounts));

  it('issues one unique code per client over several transactions, one discount.issued event each; a rerun issues nothing', async () => {
    const clients = await manyClients(app.sql, 1234);
    const ids = clients.map((c) => c.id);
    expect(await issue(ids)).toEqual({ issued: 1234, existing: 0, refused: 0 });

    const rows = await codesOf(ids);
    expect(rows.map((r) => Number(r.client_id))).toEqual(ids);
    expect(new Set(rows.map((r) => r.code)).size).toBe(1234);
    expect(
      rows.every((r) => /^[А-Я]{3}\d{4}$/.test(r.code) && r.value === '15.00' && r.status === 'active'),
    ).toBe(true);
    expect(await activeCounts(ids)).toEqual(ids.map(() => 1));

    const events = (await eventsOf(ids)).map((e) =>
      json<{
        entity: { id: number };
        payload: {
          code: string;
          clientId: number;
          clientTelegramId: number;
          origin: string;
          reminderDays: number[];
        };
      }>(e.envelope),
    );
    expect(events).toHaveLength(1234);
    const byDiscount = new Map(events.map((e) => [e.entity.id, e.payload]));
    expect(byDiscount.size).toBe(1234);
    const telegramOf = new Map(clients.map((c) => [c.id, c.telegramId]));
    for (const row of rows)
      expect(byDiscount.get(Number(row.id))).toMatchObject({
        code: row.code,
        clientId: Number(row.client_id),
        clientTelegramId: telegramOf.get(Number(row.client_id)),
        origin: 'birthday',
        reminderDays: [7],
      });

    expect(await issue(ids)).toEqual({ issued: 0, existing: 1234, refused: 0 });
    expect(await codesOf(ids)).toEqual(rows);
    expect(await eventsOf(ids)).toHaveLength(1234);
    expect(await activeCounts(ids)).toEqual(ids.map(() => 1));
  });

  it('three runs at once over overlapping clients issue each code once', async () => {
    const ids = (await manyClients(app.sql, 900)).map((c) => c.id);
    const results = await Promise.all([issue(ids), issue(ids.slice(300)), issue([...ids].reverse())]);
    const sum = (k: keyof IssueDiscountsBatchResult) => results.reduce((n, r) => n + r[k], 0);
    expect(sum('issued')).toBe(900);
    expect(sum('existing')).toBe(900 + 600 + 900 - 900);
    expect(sum('refused')).toBe(0);
    const rows = await codesOf(ids);
    expect(rows).toHaveLength(900);
    expect(new Set(rows.map((r) => Number(r.client_id))).size).toBe(900);
    expect(await eventsOf(ids)).toHaveLength(900);
    expect(await activeCounts(ids)).toEqual(ids.map(() => 1));
  });

  it('answers each client as IssueDiscountCommand would: the existing code, a refusal, a new code', async () => {
    const [already, manual, banned, fresh, test] = (await manyClients(app.sql, 5)).map((c) => c.id);
    await app.sql("UPDATE clients SET status = 'banned' WHERE id = ?", [banned]);
    await app.sql('UPDATE clients SET is_test = 1 WHERE id = ?', [test]);
    const single = await app.commands.execute(
      new IssueDiscountCommand({ actor: SYSTEM, clientId: already, templateId, origin: 'birthday' }),
    );
    // The yearly template given by hand this year: the birthday key is free, the recurrence is not.
    await app.commands.execute(
      new IssueDiscountCommand({
        actor: SYSTEM,
        clientId: manual,
        templateId,
        origin: 'manual',
        requestId: 'by-hand-1',
      }),
    );
    const unknown = 99_999_999;

    expect(await issue([already, manual, banned, fresh, test, unknown, fresh])).toEqual({
      issued: 2,
      existing: 1,
      refused: 3,
    });
    const rows = await codesOf([already, manual, banned, fresh, test]);
    expect(rows.map((r) => [Number(r.client_id), Number(r.is_test)])).toEqual([
      [already, 0],
      [manual, 0],
      [fresh, 0],
      [test, 1],
    ]);
    expect(rows.find((r) => Number(r.client_id) === already)!.code).toBe(single.discount.code);
  });

  it('draws again for a code that is already taken', async () => {
    const [first, second] = (await manyClients(app.sql, 2)).map((c) => c.id);
    expect(await issue([first])).toMatchObject({ issued: 1 });
    const [{ code: taken }] = await codesOf([first]);
    drawCode.mockReturnValueOnce(taken);
    expect(await issue([second])).toEqual({ issued: 1, existing: 0, refused: 0 });
    expect(drawCode).toHaveReturnedWith(taken);
    const [row] = await codesOf([second]);
    expect(row.code).not.toBe(taken);
    expect(await eventsOf([second])).toHaveLength(1);
  });
});
