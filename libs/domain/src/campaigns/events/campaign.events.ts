import { DomainEvent } from '@dvorik/persistence';

interface CampaignSnapshot {
  name: string;
  sourceKey: string;
}

export class CampaignCreatedEvent extends DomainEvent<{ after: CampaignSnapshot }> {
  readonly type = 'campaign.created';
}

export class CampaignUpdatedEvent extends DomainEvent<{ before: CampaignSnapshot; after: CampaignSnapshot }> {
  readonly type = 'campaign.updated';
}

export class CampaignDeletedEvent extends DomainEvent<{ before: CampaignSnapshot }> {
  readonly type = 'campaign.deleted';
}
