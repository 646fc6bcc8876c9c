import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loginByLink, newPanelPage } from './browser';
import { type TestSystem, TOKENS } from './test-system';

/** The owner's one-time link, as a person gets it: /login to the staff bot. */
export async function loginLinkFromStaffBot(sys: TestSystem, telegramId: number): Promise<string> {
  const owner = sys.telegram.user({ id: telegramId, firstName: 'Анна', username: 'anna_owner' });
  const from = owner.mark(TOKENS.staff);
  owner.sendText(TOKENS.staff, '/login');
  const reply = await owner.waitForMessage(
    TOKENS.staff,
    (m) => (m.text ?? '').includes('Вход в панель'),
    15_000,
    from,
  );
  const link =
    (reply.entities ?? []).find((e) => e.type === 'text_link')?.url ??
    /https?:\/\/\S+/.exec(reply.text ?? '')?.[0];
  if (!link) throw new Error(`no login link in ${JSON.stringify(reply)}`);
  return link;
}

/** A browser page logged in as that owner, on the dashboard. */
export async function ownerPage(
  sys: TestSystem,
  browser: Browser,
  telegramId: number,
): Promise<{ context: BrowserContext; page: Page }> {
  const session = await newPanelPage(browser);
  await loginByLink(session.page, sys.apiUrl, await loginLinkFromStaffBot(sys, telegramId));
  return session;
}
