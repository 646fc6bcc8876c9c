import { AppConfig } from '@dvorik/config';
import { describeFailure, TelegramGateway } from '@dvorik/telegram';
import { Command, CommandRunner } from 'nest-commander';
import { say, sayError } from '../output';

/** `npm run cli -- webhooks:info`: what Telegram has for each configured bot (URL, queue, last error). */
@Command({ name: 'webhooks:info', description: "Show each configured bot's webhook as Telegram sees it" })
export class WebhooksInfoCommand extends CommandRunner {
  constructor(
    private readonly config: AppConfig,
    private readonly gateway: TelegramGateway,
  ) {
    super();
  }

  async run(): Promise<void> {
    if (this.config.bots.length === 0) throw new Error('No bot token is configured');
    let failed = false;
    for (const bot of this.config.bots) {
      const outcome = await this.gateway.call(bot.name, 'getWebhookInfo');
      if (!outcome.ok) {
        failed = true;
        sayError(`${bot.name}: ${describeFailure(outcome)}`);
        continue;
      }
      const info = outcome.result;
      const lastError = info.last_error_date
        ? `, last error ${new Date(info.last_error_date * 1000).toISOString()}: ${info.last_error_message ?? ''}`
        : '';
      say(
        `${bot.name}: ${info.url || '(no webhook: polling)'}, pending ${info.pending_update_count}${lastError}`,
      );
    }
    if (failed) throw new Error('Some bots could not be asked');
  }
}
