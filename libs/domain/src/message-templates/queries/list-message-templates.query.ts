import { Query } from '@nestjs/cqrs';
import type { MessageTemplateView } from '../message-template.entity';

/** Every key with its current body and its default, for the panel's editor. */
export class ListMessageTemplatesQuery extends Query<MessageTemplateView[]> {}
