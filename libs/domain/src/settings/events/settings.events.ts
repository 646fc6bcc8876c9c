import { DomainEvent } from '@dvorik/persistence';

/** Only the keys that actually changed; the audit log shows before → after. */
export class SettingsUpdatedEvent extends DomainEvent<{
  changes: Record<string, { before: unknown; after: unknown }>;
}> {
  static readonly type = 'settings.updated';
  readonly type = SettingsUpdatedEvent.type;
}
