import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { BotUsernameService } from '../bot-username.service';
import { CampaignError } from '../campaigns.errors';
import { CampaignsRepository } from '../campaigns.repository';
import { toCampaignView } from './campaign-view';
import { GetCampaignQuery } from './get-campaign.query';

@QueryHandler(GetCampaignQuery)
export class GetCampaignHandler implements IQueryHandler<GetCampaignQuery> {
  constructor(
    private readonly campaigns: CampaignsRepository,
    private readonly usernames: BotUsernameService,
  ) {}

  async execute({ id }: GetCampaignQuery) {
    const campaign = await this.campaigns.findById(id);
    if (!campaign) throw CampaignError.notFound(id);
    return toCampaignView(campaign, this.usernames);
  }
}
