import {
  IssueDiscountCommand,
  RedeemDiscountCommand,
  type RedemptionResult,
  UpdateSettingsCommand,
} from '@dvorik/domain';
import {
  aCashier,
  aDiscount,
  aCashierActor,
  aClient,
  anOwner,
  aTemplate,
  createDomainTestApp,
  type DomainTestApp,
  POS,
} from '@dvorik/testing';

const codeOf = (error: unknown) => (error as { code?: string }).code;

describe('RedeemDiscountCommand (MariaDB)', () => {
  let app: DomainTestApp;

  beforeAll(async () => {
    app = await createDomainTestApp('redeem');
  });
  afterAll(() => app.close());

  async function logResults(discountId: number): Promise<Record<string, number>> {
    const rows = await app.sql<{ result: RedemptionResult; n: string }>(
      "SELECT result, COUNT(*) AS n FROM redemption_log WHERE discount_id = ? AND action = 'redeem' GROUP BY result",
      [discountId],
    );
    return Object.fromEntries(rows.map((r) => [r.result, Number(r.n)]));
  }

  it('200 simultaneous redeems of one single-use code: exactly one succeeds, 199 are told it is used', async () => {
    const discount = await aDiscount(app);
    const attempts = await Promise.allSettled(
      Array.from({ length: 200 }, () =>
        app.commands.execute(new RedeemDiscountCommand({ actor: POS, codeInput: discount.code })),
      ),
    );
    const succeeded = attempts.filter((a) => a.status === 'fulfilled');
    const refused = attempts.flatMap((a) => (a.status === 'rejected' ? [codeOf(a.reason)] : []));
    expect(succeeded).toHaveLength(1);
    expect(refused).toEqual(Array(199).fill('DISCOUNT_ALREADY_REDEEMED'));
    expect(await logResults(discount.id)).toEqual({ success: 1, already_used: 199 });
    const [row] = await app.sql<{ status: string; redemption_count: number }>(
      'SELECT status, redemption_count FROM discounts WHERE id = ?',
      [discount.id],
    );
    expect(row).toEqual({ status: 'redeemed', redemption_count: 1 });
  });

  it('a shared code with cap 5 under 50 simultaneous redeems is redeemed exactly 5 times', async () => {
    await aTemplate(app, { usage: 'shared', sharedCode: 'marmelad-10', redemptionCap: 5 });
    const attempts = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        app.commands.execute(new RedeemDiscountCommand({ actor: POS, codeInput: 'Marmelad10' })),
      ),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(5);
    const refused = attempts.flatMap((a) => (a.status === 'rejected' ? [codeOf(a.reason)] : []));
    expect(new Set(refused)).toEqual(new Set(['DISCOUNT_ALREADY_REDEEMED']));
    const [row] = await app.sql<{ id: number; status: string; redemption_count: number }>(
      "SELECT id, status, redemption_count FROM discounts WHERE code = 'MARMELAD10'",
    );
    expect(row).toMatchObject({ status: 'redeemed', redemption_count: 5 });
    expect(await logResults(row.id)).toEqual({ success: 5, already_used: 45 });
  });

  it('forgives how a cashier types the code and answers "already redeemed" with when and by whom', async () => {
    const discount = await aDiscount(app);
    const cashier = await aCashier(app, { firstName: 'Ольга' });
    const typed = ` ${discount.code.slice(0, 3).toLowerCase()} ${discount.code.slice(3)} `;
    const redeemed = await app.commands.execute(
      new RedeemDiscountCommand({ actor: aCashierActor(cashier.id), codeInput: typed }),
    );
    expect(redeemed).toMatchObject({
      id: discount.id,
      status: 'redeemed',
      clientName: 'Анна Иванова',
      valueText: '10\u00A0%',
    });
    const again = app.commands.execute(new RedeemDiscountCommand({ actor: POS, codeInput: discount.code }));
    await expect(again).rejects.toMatchObject({
      code: 'DISCOUNT_ALREADY_REDEEMED',
      details: { cashierName: 'Ольга', redeemedAt: redeemed.redeemedAt!.toISOString() },
    });
  });

  describe('Idempotency-Key', () => {
    it('replays the first response for the same key and body, and redeems once', async () => {
      const discount = await aDiscount(app);
      const redeem = () =>
        app.commands.execute(
          new RedeemDiscountCommand({
            actor: POS,
            codeInput: discount.code,
            purchaseAmount: 1500,
            idempotencyKey: `k-${discount.id}`,
          }),
        );
      const first = await redeem();
      const second = await redeem();
      expect(JSON.parse(JSON.stringify(second))).toEqual(JSON.parse(JSON.stringify(first)));
      expect(await logResults(discount.id)).toEqual({ success: 1 });
    });

    it('concurrent retries with one key redeem once and all get the same answer', async () => {
      const discount = await aDiscount(app);
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          app.commands.execute(
            new RedeemDiscountCommand({
              actor: POS,
              codeInput: discount.code,
              idempotencyKey: `c-${discount.id}`,
            }),
          ),
        ),
      );
      expect(new Set(results.map((r) => r.logId)).size).toBe(1);
      expect(await logResults(discount.id)).toEqual({ success: 1 });
    });

    it('replays the first error too', async () => {
      const key = 'unknown-code-key';
      const redeem = () =>
        app.commands.execute(
          new RedeemDiscountCommand({ actor: POS, codeInput: 'ЖЖЖ0000', idempotencyKey: key }),
        );
      await expect(redeem()).rejects.toMatchObject({ code: 'DISCOUNT_NOT_FOUND' });
      await expect(redeem()).rejects.toMatchObject({ code: 'DISCOUNT_NOT_FOUND' });
      const rows = await app.sql("SELECT id FROM redemption_log WHERE code_entered = 'ЖЖЖ0000'");
      expect(rows).toHaveLength(1);
    });

    it('refuses the same key with another body (422 IDEMPOTENCY_KEY_REUSED) and changes nothing', async () => {
      const [a, b] = [await aDiscount(app), await aDiscount(app)];
      const key = `m-${a.id}`;
      await app.commands.execute(
        new RedeemDiscountCommand({ actor: POS, codeInput: a.code, idempotencyKey: key }),
      );
      const other = app.commands.execute(
        new RedeemDiscountCommand({ actor: POS, codeInput: b.code, idempotencyKey: key }),
      );
      await expect(other).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
      expect(await logResults(b.id)).toEqual({});
    });
  });

  it('refuses below the minimum purchase and logs it', async () => {
    const client = await aClient(app);
    const template = await aTemplate(app, { minPurchase: 1000 });
    const { discount } = await app.commands.execute(
      new IssueDiscountCommand({
        actor: anOwner(),
        clientId: client.id,
        templateId: template.id,
        origin: 'manual',
      }),
    );
    const low = app.commands.execute(
      new RedeemDiscountCommand({ actor: POS, codeInput: discount.code, purchaseAmount: 500 }),
    );
    await expect(low).rejects.toMatchObject({ code: 'DISCOUNT_MIN_PURCHASE_NOT_MET' });
    await app.commands.execute(
      new RedeemDiscountCommand({ actor: POS, codeInput: discount.code, purchaseAmount: 1000 }),
    );
    expect(await logResults(discount.id)).toEqual({ min_purchase: 1, success: 1 });
  });

  it('honours the code prefix from settings on input', async () => {
    await app.commands.execute(new UpdateSettingsCommand(anOwner(), { code_prefix: 'МД-' }));
    const discount = await aDiscount(app);
    expect(discount.displayCode).toBe(`МД-${discount.code}`);
    const redeemed = await app.commands.execute(
      new RedeemDiscountCommand({ actor: POS, codeInput: `мд ${discount.code}` }),
    );
    expect(redeemed.id).toBe(discount.id);
    await app.commands.execute(new UpdateSettingsCommand(anOwner(), { code_prefix: '' }));
  });
});
