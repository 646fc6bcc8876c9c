import { z } from 'zod';
import { ClientError } from '../clients.errors';

const tag = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[^\s,]+$/, 'no spaces or commas');
const tagList = z.array(tag).min(1).max(20);
// A date (`2026-11-01`, a shop-local day) or an instant (`2026-11-01T00:00:00Z`).
const when = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
const notEmpty = (o: object) => Object.values(o).some((v) => v !== undefined);
const age = z.number().int().min(0).max(130);
const sourceKey = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'a source key: A-Z a-z 0-9 _ -');
const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema).min(1).max(50)]);

export const GENDERS = ['male', 'female', 'unknown'] as const;
export const CLIENT_STATUSES = ['active', 'blocked', 'banned'] as const;

/**
 * The one filter object of DESIGN §2 "Segments and filters": client lists, counts, bulk
 * actions, exports and broadcast audiences. Strict: an unknown key or a wrong type is refused,
 * never ignored, and nothing from it reaches SQL except as a bound parameter.
 */
export const clientFilterSchema = z.strictObject({
  subscribed: z.boolean().optional(),
  hasActiveDiscounts: z.boolean().optional(),
  gender: oneOrMany(z.enum(GENDERS)).optional(),
  age: z
    .strictObject({ from: age.optional(), to: age.optional() })
    .refine(notEmpty, 'needs from or to')
    .refine((a) => a.from === undefined || a.to === undefined || a.from <= a.to, 'from must not exceed to')
    .optional(),
  birthdayMonth: z.number().int().min(1).max(12).optional(),
  /** Birthday today or within the next N days (shop-local calendar). */
  birthdayWithinDays: z.number().int().min(0).max(366).optional(),
  registered: z
    .strictObject({ from: when.optional(), to: when.optional() })
    .refine(notEmpty, 'needs from or to')
    .optional(),
  tags: z
    .strictObject({ any: tagList.optional(), all: tagList.optional(), none: tagList.optional() })
    .refine(notEmpty, 'needs any, all or none')
    .optional(),
  /** Compared with `source_normalized`: case and a `ref_` prefix do not matter. */
  source: oneOrMany(sourceKey).optional(),
  campaignId: oneOrMany(z.number().int().positive()).optional(),
  status: oneOrMany(z.enum(CLIENT_STATUSES)).optional(),
  redeemedEver: z.boolean().optional(),
  lastActivity: z
    .strictObject({ after: when.optional(), before: when.optional() })
    .refine(notEmpty, 'needs after or before')
    .optional(),
  /** Test clients only when true; absent means real clients only (DESIGN §2 Test bots). */
  isTest: z.boolean().optional(),
});

type Range<K extends string, V> = Partial<Record<K, V>>;
/** The parsed filter (`z.output` spelled out, so readers of other capabilities see the shape). */
export interface ClientFilter {
  subscribed?: boolean;
  hasActiveDiscounts?: boolean;
  gender?: (typeof GENDERS)[number] | Array<(typeof GENDERS)[number]>;
  age?: Range<'from' | 'to', number>;
  birthdayMonth?: number;
  birthdayWithinDays?: number;
  registered?: Range<'from' | 'to', string>;
  tags?: { any?: string[]; all?: string[]; none?: string[] };
  source?: string | string[];
  campaignId?: number | number[];
  status?: (typeof CLIENT_STATUSES)[number] | Array<(typeof CLIENT_STATUSES)[number]>;
  redeemedEver?: boolean;
  lastActivity?: Range<'after' | 'before', string>;
  isTest?: boolean;
}

/** Problems per field path (`age.from`, `tags.any.0`, `color`); empty when valid. */
export function clientFilterErrors(input: unknown): Record<string, string[]> {
  const parsed = clientFilterSchema.safeParse(input ?? {});
  return parsed.success ? {} : issuesToFields(parsed.error.issues);
}

/** The validated filter, or SEGMENT_INVALID naming every field at fault. */
export function parseClientFilter(input: unknown): ClientFilter {
  const parsed = clientFilterSchema.safeParse(input ?? {});
  if (!parsed.success) throw ClientError.filterInvalid(issuesToFields(parsed.error.issues));
  return parsed.data;
}

function issuesToFields(issues: z.core.$ZodIssue[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  const add = (path: PropertyKey[], message: string) => {
    const name = path.map(String).join('.') || 'filter';
    (fields[name] ??= []).push(message);
  };
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add([...issue.path, key], 'unknown filter key');
    } else add(issue.path, issue.message);
  }
  return fields;
}
