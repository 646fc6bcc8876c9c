import { z } from 'zod';

// A channel is named by its numeric id (-100…) or its public @username (Bot API accepts both).
const channelId = z.union([
  z
    .string()
    .trim()
    .regex(/^(-100\d{5,15}|@[A-Za-z][A-Za-z0-9_]{4,31})$/, 'must be -100… or @channel'),
  z.number().int().negative().transform(String),
]);
const templateId = z.number().int().positive().nullable();

/**
 * Every setting of DESIGN §2 with its schema and default. Only keys an owner changed are
 * stored; a missing row means the default, so a new key needs no migration.
 */
export const SETTING_SCHEMAS = {
  telegram_channel_id: channelId.nullable(),
  channel_link: z
    .string()
    .trim()
    .max(256)
    .regex(/^https:\/\/\S+$/, 'must be an https:// link')
    .nullable(),
  subscription_template_id: templateId,
  birthday_template_id: templateId,
  birthday_hour: z.number().int().min(0).max(23),
  // Telegram allows ~30 msg/s for free; paid broadcasts lift it (checked across keys below).
  broadcast_rate: z.number().int().min(1).max(1000),
  paid_broadcast: z.boolean(),
  auto_broadcast_from_admins: z.boolean(),
  code_prefix: z
    .string()
    .max(8)
    .regex(/^[^\s<>&"]*$/, 'no spaces or HTML characters'),
  sources: z.array(z.string().regex(/^[a-z0-9_-]{1,64}$/, 'lowercase a-z, 0-9, _ and -')).max(50),
  cashier_lock_failures: z.number().int().min(1).max(1000),
  cashier_lock_window_seconds: z.number().int().min(10).max(3600),
  cashier_lock_minutes: z.number().int().min(1).max(1440),
  log_retention_days: z.number().int().min(30).max(3650),
  // Retention per log (the daily purge); audit_logs keeps log_retention_days above.
  redemption_log_retention_days: z.number().int().min(30).max(3650),
  broadcast_recipients_retention_days: z.number().int().min(7).max(3650),
  consumed_events_retention_days: z.number().int().min(1).max(365),
  idempotency_keys_retention_days: z.number().int().min(1).max(365),
  // The `errors` group hears about a finished broadcast whose send errors (not blocks) exceed this share.
  broadcast_error_alert_percent: z.number().min(0).max(100),
  // The owner's evening: the hour (shop time) the `digest` group gets the day's figures.
  digest_hour: z.number().int().min(0).max(23),
  // «At the till in one scan»: a subscription code is redeemed only while its client is in the channel.
  require_subscription_at_redeem: z.boolean(),
} as const;

export type SettingKey = keyof typeof SETTING_SCHEMAS;
export type Settings = { [K in SettingKey]: z.output<(typeof SETTING_SCHEMAS)[K]> };

export const SETTING_DEFAULTS: Readonly<Settings> = {
  telegram_channel_id: null,
  channel_link: null,
  subscription_template_id: null,
  birthday_template_id: null,
  birthday_hour: 9,
  broadcast_rate: 25,
  paid_broadcast: false,
  auto_broadcast_from_admins: false,
  code_prefix: '',
  sources: ['offline', 'tgchannel', 'instagram'],
  cashier_lock_failures: 10,
  cashier_lock_window_seconds: 60,
  cashier_lock_minutes: 15,
  log_retention_days: 365,
  redemption_log_retention_days: 365,
  // Counted from the end of the broadcast; its totals stay on the broadcast row.
  broadcast_recipients_retention_days: 180,
  // Far beyond any redelivery of an event (BullMQ keeps finished jobs for days, not weeks).
  consumed_events_retention_days: 30,
  // A till retries within minutes; a week is generous.
  idempotency_keys_retention_days: 7,
  broadcast_error_alert_percent: 5,
  digest_hour: 21,
  require_subscription_at_redeem: true,
};

export const SETTING_KEYS = Object.keys(SETTING_SCHEMAS) as SettingKey[];
export const FREE_BROADCAST_RATE_LIMIT = 30;

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTING_SCHEMAS, key);
}

/** Problems per key with one value; empty when valid. */
export function parseSetting<K extends SettingKey>(
  key: K,
  value: unknown,
): { ok: true; value: Settings[K] } | { ok: false; errors: string[] } {
  const parsed = SETTING_SCHEMAS[key].safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data as Settings[K] };
  return { ok: false, errors: parsed.error.issues.map((issue) => issue.message) };
}

/** Rules that span keys, checked on the merged result of a change. */
export function crossCheckSettings(settings: Settings): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  if (!settings.paid_broadcast && settings.broadcast_rate > FREE_BROADCAST_RATE_LIMIT) {
    fields.broadcast_rate = [`must be at most ${FREE_BROADCAST_RATE_LIMIT} unless paid_broadcast is on`];
  }
  return fields;
}
