import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { ClientTotalsRepository } from '../client-totals.repository';
import { TallyClientTotalsCommand } from './tally-client-totals.command';

@CommandHandler(TallyClientTotalsCommand)
export class TallyClientTotalsHandler implements ICommandHandler<TallyClientTotalsCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly totals: ClientTotalsRepository,
  ) {}

  execute({ clientIds, sign }: TallyClientTotalsCommand): Promise<void> {
    return this.uow.run(() => this.totals.tally(clientIds, sign));
  }
}
