import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { Campaign } from '../campaign.entity';
import { FindCampaignBySourceKeyQuery } from './find-campaign-by-source-key.query';

@QueryHandler(FindCampaignBySourceKeyQuery)
export class FindCampaignBySourceKeyHandler implements IQueryHandler<FindCampaignBySourceKeyQuery> {
  constructor(private readonly uow: UnitOfWork) {}

  execute({ sourceKey }: FindCampaignBySourceKeyQuery) {
    return this.uow.manager.findOne(Campaign, { where: { sourceKey } });
  }
}
