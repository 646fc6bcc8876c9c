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

/** A staff edit: only the fields that changed, before → after (the phone included; see phone-visibility). */
export class ClientUpdatedEvent extends DomainEvent<{
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}> {
  readonly type = 'client.updated';
}

/** The client changed their own profile in the bot (the phone itself stays out of the event). */
export class ClientProfileUpdatedEvent extends DomainEvent<{ fields: Array<'phone' | 'gender' | 'name'> }> {
  readonly type = 'client.profile_updated';
}
