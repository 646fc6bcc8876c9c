import { Query } from '@nestjs/cqrs';
import type { Page } from '../../shared';
import type { CampaignView } from './campaign-view';

export class ListCampaignsQuery extends Query<Page<CampaignView & { registrations: number }>> {
  constructor(
    readonly page: number,
    readonly perPage: number,
  ) {
    super();
  }
}
