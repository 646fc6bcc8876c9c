import { DateTime } from 'luxon';
import type { ClientFilter } from './client-filter.schema';
import { birthdayWindow } from './birthday-window.rule';

/** A WHERE condition over `clients <alias>` with its bound parameters (mysql2 `?` placeholders). */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

export interface CompileOptions {
  now: Date;
  timeZone: string;
  /** The alias of `clients` in the caller's statement; letters and `_` only. */
  alias?: string;
}

const list = (values: readonly unknown[]) => values.map(() => '?').join(', ');
const many = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);
const normalizeSource = (s: string) => s.trim().replace(/^ref_/i, '').toLowerCase();

/**
 * Compiles a validated filter to SQL over the clients table (indexes in migrations
 * 1763800001000 and 1763900000000). Every value is a bound parameter; the only text spliced
 * in is the checked alias and this file's own SQL. Pure: the same filter, clock and zone give
 * the same SQL, which is what the broadcasts' audience freeze and the exports rely on.
 */
export function compileClientFilter(filter: ClientFilter, options: CompileOptions): SqlFragment {
  const c = options.alias ?? 'c';
  if (!/^[A-Za-z_]{1,16}$/.test(c)) throw new Error(`Unsafe SQL alias "${c}"`);
  const today = DateTime.fromJSDate(options.now, { zone: options.timeZone }).startOf('day');
  const instant = (value: string, edge: 'start' | 'next') => {
    if (value.length > 10) return new Date(value);
    const day = DateTime.fromISO(value, { zone: options.timeZone }).startOf('day');
    return (edge === 'next' ? day.plus({ days: 1 }) : day).toJSDate();
  };
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    params.push(...values);
  };

  add(`${c}.is_test = ?`, filter.isTest ?? false);
  if (filter.subscribed !== undefined) add(`${c}.subscribed = ?`, filter.subscribed);
  if (filter.status !== undefined)
    add(`${c}.status IN (${list(many(filter.status))})`, ...many(filter.status));
  if (filter.gender !== undefined)
    add(`${c}.gender IN (${list(many(filter.gender))})`, ...many(filter.gender));
  if (filter.campaignId !== undefined)
    add(`${c}.campaign_id IN (${list(many(filter.campaignId))})`, ...many(filter.campaignId));
  if (filter.source !== undefined) {
    const sources = [...new Set(many(filter.source).map(normalizeSource))];
    add(`${c}.source_normalized IN (${list(sources)})`, ...sources);
  }
  // Age in whole years on the shop's today: born on or before today − from years, after today − (to+1) years.
  if (filter.age?.from !== undefined)
    add(`${c}.birthday <= ?`, today.minus({ years: filter.age.from }).toISODate());
  if (filter.age?.to !== undefined)
    add(`${c}.birthday > ?`, today.minus({ years: filter.age.to + 1 }).toISODate());
  if (filter.birthdayMonth !== undefined)
    add(`${c}.birthday_md BETWEEN ? AND ?`, filter.birthdayMonth * 100 + 1, filter.birthdayMonth * 100 + 31);
  if (filter.birthdayWithinDays !== undefined) {
    const ranges = birthdayWindow(today, filter.birthdayWithinDays);
    add(`(${ranges.map(() => `${c}.birthday_md BETWEEN ? AND ?`).join(' OR ')})`, ...ranges.flat());
  }
  if (filter.registered?.from) add(`${c}.created_at >= ?`, instant(filter.registered.from, 'start'));
  if (filter.registered?.to) add(`${c}.created_at < ?`, instant(filter.registered.to, 'next'));
  if (filter.lastActivity?.after)
    add(`${c}.last_activity_at >= ?`, instant(filter.lastActivity.after, 'start'));
  if (filter.lastActivity?.before)
    add(`${c}.last_activity_at < ?`, instant(filter.lastActivity.before, 'start'));
  // Tags: semi-joins driven by ix_client_tags_tag (tag, client_id); "none" probes the primary key.
  const tags = filter.tags;
  if (tags?.any)
    add(
      `${c}.id IN (SELECT cf_t.client_id FROM client_tags cf_t WHERE cf_t.tag IN (${list(tags.any)}))`,
      ...tags.any,
    );
  for (const tag of tags?.all ?? [])
    add(`${c}.id IN (SELECT cf_t.client_id FROM client_tags cf_t WHERE cf_t.tag = ?)`, tag);
  if (tags?.none)
    add(
      `NOT EXISTS (SELECT 1 FROM client_tags cf_t WHERE cf_t.client_id = ${c}.id AND cf_t.tag IN (${list(tags.none)}))`,
      ...tags.none,
    );
  // clients.active_discounts counts codes in status `active`; the few of them already past
  // expires_at that the expiry job has not swept yet (it runs every 10 minutes) are counted per
  // client by the uncorrelated subquery, materialised once. A client has an active, unexpired code
  // exactly when its count exceeds its past-due ones: no probe of discounts per client.
  if (filter.hasActiveDiscounts !== undefined) {
    const pastDue = `(${c}.id, ${c}.active_discounts) IN (SELECT cf_x.client_id, COUNT(*) FROM discounts cf_x WHERE cf_x.status = 'active' AND cf_x.expires_at <= ? AND cf_x.client_id IS NOT NULL GROUP BY cf_x.client_id)`;
    add(
      filter.hasActiveDiscounts
        ? `(${c}.active_discounts > 0 AND NOT ${pastDue})`
        : `(${c}.active_discounts = 0 OR ${pastDue})`,
      options.now,
    );
  }
  if (filter.redeemedEver !== undefined) {
    const exists = `EXISTS (SELECT 1 FROM redemption_log cf_r WHERE cf_r.client_id = ${c}.id AND cf_r.action = 'redeem' AND cf_r.result = 'success' AND cf_r.rolled_back_at IS NULL)`;
    add(filter.redeemedEver ? exists : `NOT ${exists}`);
  }
  return { sql: where.join(' AND '), params };
}

/** The columns ix_clients_f_id (id, is_test, status, subscribed, active_discounts) carries. */
const NARROW_KEYS = new Set(['isTest', 'subscribed', 'status', 'hasActiveDiscounts', 'tags', 'redeemedEver']);

/**
 * The index hint a COUNT over `clients` takes for this filter. A semi-join that reaches clients by
 * id (tags any/all, redeemed ever) makes MariaDB read each client's clustered row, which at 1M
 * clients does not fit a 128 MB pool (VIP: 50 000 random row reads, ~0.5 s). When every client
 * column the filter reads is in ix_clients_f_id, the count probes that narrow index instead, and
 * the optimizer, which always prefers the primary key for such a probe, is told so. Any other
 * column needs the row anyway: no hint.
 */
export function countIndexHint(filter: ClientFilter): string {
  const probesById =
    (filter.tags?.any?.length ?? 0) > 0 ||
    (filter.tags?.all?.length ?? 0) > 0 ||
    filter.redeemedEver === true;
  const narrow = Object.entries(filter).every(([key, value]) => value === undefined || NARROW_KEYS.has(key));
  return probesById && narrow ? 'FORCE INDEX FOR JOIN (ix_clients_f_id)' : '';
}
