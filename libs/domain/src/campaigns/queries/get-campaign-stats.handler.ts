import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { DateTime } from 'luxon';
import { BotUsernameService } from '../bot-username.service';
import { CampaignFunnelReader } from '../campaign-funnel.reader';
import { CampaignError } from '../campaigns.errors';
import { CampaignsRepository } from '../campaigns.repository';
import { toCampaignView } from './campaign-view';
import { GetCampaignStatsQuery } from './get-campaign-stats.query';

@QueryHandler(GetCampaignStatsQuery)
export class GetCampaignStatsHandler implements IQueryHandler<GetCampaignStatsQuery> {
  constructor(
    private readonly campaigns: CampaignsRepository,
    private readonly usernames: BotUsernameService,
    private readonly funnel: CampaignFunnelReader,
    private readonly config: AppConfig,
  ) {}

  async execute({ id, range }: GetCampaignStatsQuery) {
    const campaign = await this.campaigns.findById(id);
    if (!campaign) throw CampaignError.notFound(id);
    const day = (d: string, plus = 0) =>
      DateTime.fromISO(d, { zone: this.config.timeZone }).plus({ days: plus }).toJSDate();
    const [funnel] = await this.funnel.funnels([id], {
      fromDay: range.from,
      toDay: range.to,
      from: range.from ? day(range.from) : undefined,
      to: range.to ? day(range.to, 1) : undefined,
      isTest: range.isTest,
    });
    return { ...funnel, campaign: await toCampaignView(campaign, this.usernames), range };
  }
}
