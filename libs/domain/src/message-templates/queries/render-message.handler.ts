import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { MessageTemplatesStore } from '../message-templates.store';
import { renderTemplate } from '../rules/template-text.rule';
import { RenderMessageQuery } from './render-message.query';

@QueryHandler(RenderMessageQuery)
export class RenderMessageHandler implements IQueryHandler<RenderMessageQuery> {
  constructor(private readonly store: MessageTemplatesStore) {}

  async execute({ key, values }: RenderMessageQuery) {
    return renderTemplate(await this.store.body(key), values);
  }
}
