import { Query } from '@nestjs/cqrs';
import type { StatsInput } from './stats-input';

/** The original's headline KPIs: active vs blocked clients, broadcasts sent, overall redemption rate. */
export interface Kpis {
  range: { from: string; to: string; timeZone: string };
  /** Now, whatever the range: who can still be reached. */
  clients: { active: number; blocked: number; banned: number };
  /** Broadcasts that finished sending in the range, and the messages they delivered. */
  broadcasts: { sent: number; delivered: number };
  /** Codes issued in the range, how many of those were redeemed (so far), and the share. */
  redemptionRate: { issued: number; redeemed: number; rate: number };
}

export class GetKpisQuery extends Query<Kpis> {
  constructor(readonly input: StatsInput) {
    super();
  }
}
