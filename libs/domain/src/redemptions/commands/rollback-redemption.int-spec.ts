import {
  ListDiscountsQuery,
  ListRedemptionsQuery,
  MarkClientNotNotifiedCommand,
  RedeemDiscountCommand,
  RevokeDiscountCommand,
  RollbackRedemptionCommand,
} from '@dvorik/domain';
import {
  aCashier,
  aDiscount,
  aCashierActor,
  anOwner,
  createDomainTestApp,
  type DomainTestApp,
  POS,
} from '@dvorik/testing';
import { ExpireDiscountsJob } from '../../discounts/jobs/expire-discounts.job';

describe('rollback, revoke, expiry and the redemption log (MariaDB)', () => {
  let app: DomainTestApp;

  beforeAll(async () => {
    app = await createDomainTestApp('rollback');
  });
  afterAll(() => app.close());

  it('an owner rolls a redemption back: the row is marked, the code is active again and can be redeemed', async () => {
    const discount = await aDiscount(app);
    const { logId } = await app.commands.execute(
      new RedeemDiscountCommand({ actor: POS, codeInput: discount.code }),
    );
    const { discount: after } = await app.commands.execute(
      new RollbackRedemptionCommand(anOwner(), logId, 'пробили по ошибке'),
    );
    expect(after).toMatchObject({ status: 'active', redemptionCount: 0, redeemedAt: null });
    const [row] = await app.sql<{ rolled_back_by: number; rollback_reason: string }>(
      'SELECT rolled_back_by, rollback_reason FROM redemption_log WHERE id = ?',
      [logId],
    );
    expect(row).toEqual({ rolled_back_by: 1, rollback_reason: 'пробили по ошибке' });
    const again = app.commands.execute(new RollbackRedemptionCommand(anOwner(), logId, 'ещё раз'));
    await expect(again).rejects.toMatchObject({ code: 'REDEMPTION_ROLLBACK_NOT_APPLICABLE' });
    await expect(
      app.commands.execute(new RedeemDiscountCommand({ actor: POS, codeInput: discount.code })),
    ).resolves.toBeDefined();
    const audit = await app.sql(
      "SELECT id FROM outbox WHERE type = 'redemption.rolled_back' AND JSON_VALUE(envelope, '$.actor.type') = 'staff'",
    );
    expect(audit).toHaveLength(1);
  });

  it('a rolled-back code past its expiry comes back as expired, not active', async () => {
    const discount = await aDiscount(app);
    const { logId } = await app.commands.execute(
      new RedeemDiscountCommand({ actor: POS, codeInput: discount.code }),
    );
    await app.sql('UPDATE discounts SET expires_at = ? WHERE id = ?', [
      new Date(Date.now() - 1000),
      discount.id,
    ]);
    const { discount: after } = await app.commands.execute(
      new RollbackRedemptionCommand(anOwner(), logId, 'возврат'),
    );
    expect(after.status).toBe('expired');
  });

  it('needs a reason, and only successful redemptions can be rolled back', async () => {
    await expect(
      app.commands.execute(new RollbackRedemptionCommand(anOwner(), 1, '  ')),
    ).rejects.toMatchObject({
      code: 'REDEMPTION_ROLLBACK_REASON_REQUIRED',
    });
    const failed = await app.commands
      .execute(new RedeemDiscountCommand({ actor: POS, codeInput: 'ЯЯЯ9999' }))
      .catch(() => null);
    expect(failed).toBeNull();
    const [row] = await app.sql<{ id: string }>(
      "SELECT id FROM redemption_log WHERE code_entered = 'ЯЯЯ9999'",
    );
    await expect(
      app.commands.execute(new RollbackRedemptionCommand(anOwner(), Number(row.id), 'x')),
    ).rejects.toMatchObject({
      code: 'REDEMPTION_ROLLBACK_NOT_APPLICABLE',
    });
    await expect(
      app.commands.execute(new RollbackRedemptionCommand(anOwner(), 999_999, 'x')),
    ).rejects.toMatchObject({
      code: 'REDEMPTION_NOT_FOUND',
    });
  });

  it('revokes only an active code', async () => {
    const discount = await aDiscount(app);
    const revoked = await app.commands.execute(new RevokeDiscountCommand(anOwner(), discount.id, 'дубль'));
    expect(revoked.status).toBe('revoked');
    await expect(
      app.commands.execute(new RevokeDiscountCommand(anOwner(), discount.id)),
    ).rejects.toMatchObject({
      code: 'DISCOUNT_NOT_ACTIVE',
    });
    await expect(
      app.commands.execute(new RedeemDiscountCommand({ actor: POS, codeInput: discount.code })),
    ).rejects.toMatchObject({
      code: 'DISCOUNT_REVOKED',
    });
  });

  it('the expiry job marks past-due active codes expired', async () => {
    const [due, fresh] = [await aDiscount(app), await aDiscount(app)];
    await app.sql('UPDATE discounts SET expires_at = ? WHERE id = ?', [
      new Date(Date.now() - 60_000),
      due.id,
    ]);
    const result = await app.context.get(ExpireDiscountsJob).process();
    expect(result.expired).toBeGreaterThanOrEqual(1);
    const rows = await app.sql<{ id: number; status: string }>(
      'SELECT id, status FROM discounts WHERE id IN (?, ?) ORDER BY id',
      [due.id, fresh.id],
    );
    expect(rows).toEqual([
      { id: due.id, status: 'expired' },
      { id: fresh.id, status: 'active' },
    ]);
  });

  it('lists redemptions with names and filters, and discounts with pagination', async () => {
    const cashier = await aCashier(app, { firstName: 'Светлана' });
    const discount = await aDiscount(app);
    const { logId } = await app.commands.execute(
      new RedeemDiscountCommand({
        actor: aCashierActor(cashier.id),
        codeInput: discount.code,
        purchaseAmount: 990.5,
      }),
    );
    await app.commands.execute(new MarkClientNotNotifiedCommand(logId));
    const page = await app.queries.execute(
      new ListRedemptionsQuery({ cashierId: cashier.id, result: 'success' }, 1, 10),
    );
    expect(page).toMatchObject({ total: 1, page: 1, perPage: 10 });
    expect(page.items[0]).toMatchObject({
      id: logId,
      action: 'redeem',
      discountCode: discount.code,
      clientName: 'Анна Иванова',
      cashierName: 'Светлана',
      purchaseAmount: 990.5,
      clientNotNotified: true,
      channel: 'bot',
    });
    const byCode = await app.queries.execute(
      new ListRedemptionsQuery({ code: discount.code.toLowerCase() }, 1, 10),
    );
    expect(byCode.items.map((r) => r.id)).toEqual([logId]);
    const byStore = await app.queries.execute(
      new ListRedemptionsQuery({ store: 'Светланская, 1', cashierId: cashier.id }, 1, 10),
    );
    expect(byStore.items.map((r) => r.id)).toEqual([logId]);
    const otherStore = await app.queries.execute(new ListRedemptionsQuery({ store: 'Алеутская, 5' }, 1, 10));
    expect(otherStore.items.map((r) => r.id)).not.toContain(logId);
    const discounts = await app.queries.execute(new ListDiscountsQuery({ status: 'redeemed' }, 1, 2));
    expect(discounts.items).toHaveLength(2);
    expect(discounts.total).toBeGreaterThanOrEqual(2);
    expect(discounts.items[0]).toMatchObject({ templateName: 'Тестовая скидка', clientName: 'Анна Иванова' });
  });
});
