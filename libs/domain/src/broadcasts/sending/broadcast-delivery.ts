import { Injectable } from '@nestjs/common';
import { TelegramGateway, type TelegramOutcome } from '@dvorik/telegram';
import type { BroadcastButton, MediaKind } from '../broadcast.types';
import { BroadcastsRepository } from '../broadcasts.repository';
import { type MediaUpload, outgoingMessage, sentFileId } from '../rules/outgoing-message.rule';

/** A send that hangs is a network error: its recipient is retried, its sender moves on. */
const SEND_TIMEOUT_MS = 30_000;
const UPLOAD_TIMEOUT_MS = 120_000;

/** What a sender keeps of a broadcast while sending it. */
export interface SendableBroadcast {
  id: number;
  text: string;
  buttons: BroadcastButton[][];
  mediaKind: MediaKind | null;
  /** Telegram's file_id per bot; filled in by the first successful upload. */
  fileIds: Record<string, string>;
}

/**
 * One message to one chat through the gateway. Media goes up once per bot: the first
 * successful send stores Telegram's file_id, every later send names it. Callers make sure only
 * one upload of a broadcast is in flight at a time (`needsUpload`).
 */
@Injectable()
export class BroadcastDelivery {
  constructor(
    private readonly gateway: TelegramGateway,
    private readonly broadcasts: BroadcastsRepository,
  ) {}

  needsUpload(broadcast: SendableBroadcast, bot: string): boolean {
    return broadcast.mediaKind !== null && !broadcast.fileIds[bot];
  }

  async send(
    broadcast: SendableBroadcast,
    chatId: number,
    bot: string,
    paid: boolean,
  ): Promise<TelegramOutcome<unknown>> {
    const upload = this.needsUpload(broadcast, bot);
    let media: string | MediaUpload | null = broadcast.mediaKind ? (broadcast.fileIds[bot] ?? null) : null;
    if (upload) {
      const [source, filename] = await Promise.all([
        this.broadcasts.mediaContent(broadcast.id),
        this.broadcasts.findMedia(broadcast.id).then((m) => m?.filename ?? 'file'),
      ]);
      if (!source)
        return { ok: false, kind: 'bad_request', errorCode: 400, description: 'the media file is missing' };
      media = { source, filename };
    }
    const { method, payload } = outgoingMessage(broadcast, chatId, media, paid);
    if (!upload) {
      // Text, or media by file_id: plain JSON, on the gateway's lean path (the sender's hot loop).
      return this.gateway.callJson(bot, method, payload, AbortSignal.timeout(SEND_TIMEOUT_MS));
    }
    const signal = AbortSignal.timeout(UPLOAD_TIMEOUT_MS);
    // callApi (not sendPhoto & co.) because only it takes an abort signal; still the gateway.
    const outcome = await this.gateway.call(bot, 'callApi', method, payload, { signal } as never);
    if (outcome.ok && broadcast.mediaKind) {
      const fileId = sentFileId(broadcast.mediaKind, outcome.result);
      if (fileId) {
        await this.broadcasts.setFileId(broadcast.id, bot, fileId);
        broadcast.fileIds[bot] = fileId;
      }
    }
    return outcome;
  }

  /** The file ids other senders stored meanwhile (one of them may have done the upload). */
  async refreshFileIds(broadcast: SendableBroadcast): Promise<void> {
    const media = await this.broadcasts.findMedia(broadcast.id);
    if (media) broadcast.fileIds = { ...media.fileIds };
  }
}
