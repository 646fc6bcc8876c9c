import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { CampaignFunnelReader } from '../../campaigns';
import { GetCampaignFunnelsQuery } from './get-campaign-funnels.query';
import { shownRange, statsRangeOf } from './stats-input';

@QueryHandler(GetCampaignFunnelsQuery)
export class GetCampaignFunnelsHandler implements IQueryHandler<GetCampaignFunnelsQuery> {
  constructor(
    private readonly funnels: CampaignFunnelReader,
    private readonly config: AppConfig,
  ) {}

  async execute({ input }: GetCampaignFunnelsQuery) {
    const range = statsRangeOf(input, this.config);
    const rows = await this.funnels.funnels('all', {
      fromDay: range.from,
      toDay: range.to,
      from: range.start,
      to: range.end,
      isTest: input.isTest ?? false,
    });
    const byId = await this.funnels.labels(rows.map((r) => r.campaignId));
    const items = rows
      .filter((r) => byId.has(r.campaignId))
      .map((r) => ({
        ...r,
        name: byId.get(r.campaignId)!.name,
        sourceKey: byId.get(r.campaignId)!.sourceKey,
      }))
      .sort((a, b) => b.registrations - a.registrations || b.starts - a.starts);
    return { range: shownRange(range), items };
  }
}
