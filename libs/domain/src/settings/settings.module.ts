import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UpdateSettingsHandler } from './commands/update-settings.handler';
import { GetSettingsHandler } from './queries/get-settings.handler';
import { Setting } from './setting.entity';
import { SettingsReader } from './settings.reader';
import { SettingsRepository } from './settings.repository';

const CommandHandlers = [UpdateSettingsHandler];
const QueryHandlers = [GetSettingsHandler];

@Module({
  imports: [TypeOrmModule.forFeature([Setting])],
  providers: [...CommandHandlers, ...QueryHandlers, SettingsRepository, SettingsReader],
  exports: [SettingsReader, SettingsRepository],
})
export class SettingsModule {}
