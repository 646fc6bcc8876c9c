import { privateChat, type EmulatorState } from '../emulator-state';
import type { ChatMemberStatus, TgMessage, TgUser } from '../types';
import { readQrCode, webAppLaunchUrl } from './web-app-launch';

export interface SandboxMessage {
  /** Who wrote it: the bot, or the person played in the sandbox. */
  side: 'bot' | 'user';
  message: TgMessage;
}

/** What the sandbox page reads: who exists, one person's chat with one bot, files' bytes. */
export class SandboxView {
  constructor(private readonly state: EmulatorState) {}

  world(): {
    bots: Array<TgUser & { token: string }>;
    people: TgUser[];
    channels: Array<{ id: number; title?: string; username?: string }>;
  } {
    const bots = [...this.state.bots.values()].map((bot) => ({ ...bot.user, token: bot.token }));
    const people = [...this.state.users.values()].filter((user) => !user.is_bot);
    const channels = [...this.state.channels.values()].map(({ chat }) => ({
      id: chat.id,
      title: chat.title,
      username: chat.username,
    }));
    return { bots, people, channels };
  }

  /** Every message of a private chat in order, edits applied, deletions gone. */
  chat(userId: number, token: string): SandboxMessage[] {
    const bot = this.state.botByToken(token);
    const user = this.state.userById(userId);
    const dialog = this.state.messages.dialog(bot.id, privateChat(user));
    return [...dialog.messages.values()].map((message) => ({
      side: message.from?.id === bot.id ? 'bot' : 'user',
      message,
    }));
  }

  membership(channelId: number, userId: number): ChatMemberStatus {
    return this.state.channel(channelId).members.get(userId)?.status ?? 'left';
  }

  /** Opening a bot's Mini App as this person: the URL with `initData` signed by the bot's token. */
  webApp(userId: number, token: string, url: string): { url: string } {
    return { url: webAppLaunchUrl(url, this.state.userById(userId), this.state.botByToken(token).token) };
  }

  /** The sandbox's «camera»: what the QR code in a picture a bot sent says, or null. */
  async qrCode(fileId: string): Promise<string | null> {
    const content = this.state.files.get(fileId)?.content;
    return content ? readQrCode(content) : null;
  }

  /** The picture a bot sent: its uploaded bytes, the URL it came from, or nothing known. */
  file(fileId: string): { content?: Buffer; url?: string; mimeType: string } | null {
    const record = this.state.files.get(fileId);
    if (!record) return null;
    return {
      content: record.content,
      url: record.url,
      mimeType:
        record.file?.mime_type ?? (record.kind === 'photo' ? 'image/jpeg' : 'application/octet-stream'),
    };
  }
}
