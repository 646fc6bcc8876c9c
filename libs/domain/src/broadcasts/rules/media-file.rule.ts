import type { MediaKind } from '../broadcast.types';

/**
 * Telegram takes photos up to 10 MB from a bot; videos and documents are held to the same size
 * here because the file lives in the database until its first send (see the migration).
 */
export const MAX_MEDIA_BYTES = 10 * 1024 * 1024;
const PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

/** What a file is sent as when the uploader does not say: photos and mp4 play inline, the rest are documents. */
export function mediaKindOf(mimeType: string): MediaKind {
  if (PHOTO_TYPES.has(mimeType)) return 'photo';
  if (mimeType === 'video/mp4') return 'video';
  return 'document';
}

export function mediaFileProblems(file: { kind: MediaKind; mimeType: string; size: number }): string[] {
  const problems: string[] = [];
  if (file.size === 0) problems.push('the file is empty');
  if (file.size > MAX_MEDIA_BYTES) problems.push(`at most ${MAX_MEDIA_BYTES / 1024 / 1024} MB`);
  if (file.kind === 'photo' && !PHOTO_TYPES.has(file.mimeType))
    problems.push('a photo must be JPEG, PNG or WEBP (send other images as a document)');
  if (file.kind === 'video' && file.mimeType !== 'video/mp4') problems.push('a video must be MP4');
  return problems;
}
