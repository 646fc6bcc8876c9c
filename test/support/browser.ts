import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Real Chromium for the panel's journeys (STYLE «The panel»): Debian's /usr/bin/chromium
 * driven by playwright-core with the fixed flags, a fresh profile per launch.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const ROOT = resolve(__dirname, '../..');
const PANEL_DIST = join(ROOT, 'dist', 'admin');
const PANEL_SOURCES = [join(ROOT, 'apps', 'admin')];
const SCREENSHOTS = join(ROOT, 'test', 'screenshots');
const README_SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

/** playwright-core's launch makes a fresh temporary user-data-dir and removes it on close. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** A fresh context (own localStorage) per person, Russian, a laptop-sized window. */
export async function newPanelPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: 'ru-RU',
    timezoneId: 'Asia/Vladivostok',
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  // The page's own errors in the test output: a failed journey says why.
  page.on('pageerror', (error) => console.error(`[browser] ${error.stack ?? error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`[browser console] ${message.text()}`);
  });
  return { context, page };
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/**
 * The journeys need dist/admin. `npm run build` (and .ci/run, which builds before testing) makes
 * it; a spec run alone after editing the panel gets a fresh `vite build` here (≈ 5 s), once,
 * behind a lock so two jest workers don't write dist/admin at the same time.
 */
export async function ensurePanelBuilt(): Promise<void> {
  const index = join(PANEL_DIST, 'index.html');
  const fresh = () =>
    existsSync(index) && statSync(index).mtimeMs >= Math.max(...PANEL_SOURCES.map(newestMtime));
  if (fresh()) return;
  const lock = join(ROOT, 'dist', '.admin-build.lock');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`panel build lock ${lock} held for 2 minutes`);
      await new Promise((r) => setTimeout(r, 250)); // waiting for the other worker's build
    }
  }
  try {
    if (!fresh()) {
      execFileSync('npx', ['vite', 'build', '--config', 'apps/admin/vite.config.mts', '--logLevel', 'warn'], {
        cwd: ROOT,
        stdio: 'inherit',
      });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Saves test/screenshots/<name>.png (git-ignored, a CI artifact); with UPDATE_SCREENSHOTS=1 a
 * `readme` name also refreshes docs/screenshots/<readme>.png, which the README shows.
 */
export async function screenshot(page: Page, name: string, readme?: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  if (readme && process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(README_SCREENSHOTS, { recursive: true });
    copyFileSync(file, join(README_SCREENSHOTS, `${readme}.png`));
  }
  return file;
}

/** The staff bot's link points at PUBLIC_ADMIN_URL; the test's API listens elsewhere. */
export function panelUrl(apiUrl: string, link: string): string {
  const url = new URL(link);
  return `${apiUrl}${url.pathname}${url.search}`;
}

/** Logs in through the page with a one-time link and waits for the dashboard. */
export async function loginByLink(page: Page, apiUrl: string, link: string): Promise<void> {
  await page.goto(panelUrl(apiUrl, link));
  await page.getByRole('menuitem', { name: 'Дашборд' }).waitFor();
}

/** Logs in through the form («Telegram ID», «Пароль», «Войти») and waits for the dashboard. */
export async function loginByPassword(
  page: Page,
  apiUrl: string,
  telegramId: number,
  password: string,
): Promise<void> {
  await page.goto(`${apiUrl}/admin/login`);
  await page.getByLabel('Telegram ID').fill(String(telegramId));
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByRole('menuitem', { name: 'Дашборд' }).waitFor();
}
