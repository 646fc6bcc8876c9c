import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { UnitOfWork } from '@dvorik/persistence';
import { BIRTHDAY_SET_TAG } from '../client-tags';
import { ClientError } from '../clients.errors';
import { ClientsRepository } from '../clients.repository';
import { ClientBirthdaySetEvent } from '../events/client.events';
import { parseBirthday } from '../rules/birthday.rule';
import { SetBirthdayCommand } from './set-birthday.command';

@CommandHandler(SetBirthdayCommand)
export class SetBirthdayHandler implements ICommandHandler<SetBirthdayCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clients: ClientsRepository,
    private readonly config: AppConfig,
  ) {}

  async execute({ clientId, text }: SetBirthdayCommand) {
    const client = await this.clients.findById(clientId);
    if (!client) throw ClientError.notFound({ clientId });
    if (client.birthday !== null) throw ClientError.birthdayAlreadySet(client.birthday);
    const now = new Date();
    const parsed = parseBirthday(text, now, this.config.timeZone);
    if (!parsed.ok) throw ClientError.birthdayInvalid(parsed.reason);
    await this.uow.run(async () => {
      // Lost a race with another message of the same client: theirs stands.
      if (!(await this.clients.setBirthdayIfUnset(clientId, parsed.date, now))) {
        throw ClientError.birthdayAlreadySet(parsed.date);
      }
      await this.clients.addTags(clientId, [BIRTHDAY_SET_TAG], now);
      await this.uow.record(
        new ClientBirthdaySetEvent(
          { type: 'client', clientId },
          { type: 'client', id: clientId },
          { birthday: parsed.date },
        ),
      );
    });
    return { birthday: parsed.date };
  }
}
