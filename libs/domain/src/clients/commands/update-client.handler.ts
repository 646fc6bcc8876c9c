import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AppConfig } from '@dvorik/config';
import { UnitOfWork } from '@dvorik/persistence';
import { isDeepStrictEqual } from 'node:util';
import { BIRTHDAY_SET_TAG } from '../client-tags';
import { type Client, toClientView } from '../client.entity';
import { ClientAdminRepository } from '../client-admin.repository';
import { ClientError } from '../clients.errors';
import { ClientsRepository } from '../clients.repository';
import { ClientUpdatedEvent } from '../events/client.events';
import { isValidStaffBirthday, normalizePhone, normalizeTags } from '../rules/client-fields.rule';
import { type ClientPatch, UpdateClientCommand } from './update-client.command';

type Editable = Pick<Client, 'gender' | 'birthday' | 'phone' | 'status'> & { tags: string[] };

@CommandHandler(UpdateClientCommand)
export class UpdateClientHandler implements ICommandHandler<UpdateClientCommand> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clients: ClientsRepository,
    private readonly admin: ClientAdminRepository,
    private readonly config: AppConfig,
  ) {}

  async execute({ actor, clientId, patch }: UpdateClientCommand) {
    const clean = this.validate(patch);
    return this.uow.run(async () => {
      const client = await this.admin.findForUpdate(clientId);
      if (!client) throw ClientError.notFound({ id: clientId });
      const before: Editable = { ...pick(client), tags: (await this.clients.tagsOf(clientId)).sort() };
      const after: Editable = { ...before, ...clean.fields };
      if (clean.banned === true) after.status = 'banned';
      if (clean.banned === false && before.status === 'banned') after.status = 'active';
      if (clean.fields.tags === undefined && clean.fields.birthday !== undefined) {
        // The system tag follows the birthday, as it does when a client sets one.
        const rest = before.tags.filter((t) => t !== BIRTHDAY_SET_TAG);
        after.tags = after.birthday ? [...rest, BIRTHDAY_SET_TAG].sort() : rest;
      }
      const changed = (Object.keys(after) as Array<keyof Editable>).filter(
        (key) => !isDeepStrictEqual(before[key], after[key]),
      );
      if (changed.length === 0) return toClientView(client, before.tags);
      const now = new Date();
      const { tags, ...columns } = after;
      await this.admin.update(clientId, { ...columns, updatedAt: now });
      if (changed.includes('tags')) await this.admin.replaceTags(clientId, tags, now);
      const diff = (side: Editable) => Object.fromEntries(changed.map((key) => [key, side[key]]));
      await this.uow.record(
        new ClientUpdatedEvent(
          actor,
          { type: 'client', id: clientId },
          { before: diff(before), after: diff(after) },
        ),
      );
      return toClientView({ ...client, ...columns, updatedAt: now }, tags);
    });
  }

  private validate(patch: ClientPatch): { fields: Partial<Editable>; banned?: boolean } {
    const fields: Partial<Editable> = {};
    const errors: Record<string, string[]> = {};
    if (patch.tags !== undefined) {
      const tags = normalizeTags(patch.tags);
      if (tags.ok) fields.tags = tags.tags;
      else errors.tags = tags.errors;
    }
    if (patch.phone !== undefined) {
      const phone = patch.phone === null || patch.phone.trim() === '' ? null : normalizePhone(patch.phone);
      if (patch.phone !== null && patch.phone.trim() !== '' && phone === null)
        errors.phone = ['Not a phone number: +7 914 123-45-67 or 8 914 123 45 67'];
      else fields.phone = phone;
    }
    if (patch.birthday !== undefined) {
      if (patch.birthday !== null && !isValidStaffBirthday(patch.birthday, new Date(), this.config.timeZone))
        errors.birthday = ['A real past date YYYY-MM-DD, not before 1900'];
      else fields.birthday = patch.birthday;
    }
    if (patch.gender !== undefined) fields.gender = patch.gender;
    if (Object.keys(errors).length > 0) throw ClientError.invalid(errors);
    return { fields, banned: patch.banned };
  }
}

function pick(client: Client): Omit<Editable, 'tags'> {
  return { gender: client.gender, birthday: client.birthday, phone: client.phone, status: client.status };
}
