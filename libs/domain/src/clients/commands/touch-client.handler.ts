import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ClientsRepository } from '../clients.repository';
import { telegramProfile } from './register-client.handler';
import { TouchClientCommand } from './touch-client.command';

@CommandHandler(TouchClientCommand)
export class TouchClientHandler implements ICommandHandler<TouchClientCommand> {
  constructor(private readonly clients: ClientsRepository) {}

  async execute({ input }: TouchClientCommand) {
    return { known: await this.clients.refresh(input.telegramId, telegramProfile(input), new Date()) };
  }
}
