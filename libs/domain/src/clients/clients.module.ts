import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientAdminRepository } from './client-admin.repository';
import { ClientTotalsReader } from './client-totals.reader';
import { ClientTotalsRepository } from './client-totals.repository';
import { ClientListReader } from './client-list.reader';
import { ClientCountCache } from './client-count.cache';
import { Client, ClientTag } from './client.entity';
import { ClientsRepository } from './clients.repository';
import { FilteredClientsReader } from './filter/filtered-clients.reader';
import { RecountClientTotalsHandler } from './commands/recount-client-totals.handler';
import { TagClientsHandler } from './commands/tag-clients.handler';
import { TallyClientTotalsHandler } from './commands/tally-client-totals.handler';
import { MarkClientBlockedHandler } from './commands/mark-client-blocked.handler';
import { RegisterClientHandler } from './commands/register-client.handler';
import { SetBirthdayHandler } from './commands/set-birthday.handler';
import { SetSubscriptionHandler } from './commands/set-subscription.handler';
import { TouchClientHandler } from './commands/touch-client.handler';
import { UpdateClientHandler } from './commands/update-client.handler';
import { UpdateOwnProfileHandler } from './commands/update-own-profile.handler';
import { GetClientByTelegramIdHandler } from './queries/get-client-by-telegram-id.handler';
import { GetClientHandler } from './queries/get-client.handler';
import { ListClientsHandler } from './queries/list-clients.handler';

const CommandHandlers = [
  RegisterClientHandler,
  TouchClientHandler,
  SetSubscriptionHandler,
  SetBirthdayHandler,
  MarkClientBlockedHandler,
  UpdateClientHandler,
  UpdateOwnProfileHandler,
  TagClientsHandler,
  TallyClientTotalsHandler,
  RecountClientTotalsHandler,
];
const QueryHandlers = [GetClientHandler, GetClientByTelegramIdHandler, ListClientsHandler];

@Module({
  imports: [TypeOrmModule.forFeature([Client, ClientTag])],
  providers: [
    ...CommandHandlers,
    ...QueryHandlers,
    ClientsRepository,
    ClientAdminRepository,
    ClientCountCache,
    ClientListReader,
    ClientTotalsRepository,
    ClientTotalsReader,
    FilteredClientsReader,
  ],
  /**
   * The clients' declared read models: FilteredClientsReader (client filters for segments,
   * broadcast audiences, exports and bulk jobs) and ClientTotalsReader (the dashboard's totals).
   */
  exports: [ClientTotalsReader, FilteredClientsReader],
})
export class ClientsModule {}
