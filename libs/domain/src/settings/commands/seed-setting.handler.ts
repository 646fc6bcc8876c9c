import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { SettingsRepository } from '../settings.repository';
import { SeedSettingCommand } from './seed-setting.command';

@CommandHandler(SeedSettingCommand)
export class SeedSettingHandler implements ICommandHandler<SeedSettingCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repository: SettingsRepository,
  ) {}

  execute({ key, value }: SeedSettingCommand): Promise<boolean> {
    return this.uow.run(() => this.repository.insertIfAbsent(key, value, new Date()));
  }
}
