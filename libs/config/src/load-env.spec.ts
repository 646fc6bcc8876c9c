import { AppConfig } from './app-config';
import { ConfigError, loadEnv } from './load-env';

const valid = {
  DATABASE_URL: 'mariadb://dvorik:dvorik@127.0.0.1:3306/dvorik',
  REDIS_URL: 'redis://127.0.0.1:6379/0',
  JWT_SECRET: 'x'.repeat(32),
  POS_API_KEY: 'pos-key-0123456789',
};

function problems(env: Record<string, string | undefined>): string[] {
  try {
    loadEnv(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadEnv', () => {
  it('accepts the minimal environment and fills the documented defaults', () => {
    const env = loadEnv(valid);
    expect(env.API_PORT).toBe(3000);
    expect(env.BOTS_PORT).toBe(3001);
    expect(env.BOTS_MODE).toBe('polling');
    expect(env.SHOP_TIMEZONE).toBe('Asia/Vladivostok');
    expect(env.TELEGRAM_API_ROOT).toBe('https://api.telegram.org');
  });

  it.each(['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'POS_API_KEY'])(
    'names %s when it is missing',
    (name) => {
      expect(problems({ ...valid, [name]: undefined })).toContain(`${name} is missing`);
    },
  );

  it.each([
    ['DATABASE_URL', 'postgres://x@y/z'],
    ['REDIS_URL', 'localhost:6379'],
    ['API_PORT', '70000'],
    ['JWT_SECRET', 'short'],
    ['CLIENT_BOT_TOKEN', 'not-a-token'],
    ['BOTS_MODE', 'push'],
    ['SHOP_TIMEZONE', 'Mars/Olympus'],
    ['FIRST_OWNER_TELEGRAM_ID', '-5'],
    ['TELEGRAM_API_ROOT', 'ftp://x'],
  ])('names %s when it is malformed', (name, value) => {
    const found = problems({ ...valid, [name]: value });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${name} `));
  });

  it('requires TILL_QR_SECRET in production, in one line, and derives a stable key elsewhere', () => {
    expect(problems({ ...valid, NODE_ENV: 'production' })).toEqual([
      'TILL_QR_SECRET is required in production',
    ]);
    expect(problems({ ...valid, NODE_ENV: 'production', TILL_QR_SECRET: 'short' })).toEqual([
      'TILL_QR_SECRET must be at least 32 characters',
    ]);
    const derived = new AppConfig(loadEnv(valid)).tillQrSecret;
    expect(derived).toBe(new AppConfig(loadEnv(valid)).tillQrSecret);
    expect(derived).not.toContain(valid.JWT_SECRET);
    const set = 'q'.repeat(32);
    expect(
      new AppConfig(loadEnv({ ...valid, NODE_ENV: 'production', TILL_QR_SECRET: set })).tillQrSecret,
    ).toBe(set);
  });

  it('requires the webhook base URL and secret in webhook mode', () => {
    expect(problems({ ...valid, BOTS_MODE: 'webhook' })).toEqual([
      'WEBHOOK_BASE_URL is required when BOTS_MODE=webhook',
      'WEBHOOK_SECRET is required when BOTS_MODE=webhook',
    ]);
  });

  it('treats empty optional tokens as absent, so the bot is not started', () => {
    const config = new AppConfig(
      loadEnv({ ...valid, CLIENT_BOT_TOKEN: '', STAFF_BOT_TOKEN: '123:abcdefghijklmn' }),
    );
    expect(config.bots.map((b) => b.name)).toEqual(['staff']);
  });

  it('chooses the SQL dialect from the URL scheme', () => {
    expect(new AppConfig(loadEnv(valid)).database).toMatchObject({
      type: 'mariadb',
      url: valid.DATABASE_URL.replace('mariadb', 'mysql'),
    });
    expect(new AppConfig(loadEnv({ ...valid, DATABASE_URL: 'mysql://u:p@h:3306/d' })).database.type).toBe(
      'mysql',
    );
  });
});
