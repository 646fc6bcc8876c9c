import { Command } from '@nestjs/cqrs';
import type { Actor } from '@dvorik/persistence';
import type { BroadcastView } from '../broadcast.view';
import type { MediaKind } from '../broadcast.types';

export interface MediaFileInput {
  /** Absent: from the MIME type (JPEG/PNG/WEBP → photo, MP4 → video, anything else → document). */
  kind?: MediaKind;
  filename: string;
  mimeType: string;
  content: Buffer;
}

/** Gives a draft its photo, video or document (replacing any earlier one); `null` removes it. */
export class AttachBroadcastMediaCommand extends Command<BroadcastView> {
  constructor(
    readonly actor: Actor,
    readonly id: number,
    readonly file: MediaFileInput | null,
  ) {
    super();
  }
}
