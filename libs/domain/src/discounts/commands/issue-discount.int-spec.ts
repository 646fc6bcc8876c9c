import {
  IssueDiscountCommand,
  ListClientDiscountsQuery,
  RedeemDiscountCommand,
  SYSTEM,
} from '@dvorik/domain';
import { aClient, anOwner, aTemplate, createDomainTestApp, type DomainTestApp, POS } from '@dvorik/testing';

describe('IssueDiscountCommand (MariaDB)', () => {
  let app: DomainTestApp;

  beforeAll(async () => {
    app = await createDomainTestApp('issue');
  });
  afterAll(() => app.close());

  const issue = (
    input: Partial<ConstructorParameters<typeof IssueDiscountCommand>[0]> & {
      clientId: number;
      templateId: number;
    },
  ) => app.commands.execute(new IssueDiscountCommand({ actor: SYSTEM, origin: 'subscription', ...input }));

  it('20 simultaneous identical requests issue one code, and the value and expiry come from the template', async () => {
    const client = await aClient(app);
    const template = await aTemplate(app, {
      event: 'subscription',
      valueType: 'fixed',
      value: 150,
      validityDays: 30,
      recurrence: 'once',
    });
    const results = await Promise.all(
      Array.from({ length: 20 }, () => issue({ clientId: client.id, templateId: template.id })),
    );
    expect(new Set(results.map((r) => r.discount.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const [discount] = await app.queries.execute(new ListClientDiscountsQuery(client.id));
    expect(discount).toMatchObject({
      code: expect.stringMatching(/^[А-Я]{3}\d{4}$/),
      valueText: '150\u00A0₽',
      origin: 'subscription',
    });
    // End of the shop-local day 30 days on: 23:59:59.999 Vladivostok = 13:59:59.999 UTC.
    expect(discount.expiresAt!.toISOString()).toMatch(/T13:59:59\.999Z$/);
    expect(discount.expiresAt!.getTime() - discount.issuedAt.getTime()).toBeGreaterThan(29 * 86_400_000);
    const events = await app.sql(
      "SELECT id FROM outbox WHERE type = 'discount.issued' AND JSON_VALUE(envelope, '$.entity.id') = ?",
      [discount.id],
    );
    expect(events).toHaveLength(1);
  });

  it('the same issue again answers the existing code (a second press of «Проверить подписку»)', async () => {
    const client = await aClient(app);
    const template = await aTemplate(app, { event: 'subscription', recurrence: 'once' });
    const first = await issue({ clientId: client.id, templateId: template.id });
    const again = await issue({ clientId: client.id, templateId: template.id });
    expect(again).toEqual({ discount: first.discount, created: false });
  });

  it('refuses before the recurrence allows another issue, naming the next date', async () => {
    const client = await aClient(app);
    const template = await aTemplate(app, { event: 'promo', recurrence: { days: 30 } });
    const { discount } = await issue({ clientId: client.id, templateId: template.id, origin: 'promo' });
    const fiveDaysAgo = new Date(Date.now() - 5 * 86_400_000);
    await app.sql('UPDATE discounts SET issued_at = ?, issue_key = ? WHERE id = ?', [
      fiveDaysAgo,
      'promo:moved',
      discount.id,
    ]);
    const refused = issue({ clientId: client.id, templateId: template.id, origin: 'promo' });
    await expect(refused).rejects.toMatchObject({
      code: 'RECURRENCE_NOT_REACHED',
      details: { nextAt: new Date(fiveDaysAgo.getTime() + 30 * 86_400_000).toISOString() },
    });
  });

  it('a `once` template is never issued twice, even by separate manual requests', async () => {
    const client = await aClient(app);
    const template = await aTemplate(app, { recurrence: 'once' });
    await issue({
      actor: anOwner(),
      clientId: client.id,
      templateId: template.id,
      origin: 'manual',
      requestId: 'r1',
    });
    const second = issue({
      actor: anOwner(),
      clientId: client.id,
      templateId: template.id,
      origin: 'manual',
      requestId: 'r2',
    });
    await expect(second).rejects.toMatchObject({ code: 'RECURRENCE_NOT_REACHED', details: { nextAt: null } });
  });

  it('a manual request id is idempotent; another client under the same id is refused', async () => {
    const [client, other] = [await aClient(app), await aClient(app)];
    const template = await aTemplate(app);
    const manual = (clientId: number) =>
      issue({ actor: anOwner(7), clientId, templateId: template.id, origin: 'manual', requestId: 'req-42' });
    const first = await manual(client.id);
    expect(first.discount.issuedBy).toBe(7);
    expect((await manual(client.id)).discount.id).toBe(first.discount.id);
    await expect(manual(other.id)).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('birthday codes are keyed per client and year: a job run three times issues one', async () => {
    const client = await aClient(app);
    const template = await aTemplate(app, { event: 'birthday', recurrence: 'yearly' });
    const runs = await Promise.all(
      [1, 2, 3].map(() => issue({ clientId: client.id, templateId: template.id, origin: 'birthday' })),
    );
    expect(new Set(runs.map((r) => r.discount.id)).size).toBe(1);
    const [row] = await app.sql<{ issue_key: string }>('SELECT issue_key FROM discounts WHERE id = ?', [
      runs[0].discount.id,
    ]);
    expect(row.issue_key).toMatch(new RegExp(`^birthday:${client.id}:\\d{4}$`));
  });

  it('refuses a switched-off template and a banned client', async () => {
    const client = await aClient(app);
    const off = await aTemplate(app, { active: false });
    await expect(issue({ clientId: client.id, templateId: off.id })).rejects.toMatchObject({
      code: 'DISCOUNT_TEMPLATE_INACTIVE',
    });
    const template = await aTemplate(app);
    await app.sql("UPDATE clients SET status = 'banned' WHERE id = ?", [client.id]);
    await expect(issue({ clientId: client.id, templateId: template.id })).rejects.toMatchObject({
      code: 'DISCOUNT_CLIENT_NOT_ELIGIBLE',
    });
  });

  it('«Мои скидки» lists only active, unexpired codes', async () => {
    const client = await aClient(app);
    const template = await aTemplate(app);
    const codes = await Promise.all(
      ['a', 'b', 'c'].map((r) =>
        issue({
          actor: anOwner(),
          clientId: client.id,
          templateId: template.id,
          origin: 'manual',
          requestId: `${client.id}-${r}`,
        }),
      ),
    );
    const [used, expired, kept] = codes.map((c) => c.discount);
    await app.commands.execute(new RedeemDiscountCommand({ actor: POS, codeInput: used.code }));
    await app.sql('UPDATE discounts SET expires_at = ? WHERE id = ?', [
      new Date(Date.now() - 1000),
      expired.id,
    ]);
    const active = await app.queries.execute(new ListClientDiscountsQuery(client.id));
    expect(active.map((d) => d.id)).toEqual([kept.id]);
    expect(await app.queries.execute(new ListClientDiscountsQuery(client.id, false))).toHaveLength(3);
  });
});
