import type { EmulatorState, FileRecord } from './emulator-state';
import {
  badRequest,
  type MediaKind,
  type MediaUse,
  type TgFile,
  type TgMessage,
  type UploadedFile,
} from './types';

// Telegram's file ids start with a type-specific prefix; keeping that makes logs readable.
const PREFIX: Readonly<Record<MediaKind, string>> = {
  photo: 'AgACAgI',
  video: 'BAACAgI',
  document: 'BQACAgI',
};
const MIME: Readonly<Record<MediaKind, string>> = {
  photo: 'image/jpeg',
  video: 'video/mp4',
  document: 'application/octet-stream',
};
const KIND_NAME: Readonly<Record<MediaKind, string>> = {
  photo: 'Photo',
  video: 'Video',
  document: 'Document',
};

export type MediaContent = Pick<TgMessage, 'photo' | 'video' | 'document'>;

export interface ResolvedMedia {
  content: MediaContent;
  use: MediaUse;
}

/**
 * Resolves a media field to message content: a multipart upload (`files` by part name, also
 * reachable as `attach://name`), an http(s) URL, or a file_id this bot received before.
 * Uploads and URLs mint a new file_id; a file_id is reused as is.
 */
export function resolveMedia(
  state: EmulatorState,
  botId: number,
  kind: MediaKind,
  field: string,
  value: unknown,
  files: ReadonlyMap<string, UploadedFile>,
): ResolvedMedia {
  const attached =
    typeof value === 'string' && value.startsWith('attach://') ? value.slice('attach://'.length) : field;
  const upload = files.get(attached);
  if (upload) {
    if (upload.data.length === 0) throw badRequest('file must be non-empty');
    const record = mintFile(state, botId, kind, upload.filename, upload.data.length, upload.contentType);
    record.content = upload.data;
    return {
      content: contentOf(record),
      use: useOf(field, 'upload', record, upload.filename, upload.data.length),
    };
  }
  if (typeof value !== 'string' || value === '') throw badRequest(`there is no ${field} in the request`);
  if (/^https?:\/\//.test(value)) {
    const filename = value.split(/[/?#]/).filter(Boolean).at(-1) ?? `file.${kind}`;
    const record = mintFile(state, botId, kind, filename, 1024, MIME[kind]);
    record.url = value;
    return { content: contentOf(record), use: useOf(field, 'url', record) };
  }
  const record = state.files.get(value);
  if (!record || record.botId !== botId) throw badRequest('wrong file identifier/HTTP URL specified');
  if (record.kind !== kind)
    throw badRequest(`can't use file of type ${KIND_NAME[record.kind]} as ${KIND_NAME[kind]}`);
  return { content: contentOf(record), use: { ...useOf(field, 'file_id', record), fileId: value } };
}

/** Registers a file this bot can later send by file_id (uploads, and photos users send). */
export function mintFile(
  state: EmulatorState,
  botId: number,
  kind: MediaKind,
  filename: string,
  size: number,
  mimeType: string,
): FileRecord {
  const id = (): { file_id: string; file_unique_id: string } => {
    const n = state.nextSequence().toString(36).padStart(6, '0');
    return { file_id: `${PREFIX[kind]}${botId.toString(36)}_${n}`, file_unique_id: `AQAD${n}` };
  };
  const main = id();
  const record: FileRecord = { kind, botId, fileUniqueId: main.file_unique_id };
  if (kind === 'photo') {
    const thumb = id();
    record.photo = [
      { ...thumb, width: 320, height: 240, file_size: Math.max(1, Math.round(size / 16)) },
      { ...main, width: 1280, height: 960, file_size: size },
    ];
    state.files.set(thumb.file_id, record);
  } else {
    const file: TgFile = { ...main, file_name: filename, mime_type: mimeType || MIME[kind], file_size: size };
    if (kind === 'video') Object.assign(file, { width: 640, height: 360, duration: 1 });
    record.file = file;
  }
  state.files.set(main.file_id, record);
  return record;
}

function contentOf(record: FileRecord): MediaContent {
  if (record.kind === 'photo') return { photo: record.photo };
  return { [record.kind]: record.file };
}

function useOf(
  field: string,
  source: MediaUse['source'],
  record: FileRecord,
  filename?: string,
  size?: number,
): MediaUse {
  const fileId = record.photo ? (record.photo.at(-1)?.file_id ?? '') : (record.file?.file_id ?? '');
  const use: MediaUse = { field, source, kind: record.kind, fileId, fileUniqueId: record.fileUniqueId };
  if (filename !== undefined) use.filename = filename;
  if (size !== undefined) use.size = size;
  return use;
}
