// Records, options and errors of the emulator's own API.
import type { MediaKind, TgMessage } from './bot-api-types';

export * from './bot-api-types';

export type ApiParams = Record<string, unknown>;

export type ApiResponse =
  | { ok: true; result: unknown }
  | { ok: false; error_code: number; description: string; parameters?: { retry_after: number } };

/** One file part of a multipart request. */
export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

/** How a media field of a send call was satisfied: a fresh upload, a URL, or a reused file_id. */
export interface MediaUse {
  field: string;
  source: 'upload' | 'url' | 'file_id';
  kind: MediaKind;
  fileId: string;
  fileUniqueId: string;
  filename?: string;
  size?: number;
}

export interface CallRecord {
  token: string;
  botId: number;
  method: string;
  /** Parsed parameters; uploaded files appear as `{ upload: true, filename, size }`. */
  params: ApiParams;
  /** Epoch ms when the request arrived. */
  at: number;
  ok: boolean;
  error_code?: number;
  description?: string;
  media?: MediaUse[];
  /** The socket was destroyed instead of answering (see `dropConnections`). */
  dropped?: boolean;
}

export interface SentMessage {
  token: string;
  botId: number;
  chatId: number;
  method: string;
  /** The message as the user sees it now (edits replace it with a new object). */
  message: TgMessage;
  params: ApiParams;
  at: number;
  /** Ordinal of this bot message in its chat, stable under deletions (see `UserHandle.mark`). */
  seq: number;
  deleted: boolean;
}

export interface ChatFailure {
  code: number;
  description: string;
}

export interface FailNextOptions extends ChatFailure {
  retryAfter?: number;
  times?: number;
}

export interface RateLimitOptions {
  perSecond: number;
  scope?: 'bot';
}

export interface EmulatorStats {
  sendCalls: number;
  sendOk: number;
  send429: number;
  /** The most successful send* calls of one bot inside any 1000 ms window. */
  maxInAnySlidingSecond: number;
}

export interface CreateBotOptions {
  token: string;
  username: string;
  firstName?: string;
}

export interface UserOptions {
  id: number;
  firstName: string;
  lastName?: string;
  username?: string;
  languageCode?: string;
  isBot?: boolean;
}

export interface ChannelOptions {
  id: number;
  title: string;
  username?: string;
}

export interface SentMessageFilter {
  token?: string;
  chatId?: number;
}

export type CallFilter = ((call: CallRecord) => boolean) | ApiParams;

/** Thrown by method handlers; becomes a `{ ok: false }` answer with this HTTP status. */
export class BotApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly retryAfter?: number,
  ) {
    super(description);
    this.name = 'BotApiError';
  }

  toResponse(): ApiResponse {
    const body: ApiResponse = { ok: false, error_code: this.code, description: this.description };
    if (this.retryAfter !== undefined) body.parameters = { retry_after: this.retryAfter };
    return body;
  }
}

export const badRequest = (what: string): BotApiError => new BotApiError(400, `Bad Request: ${what}`);
