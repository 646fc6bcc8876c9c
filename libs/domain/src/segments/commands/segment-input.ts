import { isDuplicateKeyError } from '@dvorik/persistence';
import type { Segment } from '../segment.entity';
import { SegmentError } from '../segments.errors';

export interface SegmentInput {
  name: string;
  description?: string | null;
  /** Validated by the handler against the filter schema (SEGMENT_INVALID). */
  filter: unknown;
}

/** What the audit events record of a segment. */
export const segmentSnapshot = (s: Pick<Segment, 'name' | 'description' | 'filter'>) => ({
  name: s.name,
  description: s.description,
  filter: s.filter,
});

/** The unique name's violation as SEGMENT_NAME_TAKEN; any other error as it is. */
export const segmentNameTakenOr = (error: unknown, name: string) =>
  isDuplicateKeyError(error, 'uq_segments_name') ? SegmentError.nameTaken(name) : error;
