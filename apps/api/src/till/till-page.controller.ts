import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Controller, Get, Header, Res } from '@nestjs/common';
import { AppConfig } from '@dvorik/config';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators';
import { TILL_PAGE_CSS } from './page/till-page.css';
import { TILL_PAGE_HTML } from './page/till-page.html';
import { TILL_PAGE_JS } from './page/till-page.js';

/** Telegram's Mini App script as @twa-dev/sdk pins it (package-lock), read once. */
function telegramWebAppScript(): string {
  return readFileSync(
    join(dirname(require.resolve('@twa-dev/sdk')), '..', 'src', 'telegram-web-apps.js'),
    'utf8',
  );
}

/**
 * The API's CSP for these four files, with one change: Telegram Web shows Mini Apps in an iframe,
 * which `frame-ancestors 'none'` would forbid (AppConfig.miniAppFrameAncestors says who may).
 */
const tillCsp = (frameAncestors: string[]): string =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');

/**
 * The cashier's Mini App at `/tg/till` (outside /api/v1): the page, its script and style, and
 * Telegram's SDK, served by plain Nest handlers (no adapter-specific response), with the data
 * behind it at /api/v1/till (till.controller.ts). Authentication is on the API, not the page.
 */
@ApiExcludeController()
@Public()
@Controller('tg/till')
export class TillPageController {
  private readonly sdk = telegramWebAppScript();
  private readonly csp: string;

  constructor(config: AppConfig) {
    this.csp = tillCsp(config.miniAppFrameAncestors);
  }

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  // `header()` is both Express's response and Fastify's reply: no adapter-specific code here.
  page(@Res({ passthrough: true }) response: { header(name: string, value: string): unknown }): string {
    response.header('Content-Security-Policy', this.csp);
    return TILL_PAGE_HTML;
  }

  @Get('till.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  script(): string {
    return TILL_PAGE_JS;
  }

  @Get('till.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  style(): string {
    return TILL_PAGE_CSS;
  }

  @Get('telegram-web-app.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=86400')
  telegramSdk(): string {
    return this.sdk;
  }
}
