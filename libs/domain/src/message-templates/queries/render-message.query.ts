import { Query } from '@nestjs/cqrs';
import type { MessageTemplateKey } from '../message-template.defaults';
import type { Placeholder } from '../rules/template-text.rule';

/** A bot text ready to send (Telegram HTML; values escaped). */
export class RenderMessageQuery extends Query<string> {
  constructor(
    readonly key: MessageTemplateKey,
    readonly values: Partial<Record<Placeholder, string>> = {},
  ) {
    super();
  }
}
