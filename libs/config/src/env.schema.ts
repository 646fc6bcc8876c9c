import { IANAZone } from 'luxon';
import { z } from 'zod';
import { parseNetworkList } from './network-list';

const botToken = z
  .string()
  .regex(/^\d+:[A-Za-z0-9_-]{10,}$/, 'must look like a Telegram bot token (<digits>:<secret>)');
const optionalBotToken = z.preprocess((v) => (v === '' ? undefined : v), botToken.optional());
const port = z.coerce.number().int().min(1).max(65535);
const dbUrl = z
  .string()
  .regex(
    /^(mysql|mariadb):\/\/[^/]+\/[A-Za-z0-9_]+(\?.*)?$/,
    'must be mysql://user:password@host:port/database (or mariadb://)',
  );
const redisUrl = z.string().regex(/^rediss?:\/\/.+/, 'must be redis://host:port/db');
const httpUrl = z
  .string()
  .url()
  .regex(/^https?:\/\//, 'must be an http(s) URL');
const networkList = z.string().superRefine((list, ctx) => {
  try {
    parseNetworkList(list);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
  }
});
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

/**
 * Every environment variable the apps read. Names in the first block are fixed by DESIGN.md §3
 * (deploy scripts rely on them); the rest are Dvorik's own additions, all with working defaults.
 */
export const envSchema = z
  .object({
    DATABASE_URL: dbUrl,
    REDIS_URL: redisUrl,
    API_PORT: port.default(3000),
    BOTS_PORT: port.default(3001),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
    POS_API_KEY: z.string().min(16, 'must be at least 16 characters'),
    // Signs the 2-minute QR tokens of «Показать на кассе»; required in production (superRefine below).
    TILL_QR_SECRET: optional(z.string().min(32, 'must be at least 32 characters')),
    CLIENT_BOT_TOKEN: optionalBotToken,
    STAFF_BOT_TOKEN: optionalBotToken,
    CLIENT_TEST_BOT_TOKEN: optionalBotToken,
    STAFF_TEST_BOT_TOKEN: optionalBotToken,
    TELEGRAM_API_ROOT: httpUrl.default('https://api.telegram.org'),
    BOTS_MODE: z.enum(['polling', 'webhook']).default('polling'),
    WEBHOOK_BASE_URL: optional(httpUrl),
    WEBHOOK_SECRET: optional(
      z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16–256 of A-Z a-z 0-9 _ -'),
    ),
    FIRST_OWNER_TELEGRAM_ID: optional(z.coerce.number().int().positive()),
    SHOP_TIMEZONE: z
      .string()
      .default('Asia/Vladivostok')
      .refine((tz) => IANAZone.isValidZone(tz), 'must be an IANA time zone such as Asia/Vladivostok'),

    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    REDIS_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9_:.-]{1,64}$/)
      .default('dvorik'),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(20),
    JWT_TTL: z
      .string()
      .regex(/^\d+[smhd]$/, 'must be like 12h, 30m, 7d')
      .default('12h'),
    PUBLIC_ADMIN_URL: httpUrl.default('http://localhost:3000/admin'),
    /** The built admin panel apps/api serves at /admin; default <repo>/dist/admin. */
    ADMIN_DIST_DIR: z.string().min(1).optional(),
    HTTP_BODY_LIMIT: z
      .string()
      .regex(/^\d+(kb|mb)$/)
      .default('1mb'),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(10),
    // The worker's own Prometheus endpoint (sends, jobs); 0 turns it off.
    // backup:create writes here and keeps the newest BACKUP_KEEP dumps.
    BACKUP_DIR: z.string().min(1).default('./backups'),
    BACKUP_KEEP: z.coerce.number().int().min(1).max(365).default(14),
    WORKER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(3002),
    OUTBOX_POLL_MS: z.coerce.number().int().min(20).max(60000).default(200),
    TELEGRAM_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
    // Reliability (README «Reliability»): retries, deadlines and leases, shortened by the tests.
    BOT_UPDATE_RETRIES: z.coerce.number().int().min(0).max(20).default(3),
    BOT_UPDATE_RETRY_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
    EVENT_RETRY_BASE_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
    EVENT_RETRY_MAX_MS: z.coerce
      .number()
      .int()
      .min(10)
      .max(3_600_000)
      .default(5 * 60_000),
    EVENT_ALERT_AFTER_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(8),
    OUTBOX_LEASE_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
    REDIS_CALL_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(5000),
    READY_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(2000),
    SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(120_000).default(5000),
    BROADCAST_CLAIM_LEASE_MS: z.coerce.number().int().min(1000).max(3_600_000).default(30_000),
    // Bench only: paid-mode broadcasts at this rate instead of broadcast_rate, past Telegram's 1000/s.
    BROADCAST_PAID_RATE: optional(z.coerce.number().int().min(31).max(1_000_000)),
    TRUSTED_PROXIES: networkList.default('loopback'),
    METRICS_ALLOWED_NETWORKS: networkList.default('loopback'),
    METRICS_TOKEN: optional(z.string().min(16, 'must be at least 16 characters')),
    // Scheduled jobs (names as in libs/messaging queue-names) whose wall-clock trigger this worker
    // does not start; the worker refuses an unknown name. The test systems turn off the evening's.
    SCHEDULES_OFF: z
      .string()
      .regex(/^([a-z.-]+(,[a-z.-]+)*)?$/, 'must be job names separated by commas, e.g. evening.digest')
      .default(''),
    LOGIN_LOCKOUT_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(5),
    LOGIN_LOCKOUT_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.TILL_QR_SECRET)
      ctx.addIssue({ code: 'custom', path: ['TILL_QR_SECRET'], message: 'is required in production' });
    if (env.BOTS_MODE === 'webhook') {
      for (const key of ['WEBHOOK_BASE_URL', 'WEBHOOK_SECRET'] as const) {
        if (!env[key])
          ctx.addIssue({ code: 'custom', path: [key], message: 'is required when BOTS_MODE=webhook' });
      }
    }
  });

export type Env = z.infer<typeof envSchema>;
