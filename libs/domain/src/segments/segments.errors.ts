import { DomainError } from '../shared';

export enum SegmentErrorCode {
  NotFound = 'SEGMENT_NOT_FOUND',
  NameTaken = 'SEGMENT_NAME_TAKEN',
  PresetReadonly = 'SEGMENT_PRESET_READONLY',
}

export class SegmentError extends DomainError<SegmentErrorCode> {
  static notFound(id: number) {
    return new SegmentError(SegmentErrorCode.NotFound, 'Segment not found', { id });
  }
  static nameTaken(name: string) {
    return new SegmentError(SegmentErrorCode.NameTaken, 'A segment with this name exists', { name });
  }

  /** Presets are what the staff bot offers as audience buttons: they stay as seeded. */
  static presetReadonly(id: number) {
    return new SegmentError(SegmentErrorCode.PresetReadonly, 'A preset segment cannot be changed', { id });
  }

  private constructor(code: SegmentErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}
