import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isMessageTemplateKey, MESSAGE_TEMPLATE_DEFAULTS } from '../message-template.defaults';
import { MessageTemplateError } from '../message-templates.errors';
import { MessageTemplatesStore } from '../message-templates.store';
import { GetMessageTemplateQuery } from './get-message-template.query';

@QueryHandler(GetMessageTemplateQuery)
export class GetMessageTemplateHandler implements IQueryHandler<GetMessageTemplateQuery> {
  constructor(private readonly store: MessageTemplatesStore) {}

  async execute({ key }: GetMessageTemplateQuery) {
    if (!isMessageTemplateKey(key)) throw MessageTemplateError.notFound(key);
    const row = (await this.store.rows(true)).get(key);
    const defaultBody = MESSAGE_TEMPLATE_DEFAULTS[key];
    const body = row?.body ?? defaultBody;
    return { key, body, defaultBody, isDefault: body === defaultBody, updatedAt: row?.updatedAt ?? null };
  }
}
