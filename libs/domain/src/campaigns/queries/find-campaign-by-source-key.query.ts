import { Query } from '@nestjs/cqrs';
import type { Campaign } from '../campaign.entity';

/** The campaign a `ref_<key>` payload names, or null; keys compare case-insensitively (collation). */
export class FindCampaignBySourceKeyQuery extends Query<Campaign | null> {
  constructor(readonly sourceKey: string) {
    super();
  }
}
