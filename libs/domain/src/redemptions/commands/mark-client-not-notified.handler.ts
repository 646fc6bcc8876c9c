import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { RedemptionLogRepository } from '../redemption-log.repository';
import { MarkClientNotNotifiedCommand } from './mark-client-not-notified.command';

@CommandHandler(MarkClientNotNotifiedCommand)
export class MarkClientNotNotifiedHandler implements ICommandHandler<MarkClientNotNotifiedCommand> {
  constructor(private readonly log: RedemptionLogRepository) {}

  async execute({ logId }: MarkClientNotNotifiedCommand) {
    return { marked: await this.log.markClientNotNotified(logId) };
  }
}
