import { DomainEvent } from '@dvorik/persistence';

interface CampaignSnapshot {
  name: string;
  sourceKey: string;
}

export class CampaignCreatedEvent extends DomainEvent<{ after: CampaignSnapshot }> {
  static readonly type = 'campaign.created';
  readonly type = CampaignCreatedEvent.type;
}

export class CampaignUpdatedEvent extends DomainEvent<{ before: CampaignSnapshot; after: CampaignSnapshot }> {
  static readonly type = 'campaign.updated';
  readonly type = CampaignUpdatedEvent.type;
}

export class CampaignDeletedEvent extends DomainEvent<{ before: CampaignSnapshot }> {
  static readonly type = 'campaign.deleted';
  readonly type = CampaignDeletedEvent.type;
}
