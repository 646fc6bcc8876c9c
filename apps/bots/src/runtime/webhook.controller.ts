import {
  Body,
  Controller,
  ForbiddenException,
  Headers,
  HttpCode,
  Logger,
  NotFoundException,
  Param,
  Post,
  ServiceUnavailableException,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AppConfig } from '@dvorik/config';
import { getBotToken } from 'nestjs-telegraf';
import { timingSafeEqual } from 'node:crypto';
import type { Telegraf } from 'telegraf';
import type { Update } from 'telegraf/types';

/**
 * Webhook mode: Telegram posts updates here (`/bot/client/webhook`, `/bot/staff/webhook`, and the
 * test twins'). Telegraf's own launch({webhook}) builds https URLs and its own server; mounting
 * in Nest keeps one HTTP stack, one port, and our logging.
 */
@Controller('bot')
export class WebhookController {
  private readonly logger = new Logger(WebhookController.name);
  private readonly secret: Buffer;

  constructor(
    private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {
    this.secret = Buffer.from(config.env.WEBHOOK_SECRET ?? '');
  }

  @Post(':bot/webhook')
  @HttpCode(200)
  async receive(
    @Param('bot') name: string,
    @Headers('x-telegram-bot-api-secret-token') secret: string | undefined,
    @Body() update: Update,
  ): Promise<void> {
    const identity = this.config.bot(name);
    if (!identity || this.config.env.BOTS_MODE !== 'webhook') throw new NotFoundException();
    if (!this.secretMatches(secret)) {
      this.logger.warn(`Rejected a webhook call for ${name}: wrong secret token`);
      throw new ForbiddenException('Wrong secret token');
    }
    const bot = this.moduleRef.get<Telegraf>(getBotToken(name), { strict: false });
    try {
      await bot.handleUpdate(update);
    } catch {
      // Already logged by BotErrorBoundary; a non-2xx answer makes Telegram send the update again.
      throw new ServiceUnavailableException('The update was not handled; send it again');
    }
  }

  private secretMatches(given: string | undefined): boolean {
    const candidate = Buffer.from(given ?? '');
    return (
      this.secret.length > 0 &&
      candidate.length === this.secret.length &&
      timingSafeEqual(candidate, this.secret)
    );
  }
}
