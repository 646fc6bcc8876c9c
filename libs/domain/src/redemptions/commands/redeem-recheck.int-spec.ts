import {
  type DiscountView,
  IssueDiscountCommand,
  IssueTillTokenCommand,
  ListRedemptionsQuery,
  RedeemDiscountCommand,
  signTillToken,
  TILL_TOKEN_TTL_MS,
  UpdateSettingsCommand,
  ValidateDiscountCommand,
} from '@dvorik/domain';
import {
  aClient,
  anOwner,
  aTemplate,
  createDomainTestApp,
  type DomainTestApp,
  POS,
  TelegramEmulator,
} from '@dvorik/testing';

const TOKEN = '700100:recheck-client-bot-token';
const CHANNEL = -1001700100100;
const codeOf = (error: unknown) => (error as { code?: string }).code;

describe('the re-check at redemption and the till QR token (MariaDB, Redis, Telegram emulator)', () => {
  let app: DomainTestApp;
  const telegram = new TelegramEmulator();
  let nextUser = 700_200;

  beforeAll(async () => {
    await telegram.start();
    telegram.createBot({ token: TOKEN, username: 'recheck_bot' });
    telegram.createChannel({ id: CHANNEL, title: 'Дворик' });
    telegram.addAdmin(CHANNEL, TOKEN);
    app = await createDomainTestApp('recheck', {
      TELEGRAM_API_ROOT: telegram.apiRoot,
      CLIENT_BOT_TOKEN: TOKEN,
    });
    await app.commands.execute(
      new UpdateSettingsCommand(anOwner(), { telegram_channel_id: String(CHANNEL) }),
    );
  });
  afterAll(async () => {
    await app?.close();
    await telegram.stop();
  });

  /** A client with a subscription code, in the channel or not. */
  async function aSubscriber(member: boolean): Promise<{ telegramId: number; discount: DiscountView }> {
    const telegramId = nextUser++;
    telegram.user({ id: telegramId, firstName: 'Вера' });
    if (member) telegram.setMembership(CHANNEL, telegramId, 'member');
    const client = await aClient(app, { telegramId });
    const template = await aTemplate(app);
    const { discount } = await app.commands.execute(
      new IssueDiscountCommand({
        actor: anOwner(),
        clientId: client.id,
        templateId: template.id,
        origin: 'subscription',
      }),
    );
    return { telegramId, discount };
  }

  async function logRows(discountId: number) {
    return app.sql<{ action: string; result: string; subscription_unverified: number; code_entered: string }>(
      'SELECT action, result, subscription_unverified, code_entered FROM redemption_log WHERE discount_id = ? ORDER BY id',
      [discountId],
    );
  }

  async function statusOf(discountId: number) {
    const [row] = await app.sql<{ status: string; redemption_count: number }>(
      'SELECT status, redemption_count FROM discounts WHERE id = ?',
      [discountId],
    );
    return row;
  }

  it('a client who left the channel: refused as not subscribed, logged, nothing redeemed', async () => {
    const { telegramId, discount } = await aSubscriber(true);
    telegram.setMembership(CHANNEL, telegramId, 'left');
    const refusal = await app.commands
      .execute(new RedeemDiscountCommand({ actor: POS, codeInput: discount.code }))
      .catch((error: unknown) => error);
    expect(codeOf(refusal)).toBe('DISCOUNT_CLIENT_NOT_SUBSCRIBED');
    expect(await statusOf(discount.id)).toEqual({ status: 'active', redemption_count: 0 });
    expect(await logRows(discount.id)).toEqual([
      expect.objectContaining({ action: 'redeem', result: 'not_subscribed', subscription_unverified: 0 }),
    ]);
  });

  it('Telegram unreachable: redeemed at once, and the log row says the subscription was not verified', async () => {
    const { discount } = await aSubscriber(false);
    telegram.dropConnections('getChatMember', 1);
    const redeemed = await app.commands.execute(
      new RedeemDiscountCommand({ actor: POS, codeInput: discount.code }),
    );
    expect(redeemed.status).toBe('redeemed');
    expect(await logRows(discount.id)).toEqual([
      expect.objectContaining({ action: 'redeem', result: 'success', subscription_unverified: 1 }),
    ]);
    // …and the redemption log the panel reads says so.
    const { items } = await app.queries.execute(new ListRedemptionsQuery({ discountId: discount.id }, 1, 10));
    expect(items).toEqual([expect.objectContaining({ result: 'success', subscriptionUnverified: true })]);
  });

  it('200 simultaneous redeems with the re-check on: exactly one succeeds, Telegram asked once', async () => {
    const { telegramId, discount } = await aSubscriber(true);
    const asked = () =>
      telegram.callsTo('getChatMember').filter((c) => c.params.user_id === telegramId).length;
    const attempts = await Promise.allSettled(
      Array.from({ length: 200 }, () =>
        app.commands.execute(new RedeemDiscountCommand({ actor: POS, codeInput: discount.code })),
      ),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    const refused = attempts.flatMap((a) => (a.status === 'rejected' ? [codeOf(a.reason)] : []));
    expect(refused).toEqual(Array(199).fill('DISCOUNT_ALREADY_REDEEMED'));
    expect(await statusOf(discount.id)).toEqual({ status: 'redeemed', redemption_count: 1 });
    const results = (await logRows(discount.id)).map((r) => r.result);
    expect(results.filter((r) => r === 'success')).toHaveLength(1);
    expect(results.filter((r) => r === 'already_used')).toHaveLength(199);
    expect(asked()).toBe(1);
  });

  it('with require_subscription_at_redeem off, a client who left still redeems', async () => {
    await app.commands.execute(
      new UpdateSettingsCommand(anOwner(), { require_subscription_at_redeem: false }),
    );
    try {
      const { discount } = await aSubscriber(false);
      const redeemed = await app.commands.execute(
        new RedeemDiscountCommand({ actor: POS, codeInput: discount.code }),
      );
      expect(redeemed.status).toBe('redeemed');
    } finally {
      await app.commands.execute(
        new UpdateSettingsCommand(anOwner(), { require_subscription_at_redeem: true }),
      );
    }
  });

  it('a QR token checks and redeems its discount; replayed after the redemption → «already redeemed», logged', async () => {
    const { discount } = await aSubscriber(true);
    const client = await app.sql<{ client_id: number }>('SELECT client_id FROM discounts WHERE id = ?', [
      discount.id,
    ]);
    const { token } = await app.commands.execute(
      new IssueTillTokenCommand(Number(client[0].client_id), discount.id),
    );
    const checked = await app.commands.execute(new ValidateDiscountCommand(POS, token));
    expect(checked).toMatchObject({ id: discount.id, status: 'active', clientName: 'Анна Иванова' });
    await app.commands.execute(new RedeemDiscountCommand({ actor: POS, codeInput: token }));
    const replayed = await app.commands
      .execute(new RedeemDiscountCommand({ actor: POS, codeInput: token }))
      .catch((error: unknown) => error);
    expect(codeOf(replayed)).toBe('DISCOUNT_ALREADY_REDEEMED');
    expect((await logRows(discount.id)).map((r) => [r.action, r.result, r.code_entered])).toEqual([
      ['check', 'success', `QR ${discount.code}`],
      ['redeem', 'success', `QR ${discount.code}`],
      ['redeem', 'already_used', `QR ${discount.code}`],
    ]);
    // A redeemed code gets no new QR either.
    const again = await app.commands
      .execute(new IssueTillTokenCommand(Number(client[0].client_id), discount.id))
      .catch((error: unknown) => error);
    expect(codeOf(again)).toBe('DISCOUNT_ALREADY_REDEEMED');
  });

  it('an expired or forged QR token is refused and logged; only the owner of a code gets its QR', async () => {
    const { discount } = await aSubscriber(true);
    const secret = app.env.TILL_QR_SECRET!;
    const { token: stale } = signTillToken(
      secret,
      discount.id,
      new Date(Date.now() - TILL_TOKEN_TTL_MS - 1000),
    );
    const expired = await app.commands
      .execute(new RedeemDiscountCommand({ actor: POS, codeInput: stale }))
      .catch((error: unknown) => error);
    expect(codeOf(expired)).toBe('TILL_QR_EXPIRED');
    const { token: foreign } = signTillToken('some-other-secret-0123456789abcdef', discount.id, new Date());
    const forged = await app.commands
      .execute(new RedeemDiscountCommand({ actor: POS, codeInput: foreign }))
      .catch((error: unknown) => error);
    expect(codeOf(forged)).toBe('TILL_QR_INVALID');
    expect(await statusOf(discount.id)).toEqual({ status: 'active', redemption_count: 0 });
    expect((await logRows(discount.id)).map((r) => r.result)).toEqual(['qr_expired']);
    const [invalid] = await app.sql<{ n: string }>(
      "SELECT COUNT(*) AS n FROM redemption_log WHERE result = 'qr_invalid' AND code_entered = ?",
      [foreign.slice(0, 32)],
    );
    expect(Number(invalid.n)).toBe(1);
    const stranger = await aClient(app);
    const notTheirs = await app.commands
      .execute(new IssueTillTokenCommand(stranger.id, discount.id))
      .catch((error: unknown) => error);
    expect(codeOf(notTheirs)).toBe('DISCOUNT_NOT_FOUND');
  });
});
