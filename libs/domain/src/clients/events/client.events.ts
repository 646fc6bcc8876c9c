import { DomainEvent } from '@dvorik/persistence';

export class ClientRegisteredEvent extends DomainEvent<{
  telegramId: number;
  source: string;
  sourceNormalized: string;
  campaignId: number | null;
  isTest: boolean;
}> {
  static readonly type = 'client.registered';
  readonly type = ClientRegisteredEvent.type;
}

export class ClientSubscriptionChangedEvent extends DomainEvent<{ subscribed: boolean; isTest: boolean }> {
  static readonly type = 'client.subscription_changed';
  readonly type = ClientSubscriptionChangedEvent.type;
}

export class ClientBirthdaySetEvent extends DomainEvent<{ birthday: string }> {
  static readonly type = 'client.birthday_set';
  readonly type = ClientBirthdaySetEvent.type;
}

export class ClientBlockedEvent extends DomainEvent<{ telegramId: number }> {
  static readonly type = 'client.blocked';
  readonly type = ClientBlockedEvent.type;
}

/** A staff edit: only the fields that changed, before → after (the phone included; see phone-visibility). */
export class ClientUpdatedEvent extends DomainEvent<{
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}> {
  static readonly type = 'client.updated';
  readonly type = ClientUpdatedEvent.type;
}

/** The client changed their own profile in the bot (the phone itself stays out of the event). */
export class ClientProfileUpdatedEvent extends DomainEvent<{ fields: Array<'phone' | 'gender' | 'name'> }> {
  static readonly type = 'client.profile_updated';
  readonly type = ClientProfileUpdatedEvent.type;
}
