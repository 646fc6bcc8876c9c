import { AppConfig } from '@dvorik/config';
import { describeFailure, TelegramGateway } from '@dvorik/telegram';
import { Command, CommandRunner, Option } from 'nest-commander';
import { say, sayError } from '../output';

interface WebhooksDeleteOptions {
  dropPendingUpdates?: boolean;
}

/** `npm run cli -- webhooks:delete [--drop-pending-updates]`: back to polling for every configured bot. */
@Command({
  name: 'webhooks:delete',
  description: 'Remove the webhook of every configured bot (back to polling)',
})
export class WebhooksDeleteCommand extends CommandRunner {
  constructor(
    private readonly config: AppConfig,
    private readonly gateway: TelegramGateway,
  ) {
    super();
  }

  @Option({ flags: '--drop-pending-updates', description: 'Also drop the updates Telegram has queued' })
  parseDrop(): boolean {
    return true;
  }

  async run(_: string[], options: WebhooksDeleteOptions = {}): Promise<void> {
    if (this.config.bots.length === 0) throw new Error('No bot token is configured');
    let failed = false;
    for (const bot of this.config.bots) {
      const outcome = await this.gateway.call(bot.name, 'deleteWebhook', {
        drop_pending_updates: options.dropPendingUpdates === true,
      });
      if (outcome.ok) say(`${bot.name}: webhook removed`);
      else {
        failed = true;
        sayError(`${bot.name}: ${describeFailure(outcome)}`);
      }
    }
    if (failed) throw new Error('Some webhooks were not removed');
  }
}
