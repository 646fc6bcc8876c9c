import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@dvorik/persistence';
import { ClientAdminRepository } from '../client-admin.repository';
import { MAX_TAGS_PER_CLIENT } from '../client-tags';
import { TagClientsCommand, type TagClientsResult } from './tag-clients.command';

@CommandHandler(TagClientsCommand)
export class TagClientsHandler implements ICommandHandler<TagClientsCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clients: ClientAdminRepository,
  ) {}

  execute({ input }: TagClientsCommand): Promise<TagClientsResult> {
    return this.uow.run(async () => {
      const known = new Set((await this.clients.existing(input.clientIds)).map((c) => c.id));
      const missing = input.clientIds.filter((id) => !known.has(id));
      const targets = [...known];
      const removed = await this.clients.removeTags(targets, input.removeTags);
      const overTagLimit = await this.clients.overTagLimit(targets, input.addTags, MAX_TAGS_PER_CLIENT);
      const over = new Set(overTagLimit);
      const tagged = targets.filter((id) => !over.has(id));
      const added = await this.clients.addTags(tagged, input.addTags, new Date());
      return { missing, overTagLimit, tagged, removed, added };
    });
  }
}
