import { z } from 'zod';
import { REDEMPTION_RESULTS } from '../redemptions';
import { ExportError } from './exports.errors';

/** The redemption log's filter for exports (the list's filters), strict like the client filter. */
export const redemptionExportFilterSchema = z.strictObject({
  result: z.enum(REDEMPTION_RESULTS as [string, ...string[]]).optional(),
  action: z.enum(['check', 'redeem']).optional(),
  cashierId: z.number().int().positive().optional(),
  clientId: z.number().int().positive().optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  isTest: z.boolean().optional(),
});

export type RedemptionExportFilter = z.output<typeof redemptionExportFilterSchema>;

export function parseRedemptionExportFilter(input: unknown): RedemptionExportFilter {
  const parsed = redemptionExportFilterSchema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const fields: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const names =
      issue.code === 'unrecognized_keys' ? issue.keys : [issue.path.map(String).join('.') || 'filter'];
    for (const name of names)
      (fields[name] ??= []).push(issue.code === 'unrecognized_keys' ? 'unknown filter key' : issue.message);
  }
  throw ExportError.invalid(fields);
}

/** WHERE over `redemption_log r`, every value bound. */
export function redemptionWhere(filter: RedemptionExportFilter): { sql: string; params: unknown[] } {
  const where = ['r.is_test = ?'];
  const params: unknown[] = [filter.isTest ?? false];
  const add = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  if (filter.result) add('r.result = ?', filter.result);
  if (filter.action) add('r.action = ?', filter.action);
  if (filter.cashierId) add('r.cashier_id = ?', filter.cashierId);
  if (filter.clientId) add('r.client_id = ?', filter.clientId);
  if (filter.from) add('r.created_at >= ?', new Date(filter.from));
  if (filter.to) add('r.created_at < ?', new Date(filter.to));
  return { sql: where.join(' AND '), params };
}
