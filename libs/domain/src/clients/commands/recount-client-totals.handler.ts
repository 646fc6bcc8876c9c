import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ClientTotalsRepository } from '../client-totals.repository';
import { RecountClientTotalsCommand } from './recount-client-totals.command';

@CommandHandler(RecountClientTotalsCommand)
export class RecountClientTotalsHandler implements ICommandHandler<RecountClientTotalsCommand> {
  constructor(private readonly totals: ClientTotalsRepository) {}

  execute(): Promise<void> {
    return this.totals.recount();
  }
}
