import { CreateStaffCommand, IssueDiscountCommand, StaffRole } from '@dvorik/domain';
import type { TgMessage, UserHandle } from '@dvorik/testing';
import { eventually, TEST_WAIT_MS } from '@dvorik/testing';
import { commandsOf, setUpShop, sql, updateSettings } from './support/shop-setup';
import { startTestSystem, type TestSystem, TOKENS } from './support/test-system';

const OWNER_TG = 930_001;
const text = (m: TgMessage) => m.text ?? '';
const buttons = (m: TgMessage) =>
  (m.reply_markup?.inline_keyboard ?? []).flat() as Array<{ text: string; callback_data: string }>;

describe('journeys of the staff bot: cashier requests, decisions, checks and redemptions', () => {
  let sys: TestSystem;
  let owner: UserHandle;
  let nextId = 930_100;

  beforeAll(async () => {
    sys = await startTestSystem({ label: 'cashierdesk', env: { FIRST_OWNER_TELEGRAM_ID: String(OWNER_TG) } });
    await setUpShop(sys);
    owner = sys.telegram.user({ id: OWNER_TG, firstName: 'Анна' });
  });
  afterAll(() => sys?.close());

  async function say(user: UserHandle, message: string) {
    const from = user.mark(TOKENS.staff);
    user.sendText(TOKENS.staff, message);
    return user.waitForMessage(TOKENS.staff, () => true, TEST_WAIT_MS, from);
  }

  /** A new person writes to the staff bot and names a store; returns them and the owner's alert. */
  async function aRequest(firstName: string) {
    const user = sys.telegram.user({ id: nextId++, firstName });
    await say(user, '/start');
    await say(user, 'Алеутская, 5');
    const alert = await owner.waitForMessage(
      TOKENS.staff,
      (m) => text(m).includes(firstName) && buttons(m).length === 2,
      TEST_WAIT_MS,
      0,
    );
    return { user, alert };
  }

  async function anApprovedCashier(firstName: string) {
    const { user, alert } = await aRequest(firstName);
    const from = user.mark(TOKENS.staff);
    owner.pressButton(TOKENS.staff, alert, buttons(alert)[0].callback_data);
    await user.waitForMessage(TOKENS.staff, (m) => text(m).includes('подтверждены'), TEST_WAIT_MS, from);
    return user;
  }

  async function aClientWithCode(firstName: string) {
    const shopper = sys.telegram.user({ id: nextId++, firstName });
    const from = shopper.mark(TOKENS.client);
    shopper.sendText(TOKENS.client, '/start');
    await shopper.waitForMessage(TOKENS.client, () => true, TEST_WAIT_MS, from);
    const [client] = await sql(sys, 'SELECT id FROM clients WHERE telegram_id = ?', [shopper.id]);
    const [template] = await sql(sys, "SELECT id FROM discount_templates WHERE event = 'subscription'");
    const { discount } = await commandsOf(sys).execute(
      new IssueDiscountCommand({
        actor: { type: 'staff', staffId: 1, role: 'owner' },
        clientId: Number(client.id),
        templateId: Number(template.id),
        origin: 'manual',
      }),
    );
    // A manual issue is announced by the worker.
    await shopper.waitForMessage(
      TOKENS.client,
      (m) => text(m).includes(discount.displayCode),
      TEST_WAIT_MS,
      from,
    );
    return { shopper, clientId: Number(client.id), discount };
  }

  it('only an active owner may decide: a demoted owner is told so on the button, nothing changes', async () => {
    const second = await commandsOf(sys).execute(
      new CreateStaffCommand(
        { type: 'system' },
        { telegramId: nextId++, name: 'Борис', role: StaffRole.Owner },
      ),
    );
    const secondOwner = sys.telegram.user({ id: second.telegramId, firstName: 'Борис' });
    const { user } = await aRequest('Пётр');
    // The request's alert (with the buttons), not the store's, which may arrive first.
    const alert = await secondOwner.waitForMessage(
      TOKENS.staff,
      (m) => text(m).includes('Пётр') && buttons(m).length === 2,
      TEST_WAIT_MS,
      0,
    );
    await sql(sys, "UPDATE staff SET role = 'marketing' WHERE id = ?", [second.id]);
    const callbackId = secondOwner.pressButton(TOKENS.staff, alert, buttons(alert)[0].callback_data);
    await eventually(async () => sys.telegram.callbackAnswer(callbackId), Boolean);
    expect(sys.telegram.callbackAnswer(callbackId)).toMatchObject({
      showAlert: true,
      text: expect.stringContaining('только владелец'),
    });
    const [row] = await sql(sys, 'SELECT status FROM cashiers WHERE telegram_id = ?', [user.id]);
    expect(row.status).toBe('pending');
  });

  it('a code typed when asked for the store: «вы не подтверждены», logged, the store asked again, nothing saved', async () => {
    const user = sys.telegram.user({ id: nextId++, firstName: 'Глеб' });
    await say(user, '/start');
    const from = user.mark(TOKENS.staff);
    user.sendText(TOKENS.staff, 'шхш 8304');
    const refusal = await user.waitForMessage(TOKENS.staff, () => true, 10_000, from);
    expect(text(refusal)).toContain('Вы не подтверждены');
    const again = await user.waitForMessage(
      TOKENS.staff,
      (m) => m.message_id !== refusal.message_id,
      10_000,
      from,
    );
    expect(text(again)).toContain('в каком магазине вы работаете');
    const [cashier] = await sql(sys, 'SELECT id, store FROM cashiers WHERE telegram_id = ?', [user.id]);
    expect(cashier.store).toBeNull();
    const log = await sql(sys, 'SELECT result, code_entered FROM redemption_log WHERE cashier_id = ?', [
      cashier.id,
    ]);
    expect(log).toEqual([{ result: 'cashier_not_active', code_entered: expect.stringMatching(/8304/) }]);
    // The question still stands: a real store name is taken.
    expect(text(await say(user, 'Светланская, 1'))).toContain('Записали магазин: Светланская, 1');
  });

  it('a rejected request: the cashier is told, and cannot check codes', async () => {
    const { user, alert } = await aRequest('Семён');
    const from = user.mark(TOKENS.staff);
    owner.pressButton(TOKENS.staff, alert, buttons(alert)[1].callback_data);
    expect(text(await user.waitForMessage(TOKENS.staff, () => true, TEST_WAIT_MS, from))).toContain(
      'отклонена',
    );
    await eventually(
      async () => text(owner.messagesFrom(TOKENS.staff).find((m) => m.message_id === alert.message_id)!),
      (t) => t.includes('отклонена'),
    );
    expect(text(await say(user, 'АВС1234'))).toContain('отклонена');
    const log = await sql(sys, 'SELECT result FROM redemption_log WHERE code_entered = ?', ['АВС1234']);
    expect(log).toEqual([{ result: 'cashier_not_active' }]);
  });

  it('/redeem <code> checks and redeems at once; a client who blocked the bot is noted, the redemption stands', async () => {
    const cashier = await anApprovedCashier('Ирина');
    const { shopper, clientId, discount } = await aClientWithCode('Глеб');
    sys.telegram.failChat(shopper.id, { code: 403, description: 'Forbidden: bot was blocked by the user' });
    const done = await say(cashier, `/redeem ${discount.code.toLowerCase()}`);
    expect(text(done)).toContain('Погашено ✅');
    expect(text(done)).toContain('Глеб');
    const row = await eventually(
      async () =>
        (
          await sql(
            sys,
            "SELECT client_not_notified FROM redemption_log WHERE discount_id = ? AND action = 'redeem'",
            [discount.id],
          )
        )[0],
      (r) => r?.client_not_notified === 1,
    );
    expect(row.client_not_notified).toBe(1);
    const [client] = await sql(sys, 'SELECT status FROM clients WHERE id = ?', [clientId]);
    expect(client.status).toBe('blocked');
    const [redeemed] = await sql(sys, 'SELECT status FROM discounts WHERE id = ?', [discount.id]);
    expect(redeemed.status).toBe('redeemed');
    // Once only.
    expect(text(await say(cashier, `/redeem ${discount.code}`))).toContain('уже погашен');
  });

  it('too many wrong codes lock the cashier’s checks and alert the owner', async () => {
    await updateSettings(sys, { cashier_lock_failures: 2 });
    const cashier = await anApprovedCashier('Олег');
    for (const guess of ['ААА0001', 'ААА0002', 'ААА0003'])
      expect(text(await say(cashier, guess))).toContain('не найден');
    expect(text(await say(cashier, 'ААА0004'))).toMatch(/временно недоступна до \d{2}:\d{2}/);
    await owner.waitForMessage(
      TOKENS.staff,
      (m) => text(m).includes('Олег') && text(m).includes('🔒'),
      TEST_WAIT_MS,
      0,
    );
    await updateSettings(sys, { cashier_lock_failures: 10 });
  });

  it('a staff member who is not a cashier gets a hint, not a cashier request', async () => {
    // The owner also gets every alert (the previous test's settings change among them), so the
    // reply is the first message that is not one.
    const from = owner.mark(TOKENS.staff);
    owner.sendText(TOKENS.staff, 'привет');
    const reply = await owner.waitForMessage(
      TOKENS.staff,
      (m) => !/^(⚙️|🔒)/u.test(text(m)),
      TEST_WAIT_MS,
      from,
    );
    expect(text(reply)).toContain('/login');
    const cashiers = await sql(sys, 'SELECT id FROM cashiers WHERE telegram_id = ?', [OWNER_TG]);
    expect(cashiers).toEqual([]);
  });
});
