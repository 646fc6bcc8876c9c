import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { MESSAGE_TEMPLATE_DEFAULTS, MESSAGE_TEMPLATE_KEYS } from '../message-template.defaults';
import { MessageTemplatesStore } from '../message-templates.store';
import { ListMessageTemplatesQuery } from './list-message-templates.query';

@QueryHandler(ListMessageTemplatesQuery)
export class ListMessageTemplatesHandler implements IQueryHandler<ListMessageTemplatesQuery> {
  constructor(private readonly store: MessageTemplatesStore) {}

  async execute() {
    const rows = await this.store.rows(true);
    return MESSAGE_TEMPLATE_KEYS.map((key) => {
      const row = rows.get(key);
      const defaultBody = MESSAGE_TEMPLATE_DEFAULTS[key];
      const body = row?.body ?? defaultBody;
      return { key, body, defaultBody, isDefault: body === defaultBody, updatedAt: row?.updatedAt ?? null };
    });
  }
}
