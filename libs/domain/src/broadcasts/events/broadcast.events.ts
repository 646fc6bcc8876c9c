import { DomainEvent } from '@dvorik/persistence';
import type { BroadcastOrigin } from '../broadcast.types';

interface BroadcastFacts {
  title: string;
  origin: BroadcastOrigin;
}

export class BroadcastCreatedEvent extends DomainEvent<BroadcastFacts> {
  readonly type = 'broadcast.created';
}

/** `before`/`after` of the changed fields, for the audit log. */
export class BroadcastUpdatedEvent extends DomainEvent<{
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}> {
  readonly type = 'broadcast.updated';
}

export class BroadcastDeletedEvent extends DomainEvent<BroadcastFacts> {
  readonly type = 'broadcast.deleted';
}

export class BroadcastMediaAttachedEvent extends DomainEvent<{
  kind: string;
  filename: string;
  size: number;
}> {
  readonly type = 'broadcast.media_attached';
}

export class BroadcastMediaRemovedEvent extends DomainEvent<object> {
  readonly type = 'broadcast.media_removed';
}

/** Consumer: the start job is scheduled for `scheduledAt` (the 15-second sweep is the safety net). */
export class BroadcastLaunchedEvent extends DomainEvent<
  BroadcastFacts & { scheduledAt: string; estimate: number }
> {
  readonly type = 'broadcast.launched';
}

/** The audience is frozen and the worker is sending. */
export class BroadcastStartedEvent extends DomainEvent<BroadcastFacts & { total: number }> {
  readonly type = 'broadcast.started';
}

export class BroadcastPausedEvent extends DomainEvent<object> {
  readonly type = 'broadcast.paused';
}

export class BroadcastResumedEvent extends DomainEvent<object> {
  readonly type = 'broadcast.resumed';
}

export class BroadcastCancelledEvent extends DomainEvent<{ status: string }> {
  readonly type = 'broadcast.cancelled';
}

export class BroadcastRetryRequestedEvent extends DomainEvent<{ recipients: number }> {
  readonly type = 'broadcast.retry_requested';
}

/** Consumer: the worker sends the broadcast to test clients only. */
export class BroadcastTestRequestedEvent extends DomainEvent<{ clientIds: number[] }> {
  readonly type = 'broadcast.test_requested';
}

export class BroadcastTestSentEvent extends DomainEvent<{ sent: number; failed: number; bot: string }> {
  readonly type = 'broadcast.test_sent';
}

interface BroadcastOutcome extends BroadcastFacts {
  total: number;
  sent: number;
  failed: number;
  blocked: number;
}

export class BroadcastSentEvent extends DomainEvent<BroadcastOutcome> {
  readonly type = 'broadcast.sent';
}

/** Consumer: the staff alerts (group `broadcasts`). `reason` is for people, in English. */
export class BroadcastFailedEvent extends DomainEvent<BroadcastOutcome & { reason: string; isTest: false }> {
  readonly type = 'broadcast.failed';
}
