import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SeedSettingHandler } from './commands/seed-setting.handler';
import { UpdateSettingsHandler } from './commands/update-settings.handler';
import { GetSettingsSchemaHandler } from './queries/get-settings-schema.handler';
import { GetSettingsHandler } from './queries/get-settings.handler';
import { Setting } from './setting.entity';
import { SettingsReader } from './settings.reader';
import { SettingsRepository } from './settings.repository';

const CommandHandlers = [UpdateSettingsHandler, SeedSettingHandler];
const QueryHandlers = [GetSettingsHandler, GetSettingsSchemaHandler];

@Module({
  imports: [TypeOrmModule.forFeature([Setting])],
  providers: [...CommandHandlers, ...QueryHandlers, SettingsRepository, SettingsReader],
  exports: [SettingsReader],
})
export class SettingsModule {}
