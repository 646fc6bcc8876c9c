import type { AppConfig } from '@dvorik/config';
import { type ResolvedRange, resolveRange } from '../rules/stats-range.rule';

/** Shop-local days `YYYY-MM-DD`, inclusive; default the last 30 days. Test data only with isTest. */
export interface StatsInput {
  from?: string;
  to?: string;
  isTest?: boolean;
}

/** A stats answer names the range it covers. */
export interface RangedStats {
  range: { from: string; to: string; timeZone: string };
}

/** The range the input means, now, in the shop's time zone. */
export const statsRangeOf = (input: StatsInput, config: AppConfig) =>
  resolveRange(input, new Date(), config.timeZone);

/** The part of a resolved range an answer shows. */
export const shownRange = ({ from, to, timeZone }: Pick<ResolvedRange, 'from' | 'to' | 'timeZone'>) => ({
  from,
  to,
  timeZone,
});
