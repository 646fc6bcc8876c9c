import { Query } from '@nestjs/cqrs';
import type { CampaignFunnel } from '../../campaigns';
import type { RangedStats, StatsInput } from './stats-input';

export type CampaignFunnelRow = CampaignFunnel & { name: string; sourceKey: string };

/** Every campaign's funnel for clients registered in the range, most registrations first. */
export class GetCampaignFunnelsQuery extends Query<RangedStats & { items: CampaignFunnelRow[] }> {
  constructor(readonly input: StatsInput = {}) {
    super();
  }
}
