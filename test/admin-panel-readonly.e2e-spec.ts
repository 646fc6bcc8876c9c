import type { Browser } from 'playwright-core';
import { ensurePanelBuilt, launchBrowser, loginByLink, newPanelPage, screenshot } from './support/browser';
import { aClient, aTemplate, issueCode, loginLinkFor } from './support/panel-kit';
import { staffTokens, type RoleTokens } from './support/staff-tokens';
import { startTestSystem, type TestSystem } from './support/test-system';

describe('journey: readonly opens a client and sees no phone and no action buttons', () => {
  let sys: TestSystem;
  let browser: Browser;
  let t: RoleTokens;

  beforeAll(async () => {
    await ensurePanelBuilt();
    sys = await startTestSystem({ label: 'panel_ro', apps: ['api'] });
    t = await staffTokens(sys.apps.api!);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await sys?.close();
  }, 60_000);

  it('the list and the detail show the client, never the phone, and no button the API would refuse', async () => {
    const anna = await aClient(sys, 7_400_001, 'Анна', { lastName: 'Смирнова' });
    await aClient(sys, 7_400_002, 'Борис');
    const patched = await sys.api(`/api/v1/clients/${anna.id}`, {
      method: 'PATCH',
      token: t.owner,
      json: { phone: '+7 914 555-12-34', tags: ['vip'] },
    });
    expect(patched.status).toBe(200);
    await issueCode(sys, t.marketing, anna.id, await aTemplate(sys));

    const { context, page } = await newPanelPage(browser);
    await loginByLink(page, sys.apiUrl, await loginLinkFor(sys, t.owner, t.readonly));
    // No owner pages in the menu.
    for (const label of ['Кассиры', 'Сотрудники', 'Настройки', 'Журнал действий', 'Очереди'])
      expect(await page.getByRole('menuitem', { name: label }).count()).toBe(0);

    await page.getByRole('menuitem', { name: 'Клиенты' }).click();
    await page.getByText('Найдено 2').waitFor();
    await page.getByRole('cell', { name: 'Анна Смирнова' }).waitFor();
    expect(await page.getByRole('columnheader', { name: 'Телефон' }).count()).toBe(0);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    for (const name of ['Экспорт CSV', 'Все по фильтру', 'Сохранить как сегмент'])
      expect(await page.getByRole('button', { name }).count()).toBe(0);

    await page.getByRole('cell', { name: 'Анна Смирнова' }).click();
    await page.getByRole('region', { name: 'Активные скидки' }).getByText('Скидка 10 %').waitFor();
    await page.getByText('vip', { exact: true }).waitFor();
    expect(await page.getByText('Телефон').count()).toBe(0);
    // The phone in any spelling (79145551234, +7 914 555-12-34, (914) 555 12 34); a bare «555»
    // may well occur in a random code or a generated class name.
    expect(await page.content()).not.toMatch(/914\D{0,3}555\D{0,3}12\D{0,3}34/);
    expect(await page.getByRole('link', { name: 'Редактировать' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Редактировать' }).count()).toBe(0);
    await screenshot(page, 'admin-panel-readonly-client');
    await context.close();
  }, 120_000);
});
