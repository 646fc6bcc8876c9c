import { Query } from '@nestjs/cqrs';
import type { CampaignView } from './campaign-view';

export class GetCampaignQuery extends Query<CampaignView> {
  constructor(readonly id: number) {
    super();
  }
}
