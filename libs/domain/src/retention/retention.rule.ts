/** The logs the daily purge trims, each with the setting that holds its retention in days. */
export const RETENTION_SETTINGS = {
  audit_logs: 'log_retention_days',
  redemption_log: 'redemption_log_retention_days',
  broadcast_recipients: 'broadcast_recipients_retention_days',
  consumed_events: 'consumed_events_retention_days',
  idempotency_keys: 'idempotency_keys_retention_days',
} as const;

export type RetainedLog = keyof typeof RETENTION_SETTINGS;

/** Rows older than this instant are outside the window. */
export function retentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 24 * 3600 * 1000);
}

/**
 * Consecutive primary-key ranges `[from, to)` covering `[first, end)`, `size` ids each: every
 * DELETE touches one short range, so its row and gap locks never reach the newest rows the
 * tills are appending.
 */
export function idRanges(first: number, end: number, size: number): Array<[number, number]> {
  if (size < 1) throw new Error('size must be at least 1');
  const ranges: Array<[number, number]> = [];
  for (let from = first; from < end; from += size) ranges.push([from, Math.min(from + size, end)]);
  return ranges;
}
