import { DomainEvent } from '@dvorik/persistence';
import type { StaffView } from '../staff.entity';

type StaffSnapshot = Omit<StaffView, 'createdAt'>;

export class StaffCreatedEvent extends DomainEvent<{ after: StaffSnapshot }> {
  readonly type = 'staff.created';
}

/** An owner's edit: only the changed fields, before → after (a password only as set/removed). */
export class StaffUpdatedEvent extends DomainEvent<{
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}> {
  readonly type = 'staff.updated';
}

export class StaffLoggedInEvent extends DomainEvent<{ method: 'login_token' | 'password' }> {
  readonly type = 'staff.logged_in';
}

export class LoginLinkIssuedEvent extends DomainEvent<{ staffId: number }> {
  readonly type = 'staff.login_link_issued';
}
