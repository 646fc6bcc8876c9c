import { DateTime } from 'luxon';
import type { ClientFilter } from '../client-filter.schema';
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
  if (filter.hasActiveDiscounts !== undefined) {
    const exists = `EXISTS (SELECT 1 FROM discounts cf_d WHERE cf_d.client_id = ${c}.id AND cf_d.status = 'active' AND (cf_d.expires_at IS NULL OR cf_d.expires_at > ?))`;
    add(filter.hasActiveDiscounts ? exists : `NOT ${exists}`, options.now);
  }
  if (filter.redeemedEver !== undefined) {
    const exists = `EXISTS (SELECT 1 FROM redemption_log cf_r WHERE cf_r.client_id = ${c}.id AND cf_r.action = 'redeem' AND cf_r.result = 'success' AND cf_r.rolled_back_at IS NULL)`;
    add(filter.redeemedEver ? exists : `NOT ${exists}`);
  }
  return { sql: where.join(' AND '), params };
}
