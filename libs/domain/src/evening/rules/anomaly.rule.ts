/**
 * The owner's evening: when a figure is an anomaly (README «The owner's evening»). Pure rules;
 * the thresholds DESIGN fixes (3×, ≥ 20, 7 days, 5 %) and the ones it leaves to us, in one place.
 */
export enum AnomalyCause {
  /** A cashier's redemptions today over 3× their four-week daily median. */
  CashierSpike = 'cashier_spike',
  /** Many `not_found` checks across the shop in a short window: someone guessing codes. */
  NotFoundBurst = 'not_found_burst',
  /** A campaign with ≥ 20 registrations and no redemption in 7 days. */
  QuietCampaign = 'quiet_campaign',
  /** A finished broadcast that more than 5 % of its recipients answered by blocking the bot. */
  BroadcastBlocked = 'broadcast_blocked',
}

export const CASHIER_SPIKE_FACTOR = 3;
/** The median is over this many shop days before today, days without a redemption counted as 0. */
export const CASHIER_MEDIAN_DAYS = 28;
/**
 * Below this a day is never a spike: a new or part-time cashier's median is 0, and "more than
 * 3 × 0" would alert on their first redemption.
 */
export const CASHIER_SPIKE_MIN_REDEMPTIONS = 10;

/** `not_found` checks (bot, Mini App, tills) in the window across the shop that make a burst. */
export const NOT_FOUND_BURST_COUNT = 20;
export const NOT_FOUND_BURST_MINUTES = 10;

export const QUIET_CAMPAIGN_REGISTRATIONS = 20;
export const QUIET_CAMPAIGN_DAYS = 7;

export const BROADCAST_BLOCKED_PERCENT = 5;

/** The middle value; the mean of the two middle ones for an even count; 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The median of one count per day in `days`, a day missing from `counts` being 0. */
export function dailyMedian(counts: ReadonlyMap<string, number>, days: readonly string[]): number {
  return median(days.map((day) => counts.get(day) ?? 0));
}

export function isCashierSpike(today: number, dailyMedianValue: number): boolean {
  return today >= CASHIER_SPIKE_MIN_REDEMPTIONS && today > CASHIER_SPIKE_FACTOR * dailyMedianValue;
}

export function isNotFoundBurst(count: number): boolean {
  return count >= NOT_FOUND_BURST_COUNT;
}

export function isQuietCampaign(registrations: number, redemptionsInWindow: number): boolean {
  return registrations >= QUIET_CAMPAIGN_REGISTRATIONS && redemptionsInWindow === 0;
}

/** "Over 5 %": strictly more than the share, of the broadcast's whole frozen audience. */
export function isBroadcastBlocked(blocked: number, recipients: number): boolean {
  return recipients > 0 && blocked * 100 > BROADCAST_BLOCKED_PERCENT * recipients;
}
