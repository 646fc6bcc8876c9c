import { DomainEvent } from '@dvorik/persistence';
import type { BroadcastOrigin } from '../broadcast.types';

interface BroadcastFacts {
  title: string;
  origin: BroadcastOrigin;
}

export class BroadcastCreatedEvent extends DomainEvent<BroadcastFacts> {
  static readonly type = 'broadcast.created';
  readonly type = BroadcastCreatedEvent.type;
}

/** `before`/`after` of the changed fields, for the audit log. */
export class BroadcastUpdatedEvent extends DomainEvent<{
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}> {
  static readonly type = 'broadcast.updated';
  readonly type = BroadcastUpdatedEvent.type;
}

export class BroadcastDeletedEvent extends DomainEvent<BroadcastFacts> {
  static readonly type = 'broadcast.deleted';
  readonly type = BroadcastDeletedEvent.type;
}

export class BroadcastMediaAttachedEvent extends DomainEvent<{
  kind: string;
  filename: string;
  size: number;
}> {
  static readonly type = 'broadcast.media_attached';
  readonly type = BroadcastMediaAttachedEvent.type;
}

export class BroadcastMediaRemovedEvent extends DomainEvent<object> {
  static readonly type = 'broadcast.media_removed';
  readonly type = BroadcastMediaRemovedEvent.type;
}

/** Consumer: the start job is scheduled for `scheduledAt` (the 15-second sweep is the safety net). */
export class BroadcastLaunchedEvent extends DomainEvent<
  BroadcastFacts & { scheduledAt: string; estimate: number }
> {
  static readonly type = 'broadcast.launched';
  readonly type = BroadcastLaunchedEvent.type;
}

/** The audience is frozen and the worker is sending. */
export class BroadcastStartedEvent extends DomainEvent<BroadcastFacts & { total: number }> {
  static readonly type = 'broadcast.started';
  readonly type = BroadcastStartedEvent.type;
}

export class BroadcastPausedEvent extends DomainEvent<object> {
  static readonly type = 'broadcast.paused';
  readonly type = BroadcastPausedEvent.type;
}

export class BroadcastResumedEvent extends DomainEvent<object> {
  static readonly type = 'broadcast.resumed';
  readonly type = BroadcastResumedEvent.type;
}

export class BroadcastCancelledEvent extends DomainEvent<{ status: string }> {
  static readonly type = 'broadcast.cancelled';
  readonly type = BroadcastCancelledEvent.type;
}

export class BroadcastRetryRequestedEvent extends DomainEvent<{ recipients: number }> {
  static readonly type = 'broadcast.retry_requested';
  readonly type = BroadcastRetryRequestedEvent.type;
}

/** Consumer: the worker sends the broadcast to test clients only. */
export class BroadcastTestRequestedEvent extends DomainEvent<{ clientIds: number[] }> {
  static readonly type = 'broadcast.test_requested';
  readonly type = BroadcastTestRequestedEvent.type;
}

export class BroadcastTestSentEvent extends DomainEvent<{ sent: number; failed: number; bot: string }> {
  static readonly type = 'broadcast.test_sent';
  readonly type = BroadcastTestSentEvent.type;
}

interface BroadcastOutcome extends BroadcastFacts {
  total: number;
  sent: number;
  failed: number;
  blocked: number;
}

export class BroadcastSentEvent extends DomainEvent<BroadcastOutcome> {
  static readonly type = 'broadcast.sent';
  readonly type = BroadcastSentEvent.type;
}

/** Consumer: the staff alerts (group `broadcasts`). `reason` is for people, in English. */
export class BroadcastFailedEvent extends DomainEvent<BroadcastOutcome & { reason: string; isTest: false }> {
  static readonly type = 'broadcast.failed';
  readonly type = BroadcastFailedEvent.type;
}
