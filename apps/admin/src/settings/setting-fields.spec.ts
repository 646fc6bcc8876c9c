import { parseSetting, type SettingKey } from '../../../../libs/domain/src/settings/settings.registry';
import { settingsSchema } from '../../../../libs/domain/src/settings/settings-schema';
import { settingChanges, settingField, settingProblem, toApiValue } from './setting-fields';

// The real schema the API serves, so the panel's fields follow the API's rules as they change.
const schemas = settingsSchema();
const fields = schemas.map(settingField);
const field = (key: string) => fields.find((f) => f.key === key)!;

describe('settings schema → form fields', () => {
  it('gives every setting a typed field', () => {
    expect(Object.fromEntries(fields.map((f) => [f.key, f.kind]))).toEqual({
      telegram_channel_id: 'text',
      channel_link: 'text',
      subscription_template_id: 'template',
      birthday_template_id: 'template',
      birthday_hour: 'integer',
      broadcast_rate: 'integer',
      paid_broadcast: 'boolean',
      auto_broadcast_from_admins: 'boolean',
      code_prefix: 'text',
      sources: 'list',
      cashier_lock_failures: 'integer',
      cashier_lock_window_seconds: 'integer',
      cashier_lock_minutes: 'integer',
      log_retention_days: 'integer',
      redemption_log_retention_days: 'integer',
      broadcast_recipients_retention_days: 'integer',
      consumed_events_retention_days: 'integer',
      idempotency_keys_retention_days: 'integer',
      broadcast_error_alert_percent: 'integer',
      digest_hour: 'integer',
      require_subscription_at_redeem: 'boolean',
    });
    expect(field('birthday_hour')).toMatchObject({ min: 0, max: 23, nullable: false });
    expect(field('subscription_template_id')).toMatchObject({ nullable: true });
  });

  // Each form value: the panel's verdict must be the API's verdict on the value it would send.
  it.each([
    ['birthday_hour', '10'],
    ['birthday_hour', '24'],
    ['birthday_hour', '-1'],
    ['birthday_hour', '9.5'],
    ['birthday_hour', ''],
    ['log_retention_days', '29'],
    ['log_retention_days', '3650'],
    ['cashier_lock_window_seconds', '5'],
    ['code_prefix', 'МД-'],
    ['code_prefix', 'МД <b>'],
    ['code_prefix', 'ОЧЕНЬДЛИННЫЙ'],
    ['code_prefix', ''],
    ['channel_link', 'https://t.me/marmelad'],
    ['channel_link', 'http://t.me/marmelad'],
    ['channel_link', ''],
    ['telegram_channel_id', '-1001234567890'],
    ['telegram_channel_id', '@marmelad_shop'],
    ['telegram_channel_id', '12345'],
    ['telegram_channel_id', ''],
    ['sources', ['offline', 'vk_post']],
    ['sources', ['Offline']],
    ['paid_broadcast', true],
    ['subscription_template_id', ''],
    ['subscription_template_id', 3],
  ] as Array<[SettingKey, unknown]>)('%s = %j: the panel agrees with the API', (key, value) => {
    const f = field(key);
    const panelOk = settingProblem(f, value) === undefined;
    const apiOk = parseSetting(key, toApiValue(f, value)).ok;
    expect(panelOk).toBe(apiOk);
  });

  it('speaks Russian', () => {
    expect(settingProblem(field('birthday_hour'), '24')).toBe('Не больше 23');
    expect(settingProblem(field('birthday_hour'), 'x')).toBe('Введите целое число');
    expect(settingProblem(field('sources'), ['Bad'])).toBe('Неверное значение «Bad»');
  });

  it('sends only what changed, as the API types it', () => {
    const loaded = Object.fromEntries(schemas.map((s) => [s.key, s.default]));
    const values = { ...loaded, birthday_hour: '10', channel_link: '', code_prefix: 'МД-' };
    expect(settingChanges(fields, values, loaded)).toEqual({ birthday_hour: 10, code_prefix: 'МД-' });
  });
});
