import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { type DomainError, RenderMessageQuery } from '@dvorik/domain';
import type { DomainErrorCode } from '@dvorik/domain/errors';
import { TelegramGateway } from '@dvorik/telegram';
import type { Convenience, InlineKeyboardMarkup, Message } from 'telegraf/types';
import { domainErrorReply } from '../errors/domain-error-replies';
import type { BotContext } from './bot-context';
import type { BotText } from './bot-text';

/** Handlers answer through the gateway, the system's single door to the Bot API. */
@Injectable()
export class BotReplier {
  constructor(
    private readonly gateway: TelegramGateway,
    private readonly queries: QueryBus,
    private readonly config: AppConfig,
  ) {}

  /** The shop's zone: every date a bot shows is shop time. */
  get timeZone(): string {
    return this.config.timeZone;
  }

  /** A domain refusal as the bot says it (domain-error-replies.ts). */
  async renderRefusal(error: DomainError): Promise<string> {
    const code = error.code as DomainErrorCode;
    return this.render(domainErrorReply({ code, details: error.details }, this.config.timeZone));
  }

  async render(text: BotText): Promise<string> {
    if ('html' in text) return text.html;
    const body = await this.queries.execute(new RenderMessageQuery(text.key, text.values));
    if (!text.hint) return body;
    return `${body}\n${await this.queries.execute(new RenderMessageQuery(text.hint, text.values))}`;
  }

  async reply(ctx: BotContext, html: string, extra: Convenience.ExtraReplyMessage = {}) {
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return;
    // The gateway's lean JSON path: the same outcomes as telegraf's sendMessage, less per reply.
    return this.gateway.callJson<Message.TextMessage>(ctx.state.bot.name, 'sendMessage', {
      chat_id: chatId,
      text: html,
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...extra,
    });
  }

  /** A PNG uploaded with an HTML caption, to the chat the update came from. */
  async replyPhoto(ctx: BotContext, png: Buffer, caption: string, filename = 'image.png') {
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return;
    return this.gateway.call(
      ctx.state.bot.name,
      'sendPhoto',
      chatId,
      { source: png, filename },
      { caption, parse_mode: 'HTML' },
    );
  }

  /** A message template (or plain HTML) rendered and sent to the chat the update came from. */
  async replyText(ctx: BotContext, text: BotText, extra: Convenience.ExtraReplyMessage = {}) {
    return this.reply(ctx, await this.render(text), extra);
  }

  async answerCallback(ctx: BotContext, text?: string, showAlert = false) {
    const id = ctx.callbackQuery?.id;
    if (id === undefined) return;
    return this.gateway.call(
      ctx.state.bot.name,
      'answerCbQuery',
      id,
      text,
      showAlert ? { show_alert: true } : undefined,
    );
  }

  /** Replaces the text (and buttons) of the message whose inline button was pressed. */
  async editPressedMessage(ctx: BotContext, html: string, markup?: InlineKeyboardMarkup) {
    const message = ctx.callbackQuery?.message;
    if (!message) return;
    return this.gateway.call(
      ctx.state.bot.name,
      'editMessageText',
      message.chat.id,
      message.message_id,
      undefined,
      html,
      { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, reply_markup: markup },
    );
  }
}
