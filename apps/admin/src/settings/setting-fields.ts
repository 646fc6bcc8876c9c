/**
 * GET /settings/schema (each setting's JSON Schema, generated from the API's own zod rules) →
 * one typed form field per setting, its Russian validation, and the value PATCH expects.
 */
export interface JsonSchema {
  type?: string;
  anyOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  maxLength?: number;
  pattern?: string;
  maxItems?: number;
  items?: JsonSchema;
  description?: string;
}

export interface SettingSchema {
  key: string;
  schema: JsonSchema;
  default: unknown;
}

export type SettingField =
  | { key: string; kind: 'boolean' }
  | { key: string; kind: 'integer'; nullable: boolean; min?: number; max?: number; note?: string }
  | { key: string; kind: 'template'; nullable: boolean }
  | { key: string; kind: 'text'; nullable: boolean; maxLength?: number; pattern?: string }
  | { key: string; kind: 'list'; maxItems?: number; itemPattern?: string };

/** Every non-null alternative of a (possibly nested) anyOf, and whether null is allowed. */
function alternatives(schema: JsonSchema): { variants: JsonSchema[]; nullable: boolean } {
  if (!schema.anyOf)
    return { variants: schema.type === 'null' ? [] : [schema], nullable: schema.type === 'null' };
  const all = schema.anyOf.map(alternatives);
  return { variants: all.flatMap((a) => a.variants), nullable: all.some((a) => a.nullable) };
}

const SAFE = 2 ** 53;
const bound = (value: number | undefined) =>
  value === undefined || Math.abs(value) >= SAFE - 1 ? undefined : value;

export function settingField({ key, schema }: SettingSchema): SettingField {
  const { variants, nullable } = alternatives(schema);
  const string = variants.find((v) => v.type === 'string');
  const integer = variants.find((v) => v.type === 'integer' || v.type === 'number');
  if (variants.some((v) => v.type === 'boolean')) return { key, kind: 'boolean' };
  if (variants.some((v) => v.type === 'array')) {
    const array = variants.find((v) => v.type === 'array')!;
    return { key, kind: 'list', maxItems: array.maxItems, itemPattern: array.items?.pattern };
  }
  // A string alternative wins (a channel is "-100…" or "@name"); the input is text.
  if (string) return { key, kind: 'text', nullable, maxLength: string.maxLength, pattern: string.pattern };
  if (integer && key.endsWith('_template_id')) return { key, kind: 'template', nullable };
  if (integer) {
    const min =
      bound(integer.minimum) ??
      (integer.exclusiveMinimum !== undefined ? integer.exclusiveMinimum + 1 : undefined);
    const max =
      bound(integer.maximum) ??
      (integer.exclusiveMaximum !== undefined ? integer.exclusiveMaximum - 1 : undefined);
    return { key, kind: 'integer', nullable, min, max, note: schema.description };
  }
  return { key, kind: 'text', nullable };
}

const blank = (value: unknown) => value === null || value === undefined || value === '';
/** A form value as text (inputs hold strings or numbers). */
const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : JSON.stringify(value);

/** The Russian problem with a form value, or undefined when PATCH will accept it. */
export function settingProblem(field: SettingField, value: unknown): string | undefined {
  switch (field.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'Выберите да или нет';
    case 'template':
      if (blank(value)) return field.nullable ? undefined : 'Выберите шаблон';
      return Number.isInteger(Number(value)) && Number(value) > 0 ? undefined : 'Выберите шаблон';
    case 'integer': {
      if (blank(value)) return field.nullable ? undefined : 'Обязательное поле';
      const n = Number(value);
      if (!Number.isInteger(n)) return 'Введите целое число';
      if (field.min !== undefined && n < field.min) return `Не меньше ${field.min}`;
      if (field.max !== undefined && n > field.max) return `Не больше ${field.max}`;
      return undefined;
    }
    case 'text': {
      if (blank(value)) return undefined; // empty text is null (nullable) or '' (checked by the pattern below)
      const trimmed = text(value).trim();
      if (field.maxLength !== undefined && trimmed.length > field.maxLength)
        return `Не длиннее ${field.maxLength} символов`;
      if (field.pattern && !new RegExp(field.pattern).test(trimmed)) return 'Неверный формат';
      return undefined;
    }
    case 'list': {
      const items = Array.isArray(value) ? (value as unknown[]) : [];
      if (field.maxItems !== undefined && items.length > field.maxItems)
        return `Не больше ${field.maxItems} значений`;
      const pattern = field.itemPattern ? new RegExp(field.itemPattern) : null;
      const bad = items.find((item) => typeof item !== 'string' || (pattern && !pattern.test(item)));
      return bad === undefined ? undefined : `Неверное значение «${text(bad)}»`;
    }
  }
}

/** The form's value as PATCH /settings expects it (numbers, null for an empty optional field). */
export function toApiValue(field: SettingField, value: unknown): unknown {
  switch (field.kind) {
    case 'boolean':
      return Boolean(value);
    case 'integer':
    case 'template':
      return blank(value) ? null : Number(value);
    case 'text':
      if (blank(value)) return field.nullable ? null : '';
      return text(value).trim();
    case 'list':
      return Array.isArray(value) ? value.map((item) => text(item).trim()).filter(Boolean) : [];
  }
}

/** Only the settings that differ from what was loaded, in API form. */
export function settingChanges(
  fields: SettingField[],
  values: Record<string, unknown>,
  loaded: Record<string, unknown>,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const field of fields) {
    const next = toApiValue(field, values[field.key]);
    if (JSON.stringify(next) !== JSON.stringify(loaded[field.key] ?? null)) changes[field.key] = next;
  }
  return changes;
}
