import { DomainEvent } from '@dvorik/persistence';
import type { StaffView } from '../staff.entity';

type StaffSnapshot = Omit<StaffView, 'createdAt'>;

export class StaffCreatedEvent extends DomainEvent<{ after: StaffSnapshot }> {
  static readonly type = 'staff.created';
  readonly type = StaffCreatedEvent.type;
}

/** An owner's edit: only the changed fields, before → after (a password only as set/removed). */
export class StaffUpdatedEvent extends DomainEvent<{
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}> {
  static readonly type = 'staff.updated';
  readonly type = StaffUpdatedEvent.type;
}

export class StaffLoggedInEvent extends DomainEvent<{ method: 'login_token' | 'password' }> {
  static readonly type = 'staff.logged_in';
  readonly type = StaffLoggedInEvent.type;
}

export class LoginLinkIssuedEvent extends DomainEvent<{ staffId: number }> {
  static readonly type = 'staff.login_link_issued';
  readonly type = LoginLinkIssuedEvent.type;
}
