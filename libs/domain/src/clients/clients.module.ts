import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Client, ClientTag } from './client.entity';
import { ClientsRepository } from './clients.repository';
import { MarkClientBlockedHandler } from './commands/mark-client-blocked.handler';
import { RegisterClientHandler } from './commands/register-client.handler';
import { SetBirthdayHandler } from './commands/set-birthday.handler';
import { SetSubscriptionHandler } from './commands/set-subscription.handler';
import { TouchClientHandler } from './commands/touch-client.handler';
import { GetClientByTelegramIdHandler, GetClientHandler } from './queries/get-client.handler';

const CommandHandlers = [
  RegisterClientHandler,
  TouchClientHandler,
  SetSubscriptionHandler,
  SetBirthdayHandler,
  MarkClientBlockedHandler,
];
const QueryHandlers = [GetClientHandler, GetClientByTelegramIdHandler];

@Module({
  imports: [TypeOrmModule.forFeature([Client, ClientTag])],
  providers: [...CommandHandlers, ...QueryHandlers, ClientsRepository],
})
export class ClientsModule {}
