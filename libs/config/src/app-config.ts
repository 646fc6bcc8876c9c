import { createHmac } from 'node:crypto';
import type { Env } from './env.schema';

export type BotKind = 'client' | 'staff';
export interface BotIdentity {
  /** `client`, `staff`, `client-test`, `staff-test`: also the webhook path segment. */
  readonly name: string;
  readonly kind: BotKind;
  readonly isTest: boolean;
  readonly token: string;
}

export interface DatabaseConfig {
  readonly type: 'mysql' | 'mariadb';
  readonly url: string;
  readonly poolSize: number;
}

/** The only way business code reads configuration (STYLE.md: never process.env). */
export class AppConfig {
  constructor(readonly env: Env) {}

  get database(): DatabaseConfig {
    const url = this.env.DATABASE_URL;
    const type = url.startsWith('mariadb://') ? 'mariadb' : 'mysql';
    // mysql2 only understands mysql://; the scheme only tells TypeORM which dialect to speak.
    return { type, url: url.replace(/^mariadb:/, 'mysql:'), poolSize: this.env.DATABASE_POOL_SIZE };
  }

  get redisUrl(): string {
    return this.env.REDIS_URL;
  }

  /** Namespace of every Redis key and BullMQ queue, so test suites and shops can share a server. */
  get redisPrefix(): string {
    return this.env.REDIS_PREFIX;
  }

  get timeZone(): string {
    return this.env.SHOP_TIMEZONE;
  }

  get isProduction(): boolean {
    return this.env.NODE_ENV === 'production';
  }

  get jwt() {
    return {
      secret: this.env.JWT_SECRET,
      ttl: this.env.JWT_TTL,
      issuer: 'dvorik',
      audience: 'dvorik-admin',
    } as const;
  }

  /**
   * The key of the till's QR tokens. Production requires TILL_QR_SECRET (env.schema.ts); on a
   * developer machine or in tests without it, a key derived from JWT_SECRET (domain-separated, so
   * neither secret reveals the other), which every app of one checkout derives alike.
   */
  get tillQrSecret(): string {
    return (
      this.env.TILL_QR_SECRET ??
      createHmac('sha256', this.env.JWT_SECRET).update('dvorik:till-qr').digest('hex')
    );
  }

  /** The cashier's Mini App (apps/api `/tg/till`), on the host that serves the panel's login links. */
  get tillAppUrl(): string {
    return new URL('/tg/till', this.env.PUBLIC_ADMIN_URL).toString();
  }

  /**
   * Whether the bots may offer «Сканировать»: Telegram opens Mini Apps over https only and refuses
   * a message whose button names an http URL; the bundled emulator (any other API root) has no
   * such rule, so the sandbox and the tests get the button on http://localhost.
   */
  get tillAppOffered(): boolean {
    return this.tillAppUrl.startsWith('https://') || this.telegramApiRoot !== 'https://api.telegram.org';
  }

  /** Password logins of one account: more failures than `failures` within the window lock it. */
  get loginLockout() {
    const minutes = this.env.LOGIN_LOCKOUT_MINUTES * 60_000;
    return { failures: this.env.LOGIN_LOCKOUT_ATTEMPTS, windowMs: minutes, lockMs: minutes } as const;
  }

  /**
   * Who may show the Mini App in a frame: Telegram Web (web.telegram.org and its A/K variants), or,
   * when the bots talk to another Bot API (the bundled emulator), that server's origin — its
   * «Песочница» plays Telegram and opens Mini Apps the way Telegram Web does.
   */
  get miniAppFrameAncestors(): string[] {
    const telegramWeb = [
      'https://web.telegram.org',
      'https://webk.telegram.org',
      'https://webz.telegram.org',
    ];
    return this.telegramApiRoot === 'https://api.telegram.org'
      ? telegramWeb
      : [...telegramWeb, new URL(this.telegramApiRoot).origin];
  }

  get telegramApiRoot(): string {
    return this.env.TELEGRAM_API_ROOT.replace(/\/+$/, '');
  }

  /** Bots that have a token; a bot without one is simply not started. */
  get bots(): BotIdentity[] {
    const all: Array<[string, BotKind, boolean, string | undefined]> = [
      ['client', 'client', false, this.env.CLIENT_BOT_TOKEN],
      ['staff', 'staff', false, this.env.STAFF_BOT_TOKEN],
      ['client-test', 'client', true, this.env.CLIENT_TEST_BOT_TOKEN],
      ['staff-test', 'staff', true, this.env.STAFF_TEST_BOT_TOKEN],
    ];
    return all.flatMap(([name, kind, isTest, token]) => (token ? [{ name, kind, isTest, token }] : []));
  }

  bot(name: string): BotIdentity | undefined {
    return this.bots.find((b) => b.name === name);
  }
}
