import { Query } from '@nestjs/cqrs';
import type { SettingKey } from '../settings.registry';

/** One setting as a form needs it: its JSON Schema (what the API accepts) and its default. */
export interface SettingSchemaView {
  key: SettingKey;
  /** JSON Schema (draft 2020-12) of the accepted input, generated from the same zod schema. */
  schema: Record<string, unknown>;
  default: unknown;
}

/** Every setting's schema, in the registry's order, so a panel builds one typed field per key. */
export class GetSettingsSchemaQuery extends Query<{ items: SettingSchemaView[] }> {}
