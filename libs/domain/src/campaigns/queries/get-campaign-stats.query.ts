import { Query } from '@nestjs/cqrs';
import type { CampaignFunnel } from '../campaign-funnel.reader';
import type { CampaignView } from './campaign-view';

export interface StatsRange {
  /** Shop-local days `YYYY-MM-DD`, inclusive. */
  from?: string;
  to?: string;
  isTest?: boolean;
}

/** One campaign's funnel; codes are those of the clients it registered in the range. */
export class GetCampaignStatsQuery extends Query<
  CampaignFunnel & { campaign: CampaignView; range: StatsRange }
> {
  constructor(
    readonly id: number,
    readonly range: StatsRange = {},
  ) {
    super();
  }
}
