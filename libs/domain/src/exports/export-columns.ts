/**
 * The fixed column order of every CSV export (README "Administration" documents it; panels
 * and spreadsheets rely on it). Add columns only at the end.
 */
export const CLIENT_COLUMNS = [
  'id',
  'telegram_id',
  'username',
  'first_name',
  'last_name',
  'phone',
  'gender',
  'birthday',
  'source',
  'campaign_id',
  'subscribed',
  'status',
  'tags',
  'is_test',
  'last_activity_at',
  'created_at',
] as const;

export const REDEMPTION_COLUMNS = [
  'id',
  'created_at',
  'action',
  'result',
  'code_entered',
  'discount_code',
  'template_name',
  'client_id',
  'client_name',
  'cashier_id',
  'cashier_name',
  'store',
  'channel',
  'purchase_amount',
  'message',
  'rolled_back_at',
  'rollback_reason',
  'is_test',
] as const;

export type ExportKind = 'clients' | 'redemptions';
export const EXPORT_KINDS: readonly ExportKind[] = ['clients', 'redemptions'];

/** Up to this many rows a CSV is streamed in the response; above it, a job writes a file (202). */
export const INLINE_EXPORT_LIMIT = 10_000;
/** Rows per database page, and per stored file part of a job. */
export const EXPORT_PAGE_ROWS = 5000;
/** Excel opens UTF-8 Cyrillic correctly only with a byte order mark. */
export const UTF8_BOM = '\uFEFF';

export function exportFileName(kind: ExportKind, at: Date): string {
  return `dvorik-${kind}-${at.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.csv`;
}
