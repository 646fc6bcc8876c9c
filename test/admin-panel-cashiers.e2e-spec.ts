import type { Browser } from 'playwright-core';
import { ensurePanelBuilt, launchBrowser, screenshot } from './support/browser';
import { ownerPage } from './support/owner-session';
import { setUpShop, sql } from './support/shop-setup';
import { startTestSystem, type TestSystem, TOKENS } from './support/test-system';

const OWNER_TG = 920_001;
const CASHIER_TG = 920_101;

describe('journey: the owner approves a pending cashier in «Кассиры»', () => {
  let sys: TestSystem;
  let browser: Browser;

  beforeAll(async () => {
    await ensurePanelBuilt();
    sys = await startTestSystem({
      label: 'panel_cashiers',
      env: { FIRST_OWNER_TELEGRAM_ID: String(OWNER_TG) },
    });
    await setUpShop(sys);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await sys?.close();
  }, 60_000);

  it('a person writes to the staff bot → «Одобрить» in the panel → the staff bot tells them', async () => {
    const person = sys.telegram.user({ id: CASHIER_TG, firstName: 'Зоя', username: 'zoya_till' });
    let from = person.mark(TOKENS.staff);
    person.sendText(TOKENS.staff, '/start');
    await person.waitForMessage(TOKENS.staff, () => true, 15_000, from);
    from = person.mark(TOKENS.staff);
    person.sendText(TOKENS.staff, 'Алеутская, 5');
    await person.waitForMessage(TOKENS.staff, () => true, 15_000, from);

    const { context, page } = await ownerPage(sys, browser, OWNER_TG);
    await page.getByRole('menuitem', { name: 'Кассиры' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Зоя' });
    await row.getByText('Заявка').waitFor();
    await row.getByText('Алеутская, 5').waitFor();

    from = person.mark(TOKENS.staff);
    await row.getByRole('button', { name: 'Одобрить' }).click();
    await page.getByText('Зоя: доступ одобрен').waitFor();
    await row.getByText('Активен').waitFor();
    await row.getByRole('button', { name: 'Заблокировать' }).waitFor();

    const told = await person.waitForMessage(
      TOKENS.staff,
      (m) => (m.text ?? '').includes('вы подтверждены'),
      15_000,
      from,
    );
    expect(told.text).toContain('Готово, вы подтверждены');
    const [cashier] = await sql(sys, 'SELECT status FROM cashiers WHERE telegram_id = ?', [CASHIER_TG]);
    expect(cashier.status).toBe('active');
    await screenshot(page, 'admin-panel-cashiers-approved');
    await context.close();
  }, 120_000);
});
