import { DomainEvent } from '@dvorik/persistence';

export class ClientRegisteredEvent extends DomainEvent<{
  telegramId: number;
  source: string;
  sourceNormalized: string;
  campaignId: number | null;
  isTest: boolean;
}> {
  readonly type = 'client.registered';
}

export class ClientSubscriptionChangedEvent extends DomainEvent<{ subscribed: boolean; isTest: boolean }> {
  readonly type = 'client.subscription_changed';
}

export class ClientBirthdaySetEvent extends DomainEvent<{ birthday: string }> {
  readonly type = 'client.birthday_set';
}

export class ClientBlockedEvent extends DomainEvent<{ telegramId: number }> {
  readonly type = 'client.blocked';
}
