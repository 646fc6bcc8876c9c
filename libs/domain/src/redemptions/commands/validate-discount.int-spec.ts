import {
  ApproveCashierCommand,
  RedeemDiscountCommand,
  RevokeDiscountCommand,
  UpdateSettingsCommand,
  ValidateDiscountCommand,
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

describe('ValidateDiscountCommand (MariaDB + Redis)', () => {
  let app: DomainTestApp;

  beforeAll(async () => {
    app = await createDomainTestApp('validate');
    await app.commands.execute(new UpdateSettingsCommand(anOwner(), { cashier_lock_failures: 3 }));
  });
  afterAll(() => app.close());

  /** The code every case checks: Мария's 10 % «Скидка за подписку». */
  const marias = {
    client: { firstName: 'Мария', lastName: null },
    template: { name: 'Скидка за подписку', value: 10 },
  };

  const logFor = (cashierId: number) =>
    app.sql<{ action: string; result: string; code_entered: string; store: string }>(
      'SELECT action, result, code_entered, store FROM redemption_log WHERE cashier_id = ? ORDER BY id',
      [cashierId],
    );

  it('answers a valid code with client, template, value and expiry, and logs the check', async () => {
    const discount = await aDiscount(app, marias);
    const cashier = await aCashier(app, { store: 'Алеутская, 5' });
    const checked = await app.commands.execute(
      new ValidateDiscountCommand(aCashierActor(cashier.id), discount.code.toLowerCase()),
    );
    expect(checked).toMatchObject({
      id: discount.id,
      clientName: 'Мария',
      templateName: 'Скидка за подписку',
      valueText: '10\u00A0%',
      expiresOn: discount.expiresOn,
      status: 'active',
    });
    expect(await logFor(cashier.id)).toEqual([
      {
        action: 'check',
        result: 'success',
        code_entered: discount.code.toLowerCase(),
        store: 'Алеутская, 5',
      },
    ]);
  });

  it('logs every failed check, not_found included, with the reason', async () => {
    const cashier = await aCashier(app);
    const revoked = await aDiscount(app, marias);
    await app.commands.execute(new RevokeDiscountCommand(anOwner(), revoked.id, 'ошибка'));
    const expired = await aDiscount(app, marias);
    await app.sql('UPDATE discounts SET expires_at = ? WHERE id = ?', [
      new Date(Date.now() - 1000),
      expired.id,
    ]);
    const check = (code: string) =>
      app.commands.execute(new ValidateDiscountCommand(aCashierActor(cashier.id), code));
    await expect(check('nothing like a code')).rejects.toMatchObject({ code: 'DISCOUNT_NOT_FOUND' });
    await expect(check(revoked.code)).rejects.toMatchObject({ code: 'DISCOUNT_REVOKED' });
    await expect(check(expired.code)).rejects.toMatchObject({ code: 'DISCOUNT_EXPIRED' });
    expect((await logFor(cashier.id)).map((r) => r.result)).toEqual(['not_found', 'revoked', 'expired']);
  });

  it('refuses a cashier who is not approved and logs cashier_not_active', async () => {
    const discount = await aDiscount(app, marias);
    const pending = await aCashier(app, { status: 'pending' });
    const check = app.commands.execute(new ValidateDiscountCommand(aCashierActor(pending.id), discount.code));
    await expect(check).rejects.toMatchObject({ code: 'CASHIER_NOT_ACTIVE' });
    expect((await logFor(pending.id)).map((r) => r.result)).toEqual(['cashier_not_active']);
  });

  it('locks a cashier after more than N failed checks, alerts owners once, and answers locked', async () => {
    const discount = await aDiscount(app, marias);
    const cashier = await aCashier(app);
    const check = (code: string) =>
      app.commands.execute(new ValidateDiscountCommand(aCashierActor(cashier.id), code));
    for (let i = 0; i < 4; i++)
      await expect(check(`ААА000${i}`)).rejects.toMatchObject({ code: 'DISCOUNT_NOT_FOUND' });
    // Even a valid code is refused while locked: the lock is on the cashier, not on guesses.
    await expect(check(discount.code)).rejects.toMatchObject({
      code: 'CASHIER_LOCKED',
      details: { lockedUntil: expect.any(String) },
    });
    const redeem = app.commands.execute(
      new RedeemDiscountCommand({ actor: aCashierActor(cashier.id), codeInput: discount.code }),
    );
    await expect(redeem).rejects.toMatchObject({ code: 'CASHIER_LOCKED' });
    expect((await logFor(cashier.id)).map((r) => r.result)).toEqual([
      ...Array(4).fill('not_found'),
      'locked',
      'locked',
    ]);
    const alerts = await app.sql(
      "SELECT id FROM outbox WHERE type = 'cashier.locked' AND JSON_VALUE(envelope, '$.entity.id') = ?",
      [cashier.id],
    );
    expect(alerts).toHaveLength(1);
    // Other cashiers and the till are unaffected.
    await expect(
      app.commands.execute(new ValidateDiscountCommand(POS, discount.code)),
    ).resolves.toMatchObject({ id: discount.id });
  });

  it('an approval lifts the lock', async () => {
    const cashier = await aCashier(app);
    const check = (code: string) =>
      app.commands.execute(new ValidateDiscountCommand(aCashierActor(cashier.id), code));
    for (let i = 0; i < 4; i++) await check(`БББ000${i}`).catch(() => undefined);
    await expect(check('БББ0009')).rejects.toMatchObject({ code: 'CASHIER_LOCKED' });
    await app.sql("UPDATE cashiers SET status = 'blocked' WHERE id = ?", [cashier.id]);
    await app.commands.execute(new ApproveCashierCommand(anOwner(), cashier.id));
    await expect(check('БББ0009')).rejects.toMatchObject({ code: 'DISCOUNT_NOT_FOUND' });
  });
});
