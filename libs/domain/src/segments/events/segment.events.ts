import { DomainEvent } from '@dvorik/persistence';
import type { ClientFilter } from '../../clients';

interface SegmentSnapshot {
  name: string;
  description: string | null;
  filter: ClientFilter;
}

export class SegmentCreatedEvent extends DomainEvent<{ after: SegmentSnapshot }> {
  static readonly type = 'segment.created';
  readonly type = SegmentCreatedEvent.type;
}

export class SegmentUpdatedEvent extends DomainEvent<{ before: SegmentSnapshot; after: SegmentSnapshot }> {
  static readonly type = 'segment.updated';
  readonly type = SegmentUpdatedEvent.type;
}

export class SegmentDeletedEvent extends DomainEvent<{ before: SegmentSnapshot }> {
  static readonly type = 'segment.deleted';
  readonly type = SegmentDeletedEvent.type;
}
