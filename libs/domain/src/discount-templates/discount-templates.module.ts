import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SettingsModule } from '../settings';
import { CreateDiscountTemplateHandler } from './commands/create-discount-template.handler';
import { DeleteDiscountTemplateHandler } from './commands/delete-discount-template.handler';
import { UpdateDiscountTemplateHandler } from './commands/update-discount-template.handler';
import { DiscountTemplate } from './discount-template.entity';
import { DiscountTemplatesRepository } from './discount-templates.repository';
import { DiscountTemplatesSeeder } from './discount-templates.seeder';
import { FindDiscountTemplateBySharedCodeHandler } from './queries/find-discount-template-by-shared-code.handler';
import { GetDiscountTemplateHandler } from './queries/get-discount-template.handler';
import { ListDiscountTemplatesHandler } from './queries/list-discount-templates.handler';

const CommandHandlers = [
  CreateDiscountTemplateHandler,
  UpdateDiscountTemplateHandler,
  DeleteDiscountTemplateHandler,
];
const QueryHandlers = [
  GetDiscountTemplateHandler,
  FindDiscountTemplateBySharedCodeHandler,
  ListDiscountTemplatesHandler,
];

@Module({
  imports: [TypeOrmModule.forFeature([DiscountTemplate]), SettingsModule],
  providers: [...CommandHandlers, ...QueryHandlers, DiscountTemplatesRepository, DiscountTemplatesSeeder],
  exports: [DiscountTemplatesSeeder],
})
export class DiscountTemplatesModule {}
