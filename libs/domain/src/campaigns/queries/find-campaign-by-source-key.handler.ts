import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CampaignsRepository } from '../campaigns.repository';
import { FindCampaignBySourceKeyQuery } from './find-campaign-by-source-key.query';

@QueryHandler(FindCampaignBySourceKeyQuery)
export class FindCampaignBySourceKeyHandler implements IQueryHandler<FindCampaignBySourceKeyQuery> {
  constructor(private readonly campaigns: CampaignsRepository) {}

  execute({ sourceKey }: FindCampaignBySourceKeyQuery) {
    return this.campaigns.findBySourceKey(sourceKey);
  }
}
