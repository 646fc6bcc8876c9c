import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { SettingsReader } from '../../settings';
import { DemoDataPurger } from '../demo-data.purger';
import { ClearDemoDataCommand } from './clear-demo-data.command';

/** Removes the demo shop and the sandbox people's rows in one transaction (DemoDataPurger). */
@CommandHandler(ClearDemoDataCommand)
export class ClearDemoDataHandler implements ICommandHandler<ClearDemoDataCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly purger: DemoDataPurger,
    private readonly settings: SettingsReader,
  ) {}

  async execute(): Promise<{ removed: Record<string, number> }> {
    const removed = await this.uow.run(() => this.purger.purge());
    this.settings.invalidate();
    return { removed };
  }
}
