import { DomainEvent } from '@dvorik/persistence';
import type { ClientFilter } from '../../clients';

interface SegmentSnapshot {
  name: string;
  description: string | null;
  filter: ClientFilter;
}

export class SegmentCreatedEvent extends DomainEvent<{ after: SegmentSnapshot }> {
  readonly type = 'segment.created';
}

export class SegmentUpdatedEvent extends DomainEvent<{ before: SegmentSnapshot; after: SegmentSnapshot }> {
  readonly type = 'segment.updated';
}

export class SegmentDeletedEvent extends DomainEvent<{ before: SegmentSnapshot }> {
  readonly type = 'segment.deleted';
}
