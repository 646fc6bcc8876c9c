import { AppConfig } from '@dvorik/config';
import { ALLOWED_UPDATES, describeFailure, TelegramGateway } from '@dvorik/telegram';
import { say, sayError } from '../output';
import { Command, CommandRunner } from 'nest-commander';

/** `npm run cli -- webhooks:set`: points every configured bot at `${WEBHOOK_BASE_URL}/bot/<bot>/webhook`. */
@Command({ name: 'webhooks:set', description: 'Register the webhooks of every configured bot with Telegram' })
export class WebhooksSetCommand extends CommandRunner {
  constructor(
    private readonly config: AppConfig,
    private readonly gateway: TelegramGateway,
  ) {
    super();
  }

  async run(): Promise<void> {
    const { WEBHOOK_BASE_URL: base, WEBHOOK_SECRET: secret } = this.config.env;
    if (!base || !secret)
      throw new Error('WEBHOOK_BASE_URL and WEBHOOK_SECRET must be set to register webhooks');
    if (this.config.bots.length === 0) throw new Error('No bot token is configured');
    let failed = false;
    for (const bot of this.config.bots) {
      const url = `${base.replace(/\/+$/, '')}/bot/${bot.name}/webhook`;
      const outcome = await this.gateway.call(bot.name, 'setWebhook', url, {
        secret_token: secret,
        allowed_updates: ALLOWED_UPDATES[bot.kind],
      });
      if (outcome.ok) say(`${bot.name}: ${url}`);
      else {
        failed = true;
        sayError(`${bot.name}: ${describeFailure(outcome)}`);
      }
    }
    if (failed) throw new Error('Some webhooks were not registered');
  }
}
