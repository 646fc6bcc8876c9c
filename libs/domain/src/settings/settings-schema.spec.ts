import { settingsSchema } from './settings-schema';
import { SETTING_DEFAULTS, SETTING_KEYS } from './settings.registry';

describe('settingsSchema', () => {
  const byKey = Object.fromEntries(settingsSchema().map((s) => [s.key, s]));

  it('lists every setting once, in the registry order, with its default', () => {
    expect(settingsSchema().map((s) => s.key)).toEqual(SETTING_KEYS);
    for (const key of SETTING_KEYS) expect(byKey[key].default).toEqual(SETTING_DEFAULTS[key]);
  });

  it('states the same limits the PATCH validation applies', () => {
    expect(byKey.birthday_hour.schema).toMatchObject({ type: 'integer', minimum: 0, maximum: 23 });
    expect(byKey.broadcast_rate.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 1000 });
    expect(byKey.broadcast_rate.schema.description).toMatch(/30/);
    expect(byKey.paid_broadcast.schema).toEqual({ type: 'boolean' });
    expect(byKey.code_prefix.schema).toMatchObject({ type: 'string', maxLength: 8 });
    expect(byKey.sources.schema).toMatchObject({ type: 'array', maxItems: 50, items: { type: 'string' } });
    expect(JSON.stringify(byKey.subscription_template_id.schema)).toContain('"type":"null"');
    expect(JSON.stringify(byKey.telegram_channel_id.schema)).toContain('-100');
  });
});
