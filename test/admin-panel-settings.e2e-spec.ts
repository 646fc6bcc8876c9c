import { eventually } from '@dvorik/testing';
import type { Browser } from 'playwright-core';
import { ensurePanelBuilt, launchBrowser, screenshot } from './support/browser';
import { ownerPage } from './support/owner-session';
import { sql } from './support/shop-setup';
import { startTestSystem, type TestSystem } from './support/test-system';

const OWNER_TG = 920_004;

describe('journey: the owner changes a setting in «Настройки» and finds it in «Журнал действий»', () => {
  let sys: TestSystem;
  let browser: Browser;

  beforeAll(async () => {
    await ensurePanelBuilt();
    sys = await startTestSystem({
      label: 'panel_settings',
      env: { FIRST_OWNER_TELEGRAM_ID: String(OWNER_TG) },
    });
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await sys?.close();
  }, 60_000);

  it('a value the API would refuse is refused at the field; a good one is saved and audited 9 → 10', async () => {
    const { context, page } = await ownerPage(sys, browser, OWNER_TG);
    await page.getByRole('menuitem', { name: 'Настройки' }).click();
    const hour = page.getByLabel('Час поздравлений с днём рождения');
    await expect(hour.inputValue()).resolves.toBe('9');

    await hour.fill('24');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Не больше 23').waitFor();
    expect(await sql(sys, "SELECT * FROM settings WHERE `key` = 'birthday_hour'")).toHaveLength(0);

    await hour.fill('10');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Настройки сохранены').waitFor();
    const token = String(await page.evaluate("localStorage.getItem('dvorik.token')"));
    const settings = await sys.api('/api/v1/settings', { token });
    expect(settings.body.birthday_hour).toBe(10);
    // The form was built from this: each setting's JSON Schema, as PATCH validates it.
    const schema = await sys.api('/api/v1/settings/schema', { token });
    expect(schema.status).toBe(200);
    expect(schema.body.items.find((s: { key: string }) => s.key === 'birthday_hour')).toEqual({
      key: 'birthday_hour',
      schema: { type: 'integer', minimum: 0, maximum: 23 },
      default: 9,
    });

    // The worker writes the audit row from the outbox; the owner looks once it is there.
    await eventually(
      async () => (await sql(sys, "SELECT id FROM audit_logs WHERE action = 'settings.updated'")).length,
      (n) => n > 0,
      { timeoutMs: 15_000 },
    );
    await page.getByRole('menuitem', { name: 'Журнал действий' }).click();
    await page.getByLabel('Действие').fill('settings.*');
    await page.getByText('staff.logged_in').waitFor({ state: 'detached' }); // the filter applied
    const row = page.getByRole('row').filter({ hasText: 'settings.updated' });
    await row.getByText('birthday_hour').waitFor();
    await expect(row.innerText()).resolves.toContain('birthday_hour: 9 → 10');
    await expect(row.innerText()).resolves.toContain('Владелец'); // the first owner's name
    await screenshot(page, 'admin-panel-settings-audit');
    await context.close();
  }, 120_000);
});
