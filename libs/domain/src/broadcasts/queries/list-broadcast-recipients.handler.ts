import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { displayName } from '../../clients';
import { BroadcastsRepository } from '../broadcasts.repository';
import { BroadcastError } from '../broadcasts.errors';
import { RecipientsRepository } from '../recipients.repository';
import { ListBroadcastRecipientsQuery } from './list-broadcast-recipients.query';

@QueryHandler(ListBroadcastRecipientsQuery)
export class ListBroadcastRecipientsHandler implements IQueryHandler<ListBroadcastRecipientsQuery> {
  constructor(
    private readonly broadcasts: BroadcastsRepository,
    private readonly recipients: RecipientsRepository,
  ) {}

  async execute({ id, filter, page, perPage }: ListBroadcastRecipientsQuery) {
    if (!(await this.broadcasts.findById(id))) throw BroadcastError.notFound(id);
    const { rows, total } = await this.recipients.page(id, filter, page, perPage);
    const items = rows.map((r) => ({
      clientId: Number(r.client_id),
      telegramId: Number(r.chat_id),
      displayName: displayName({ firstName: r.first_name, lastName: r.last_name, username: r.username }),
      username: r.username,
      status: r.status,
      blocked: Number(r.blocked) === 1,
      attempts: Number(r.attempts),
      error: r.error,
      sentAt: r.sent_at,
    }));
    return { items, total, page, perPage };
  }
}
