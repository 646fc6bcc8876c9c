import { CreateStaffCommand, StaffRole } from '@dvorik/domain';
import type { Browser, Page } from 'playwright-core';
import { ensurePanelBuilt, launchBrowser, loginByLink, newPanelPage, screenshot } from './support/browser';
import { ownerPage } from './support/owner-session';
import { commandsOf, setUpShop, sql } from './support/shop-setup';
import { startTestSystem, type TestSystem, TOKENS } from './support/test-system';

const OWNER_TG = 920_005;
const CLIENT_TG = 920_501;

/** Every page of this set, as the menu names it, with a text it shows when it works. */
const PAGES: Array<[string, string]> = [
  ['Скидки', 'Код'],
  ['Шаблоны скидок', 'Повтор'],
  ['Погашения', 'Результат'],
  ['Кампании', 'Результатов не найдено'],
  ['Кассиры', 'Статус'],
  ['Заказы', 'Статус'],
  ['Тексты бота', 'welcome'],
  ['Сотрудники', 'Уведомления'],
  ['Настройки', 'Префикс кодов'],
  ['Журнал действий', 'Было → стало'],
];

async function open(page: Page, label: string, shows: string) {
  await page.getByRole('menuitem', { name: label }).click();
  await page.getByText(shows, { exact: true }).first().waitFor();
  // react-admin's error page (a bot text may say «Что-то пошло не так» too, so the heading).
  if (await page.getByRole('heading', { name: 'Что-то пошло не так' }).count())
    throw new Error(`«${label}» crashed`);
  // None of these lists is sorted by the API, so no column header offers an arrow.
  expect(await page.locator('.MuiTableSortLabel-root').count()).toBe(0);
}

describe('journeys: discounts, templates and staff pages by the owner; readonly sees no action', () => {
  let sys: TestSystem;
  let browser: Browser;
  let ownerToken: string;

  beforeAll(async () => {
    await ensurePanelBuilt();
    sys = await startTestSystem({ label: 'panel_pages', env: { FIRST_OWNER_TELEGRAM_ID: String(OWNER_TG) } });
    await setUpShop(sys);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await sys?.close();
  }, 60_000);

  it('the owner creates a template (rules at the fields), issues it to a client, revokes it; every page opens', async () => {
    const client = sys.telegram.user({ id: CLIENT_TG, firstName: 'Вера', lastName: 'Ким' });
    const from = client.mark(TOKENS.client);
    client.sendText(TOKENS.client, '/start');
    await client.waitForMessage(TOKENS.client, () => true, 15_000, from);

    const { context, page } = await ownerPage(sys, browser, OWNER_TG);
    ownerToken = String(await page.evaluate("localStorage.getItem('dvorik.token')"));
    for (const [label, shows] of PAGES) await open(page, label, shows);

    await page.getByRole('menuitem', { name: 'Шаблоны скидок' }).click();
    await page.getByRole('link', { name: 'Создать' }).click();
    await page.waitForURL(/discount-templates\/create$/);
    await page.getByRole('textbox', { name: 'Название' }).fill('Компенсация');
    await page.getByLabel('Размер, %').fill('101');
    await page.getByLabel('Напоминания, дни после выдачи').fill('7, 40');
    await page.getByLabel('Срок действия, дней').fill('30');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Процент от 1 до 100').waitFor();
    await page.getByText('Напоминание позже окончания срока действия ни о чём не напомнит').waitFor();
    await page.getByLabel('Рубли').check();
    await page.getByLabel('Размер, ₽').fill('150');
    await page.getByLabel('Напоминания, дни после выдачи').fill('7');
    await page.getByLabel('Повторная выдача').click();
    await page.getByRole('option', { name: 'Без ограничений' }).click();
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByRole('row').filter({ hasText: 'Компенсация' }).getByText('150 ₽').waitFor();
    const [template] = await sql(
      sys,
      "SELECT value_type, value, recurrence, reminder_days FROM discount_templates WHERE name = 'Компенсация'",
    );
    expect(template).toMatchObject({ value_type: 'fixed', value: '150.00' });

    await page.getByRole('menuitem', { name: 'Скидки' }).click();
    await page.getByRole('link', { name: 'Выдать скидку' }).click();
    await page.waitForURL(/discounts\/create$/);
    await page.getByLabel('Клиент').fill('Вера');
    await page.getByRole('option', { name: /Вера Ким/ }).click();
    await page.getByLabel('Шаблон').click();
    await page.getByRole('option', { name: 'Компенсация' }).click();
    await page.getByLabel('Причина').fill('Долго ждала на кассе');
    await page.getByRole('button', { name: 'Выдать' }).click();
    await page.getByText(/^Выдан код /).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Вера Ким' });
    await row.getByText('Активна').waitFor();
    await row.getByRole('button', { name: 'Отозвать' }).click();
    await page.getByRole('button', { name: 'Подтвердить' }).click();
    await row.getByText('Отозвана').waitFor();
    const [discount] = await sql(
      sys,
      "SELECT status FROM discounts WHERE issue_reason = 'Долго ждала на кассе'",
    );
    expect(discount.status).toBe('revoked');
    await screenshot(page, 'admin-panel-discounts');
    await context.close();
  }, 150_000);

  it('readonly opens the same pages and finds no button the API would refuse', async () => {
    const staff = await commandsOf(sys).execute(
      new CreateStaffCommand(
        { type: 'system' },
        { telegramId: 920_599, name: 'Лида', role: StaffRole.Readonly },
      ),
    );
    const issued = await sys.api(`/api/v1/staff/${staff.id}/login-link`, {
      method: 'POST',
      token: ownerToken,
    });
    expect(issued.status).toBe(200);
    const { context, page } = await newPanelPage(browser);
    await loginByLink(page, sys.apiUrl, issued.body.url as string);
    for (const label of ['Кассиры', 'Сотрудники', 'Настройки', 'Журнал действий'])
      expect(await page.getByRole('menuitem', { name: label }).count()).toBe(0);

    await open(page, 'Скидки', 'Код');
    await page.getByText('Компенсация').first().waitFor();
    expect(await page.getByRole('link', { name: 'Выдать скидку' }).count()).toBe(0);
    await open(page, 'Шаблоны скидок', 'Повтор');
    expect(await page.getByRole('link', { name: 'Создать' }).count()).toBe(0);
    await open(page, 'Погашения', 'Результат');
    await open(page, 'Кампании', 'Результатов не найдено');
    expect(await page.getByRole('link', { name: 'Создать' }).count()).toBe(0);
    await open(page, 'Заказы', 'Статус');
    await open(page, 'Тексты бота', 'welcome');
    await page.getByRole('row').filter({ hasText: 'Приветствие после /start' }).click();
    await page.getByTestId('telegram-preview').first().waitFor();
    expect(await page.getByRole('button', { name: 'Сохранить' }).count()).toBe(0);
    await screenshot(page, 'admin-panel-readonly-texts');
    await context.close();
  }, 120_000);
});
