import {
  ApproveCashierCommand,
  IssueDiscountCommand,
  RedeemDiscountCommand,
  RequestCashierAccessCommand,
  SetCashierStoreCommand,
} from '@dvorik/domain';
import { aCashierActor, anOwner } from '@dvorik/testing';
import type { Browser } from 'playwright-core';
import { ensurePanelBuilt, launchBrowser, screenshot } from './support/browser';
import { ownerPage } from './support/owner-session';
import { commandsOf, setUpShop, sql } from './support/shop-setup';
import { startTestSystem, type TestSystem, TOKENS } from './support/test-system';

const OWNER_TG = 920_006;

describe('journey: the owner finds a redemption in «Погашения» and rolls it back with a reason', () => {
  let sys: TestSystem;
  let browser: Browser;

  beforeAll(async () => {
    await ensurePanelBuilt();
    sys = await startTestSystem({
      label: 'panel_redemptions',
      env: { FIRST_OWNER_TELEGRAM_ID: String(OWNER_TG) },
    });
    await setUpShop(sys);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await sys?.close();
  }, 60_000);

  it('filter by store → «Отменить» → a reason → the code is active again', async () => {
    const commands = commandsOf(sys);
    const { cashier } = await commands.execute(
      new RequestCashierAccessCommand({ telegramId: 920_601, firstName: 'Ольга' }),
    );
    await commands.execute(new SetCashierStoreCommand(cashier.id, 'Алеутская, 5'));
    await commands.execute(new ApproveCashierCommand(anOwner(), cashier.id));
    const shopper = sys.telegram.user({ id: 920_602, firstName: 'Вера' });
    const from = shopper.mark(TOKENS.client);
    shopper.sendText(TOKENS.client, '/start');
    await shopper.waitForMessage(TOKENS.client, () => true, 15_000, from);
    const [client] = await sql(sys, 'SELECT id FROM clients WHERE telegram_id = ?', [920_602]);
    const [template] = await sql(sys, "SELECT id FROM discount_templates WHERE event = 'subscription'");
    const { discount } = await commands.execute(
      new IssueDiscountCommand({
        actor: anOwner(),
        clientId: Number(client.id),
        templateId: Number(template.id),
        origin: 'manual',
      }),
    );
    await commands.execute(
      new RedeemDiscountCommand({
        actor: aCashierActor(cashier.id),
        codeInput: discount.code,
        purchaseAmount: 990,
      }),
    );

    const { context, page } = await ownerPage(sys, browser, OWNER_TG);
    await page.getByRole('menuitem', { name: 'Погашения' }).click();
    await page.getByLabel('Магазин', { exact: true }).fill('Светланская, 1');
    await page.getByText('При использовании текущих фильтров результаты не найдены').waitFor();
    await page.getByLabel('Магазин', { exact: true }).fill('Алеутская, 5');
    const row = page.getByRole('row').filter({ hasText: discount.code });
    await row.getByText('Успешно').waitFor();
    await row.getByText('990 ₽').waitFor();

    await row.getByRole('button', { name: 'Отменить' }).click();
    const confirm = page.getByRole('button', { name: 'Отменить погашение' });
    expect(await confirm.isDisabled()).toBe(true); // a reason is required
    await page.getByLabel('Причина').fill('Кассир пробил не тот код');
    await confirm.click();
    await page.getByText('Погашение отменено').waitFor();
    await row.getByText('Кассир пробил не тот код').waitFor();
    expect(await row.getByRole('button', { name: 'Отменить' }).count()).toBe(0);
    const [after] = await sql(sys, 'SELECT status FROM discounts WHERE id = ?', [discount.id]);
    expect(after.status).toBe('active');
    await screenshot(page, 'admin-panel-redemptions-rollback');
    await context.close();
  }, 120_000);
});
