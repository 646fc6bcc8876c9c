import { Query } from '@nestjs/cqrs';
import type { CampaignFunnel } from '../../campaigns';
import type { RedemptionView } from '../../redemptions';

/** Shop-local days `YYYY-MM-DD`, inclusive; default the last 30 days. Test data only with isTest. */
export interface StatsInput {
  from?: string;
  to?: string;
  isTest?: boolean;
}

interface Range {
  range: { from: string; to: string; timeZone: string };
}

export interface RedemptionStats extends Range {
  total: number;
  series: Array<{ day: string; redemptions: number }>;
  byCashier: Array<{
    cashierId: number | null;
    cashierName: string | null;
    store: string | null;
    redemptions: number;
  }>;
  byStore: Array<{ store: string | null; redemptions: number }>;
  byTemplate: Array<{
    templateId: number;
    templateName: string;
    issued: number;
    redeemed: number;
    rate: number;
  }>;
}

export interface ClientStats extends Range {
  total: number;
  subscribed: number;
  new: number;
  series: Array<{ day: string; newClients: number }>;
}

export interface FailedCheckStats extends Range {
  total: number;
  byResult: Array<{ result: string; count: number }>;
  recent: RedemptionView[];
}

export type CampaignFunnelRow = CampaignFunnel & { name: string; sourceKey: string };

export class GetRedemptionStatsQuery extends Query<RedemptionStats> {
  constructor(readonly input: StatsInput = {}) {
    super();
  }
}

export class GetClientStatsQuery extends Query<ClientStats> {
  constructor(readonly input: StatsInput = {}) {
    super();
  }
}

export class GetFailedCheckStatsQuery extends Query<FailedCheckStats> {
  constructor(readonly input: StatsInput = {}) {
    super();
  }
}

/** Every campaign's funnel for clients registered in the range, most registrations first. */
export class GetCampaignFunnelsQuery extends Query<Range & { items: CampaignFunnelRow[] }> {
  constructor(readonly input: StatsInput = {}) {
    super();
  }
}

/** "Is it working" at a glance (DESIGN §2 Dashboard); sections of other capabilities included. */
export class GetDashboardQuery extends Query<Record<string, unknown>> {
  constructor(readonly input: StatsInput = {}) {
    super();
  }
}
