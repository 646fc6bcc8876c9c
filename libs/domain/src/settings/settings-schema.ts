import { z } from 'zod';
import type { SettingSchemaView } from './queries/get-settings-schema.query';
import {
  FREE_BROADCAST_RATE_LIMIT,
  SETTING_DEFAULTS,
  SETTING_KEYS,
  SETTING_SCHEMAS,
} from './settings.registry';

/**
 * The registry's zod schemas as JSON Schema (input side: what PATCH /settings accepts), so the
 * panel validates each field as the API does without a second copy of the rules.
 */
export function settingsSchema(): SettingSchemaView[] {
  return SETTING_KEYS.map((key) => {
    const schema = z.toJSONSchema(SETTING_SCHEMAS[key], { io: 'input', unrepresentable: 'any' }) as Record<
      string,
      unknown
    >;
    delete schema.$schema;
    // The one cross-key rule (crossCheckSettings), stated where a form can show it.
    if (key === 'broadcast_rate')
      schema.description = `at most ${FREE_BROADCAST_RATE_LIMIT} unless paid_broadcast is on`;
    return { key, schema, default: SETTING_DEFAULTS[key] };
  });
}
