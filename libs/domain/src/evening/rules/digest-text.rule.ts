import type { DigestFigures, DigestRow } from '../digest-figures';

/** Rows per table in the message; the rest are summed in one line (the panel has the whole list). */
export const DIGEST_MAX_ROWS = 10;
const NONE = '—';

/** `• Светланская, 1 — 12 / 9`, biggest today first; `—` for an empty table; `unnamed` labels a null row. */
export function digestRows(rows: readonly DigestRow[], unnamed = NONE, max = DIGEST_MAX_ROWS): string {
  if (rows.length === 0) return NONE;
  const sorted = [...rows].sort(
    (a, b) => b.today - a.today || b.lastWeek - a.lastWeek || (a.label ?? '').localeCompare(b.label ?? ''),
  );
  const line = (label: string, today: number, lastWeek: number) => `• ${label} — ${today} / ${lastWeek}`;
  const shown = sorted.slice(0, max).map((r) => line(r.label ?? unnamed, r.today, r.lastWeek));
  const rest = sorted.slice(max);
  if (rest.length > 0) {
    const sum = (pick: (r: DigestRow) => number) => rest.reduce((s, r) => s + pick(r), 0);
    shown.push(
      line(
        `… +${rest.length}`,
        sum((r) => r.today),
        sum((r) => r.lastWeek),
      ),
    );
  }
  return shown.join('\n');
}

/** Words for the rows without a store or a cashier: message templates of their own. */
export interface DigestLabels {
  noStore: string;
  noCashier: string;
}

/** The `evening_digest` template's values: numbers and rows only, every word is in a template. */
export function digestValues(figures: DigestFigures, displayDate: string, labels: DigestLabels) {
  const best = figures.bestCampaign;
  return {
    date: displayDate,
    redeemed_today: String(figures.redemptions.today),
    redeemed_last_week: String(figures.redemptions.lastWeek),
    by_store: digestRows(figures.byStore, labels.noStore),
    by_cashier: digestRows(figures.byCashier, labels.noCashier),
    new_clients: String(figures.newClients),
    new_subscriptions: String(figures.newSubscriptions),
    best_campaign: best ? `«${best.name}» — ${best.redemptions} / ${best.registrations}` : NONE,
    broadcasts_sent: String(figures.broadcasts.sent),
    recipients: String(figures.broadcasts.recipients),
    delivered: String(figures.broadcasts.delivered),
    blocked: String(figures.broadcasts.blocked),
    failed_checks: String(figures.failedChecks.total),
    not_found: String(figures.failedChecks.notFound),
  };
}
