/** One changed field of an audit entry: `field: before → after`. */
export interface Change {
  field: string;
  before: string;
  after: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as one short line: strings as they are, null as «—», the rest as JSON. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * The old → new of an audit payload. The API writes two shapes: `{changes: {key: {before,
 * after}}}` (settings) and `{before: {...}, after: {...}}` (most edits; a creation has only
 * `after`, a deletion only `before`). Anything else has no old → new: an empty list.
 */
export function auditChanges(payload: unknown): Change[] {
  if (!isObject(payload)) return [];
  if (isObject(payload.changes)) {
    return Object.entries(payload.changes).map(([field, change]) => ({
      field,
      before: showValue(isObject(change) ? change.before : undefined),
      after: showValue(isObject(change) ? change.after : change),
    }));
  }
  const before = isObject(payload.before) ? payload.before : null;
  const after = isObject(payload.after) ? payload.after : null;
  if (!before && !after) return [];
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields
    .filter((field) => JSON.stringify(before?.[field]) !== JSON.stringify(after?.[field]))
    .map((field) => ({ field, before: showValue(before?.[field]), after: showValue(after?.[field]) }));
}

/** The payload's other facts (everything but before/after/changes), for the detail line. */
export function auditExtra(payload: unknown): string {
  if (!isObject(payload)) return payload === null || payload === undefined ? '' : showValue(payload);
  const rest = Object.fromEntries(
    Object.entries(payload).filter(([key]) => !['before', 'after', 'changes'].includes(key)),
  );
  return Object.keys(rest).length ? JSON.stringify(rest) : '';
}
