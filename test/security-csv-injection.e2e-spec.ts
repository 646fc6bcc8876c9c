import {
  AccessTokenIssuer,
  CreateDiscountTemplateCommand,
  IssueDiscountCommand,
  RegisterClientCommand,
  REDEMPTION_COLUMNS,
  SYSTEM,
} from '@dvorik/domain';
import type { TgMessage, UserHandle } from '@dvorik/testing';
import { commandsOf, setUpShop, sql } from './support/shop-setup';
import { startTestSystem, type TestSystem, TOKENS } from './support/test-system';

// The project's testTimeout does not reach jest-circus (only the global one does): set it here.
jest.setTimeout(120_000);

const OWNER_TG = 940_001;
const EVIL_CODE = "=cmd|' /C calc'!A0";
const text = (m: TgMessage) => m.text ?? '';
const buttons = (m: TgMessage) =>
  (m.reply_markup?.inline_keyboard ?? []).flat() as Array<{ text: string; callback_data: string }>;

/** RFC 4180 cells of one CSV line. */
const cellsOf = (line: string) =>
  line
    .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
    .map((c) => c.replace(/,$/, ''))
    .map((c) => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c));

/** Issue 11 item 9: free text from the staff bot and from staff reaches the CSV as text, never a formula. */
describe('Security: CSV formula injection through the staff bot', () => {
  let sys: TestSystem;
  let owner: UserHandle;
  let ownerToken: string;

  beforeAll(async () => {
    sys = await startTestSystem({ label: 'sec_csv', env: { FIRST_OWNER_TELEGRAM_ID: String(OWNER_TG) } });
    await setUpShop(sys);
    owner = sys.telegram.user({ id: OWNER_TG, firstName: 'Анна' });
    const [row] = await sql(sys, 'SELECT id, role, name FROM staff WHERE telegram_id = ?', [OWNER_TG]);
    ownerToken = sys.apps
      .api!.get(AccessTokenIssuer)
      .sign({ id: Number(row.id), role: row.role, name: row.name });
  });
  afterAll(() => sys?.close());

  async function say(user: UserHandle, message: string) {
    const from = user.mark(TOKENS.staff);
    user.sendText(TOKENS.staff, message);
    return user.waitForMessage(TOKENS.staff, () => true, 10_000, from);
  }

  it('escapes a code typed to the bot, a template name and a rollback reason in the redemptions export', async () => {
    // A cashier, approved by the owner through the bot.
    const cashier = sys.telegram.user({ id: 940_100, firstName: 'Ирина' });
    await say(cashier, '/start');
    await say(cashier, 'Алеутская, 5');
    const alert = await owner.waitForMessage(TOKENS.staff, (m) => buttons(m).length === 2, 10_000, 0);
    const from = cashier.mark(TOKENS.staff);
    owner.pressButton(TOKENS.staff, alert, buttons(alert)[0].callback_data);
    await cashier.waitForMessage(TOKENS.staff, (m) => text(m).includes('подтверждены'), 10_000, from);

    expect(text(await say(cashier, EVIL_CODE))).toContain('не найден');

    const bus = commandsOf(sys);
    const { id: templateId } = await bus.execute(
      new CreateDiscountTemplateCommand(SYSTEM, {
        name: '@SUM(1+1)*cmd',
        event: 'manual',
        valueType: 'fixed',
        value: 100,
      }),
    );
    const { client } = await bus.execute(
      new RegisterClientCommand({ telegramId: 5_570_001, firstName: 'Вера' }),
    );
    const { discount } = await bus.execute(
      new IssueDiscountCommand({ actor: SYSTEM, clientId: client.id, templateId, origin: 'manual' }),
    );
    expect(text(await say(cashier, `/redeem ${discount.code}`))).toContain('Погашено');
    const [redeemed] = await sql(sys, "SELECT id FROM redemption_log WHERE result = 'success'");
    const rollback = await sys.api(`/api/v1/redemptions/${redeemed.id}/rollback`, {
      method: 'POST',
      token: ownerToken,
      json: { reason: '+HYPERLINK("http://evil.example","ok")' },
    });
    expect(rollback.status).toBe(200);

    const res = await fetch(`${sys.apiUrl}/api/v1/exports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ownerToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'redemptions' }),
    });
    expect(res.status).toBe(200);
    const [header, ...lines] = (await res.text()).replace('\uFEFF', '').trim().split('\n');
    const rows = lines.map((l) =>
      Object.fromEntries(header.split(',').map((col, i) => [col, cellsOf(l)[i]])),
    );
    expect(header).toBe(REDEMPTION_COLUMNS.join(','));
    expect(rows.map((r) => r.code_entered)).toContain(`'${EVIL_CODE}`);
    expect(rows.map((r) => r.template_name)).toContain("'@SUM(1+1)*cmd");
    expect(rows.map((r) => r.rollback_reason)).toContain('\'+HYPERLINK("http://evil.example","ok")');
    // Not one cell of the file starts a formula.
    const cells = lines.flatMap(cellsOf);
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^[+-]?\d+(\.\d+)?$/.test(c))).toEqual([]);
  });
});
