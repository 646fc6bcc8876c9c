import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { BotUsernameService } from '../bot-username.service';
import { CampaignsRepository } from '../campaigns.repository';
import { CampaignFunnelReader } from '../campaign-funnel.reader';
import { toCampaignView } from './campaign-view';
import { ListCampaignsQuery } from './list-campaigns.query';

@QueryHandler(ListCampaignsQuery)
export class ListCampaignsHandler implements IQueryHandler<ListCampaignsQuery> {
  constructor(
    private readonly campaigns: CampaignsRepository,
    private readonly usernames: BotUsernameService,
    private readonly funnel: CampaignFunnelReader,
  ) {}

  async execute({ page, perPage }: ListCampaignsQuery) {
    const [rows, total] = await this.campaigns.page(page, perPage);
    const funnels = new Map((await this.funnel.funnels(rows.map((r) => r.id))).map((f) => [f.campaignId, f]));
    const items = await Promise.all(
      rows.map(async (r) => ({
        ...(await toCampaignView(r, this.usernames)),
        registrations: funnels.get(r.id)?.registrations ?? 0,
      })),
    );
    return { items, total, page, perPage };
  }
}
