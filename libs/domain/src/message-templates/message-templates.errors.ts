import { DomainError } from '../shared';

export enum MessageTemplateErrorCode {
  NotFound = 'MESSAGE_TEMPLATE_NOT_FOUND',
  Invalid = 'MESSAGE_TEMPLATE_INVALID',
}

export class MessageTemplateError extends DomainError<MessageTemplateErrorCode> {
  static notFound(key: string) {
    return new MessageTemplateError(MessageTemplateErrorCode.NotFound, `No message template "${key}"`, {
      key,
    });
  }
  static invalid(key: string, errors: string[]) {
    return new MessageTemplateError(MessageTemplateErrorCode.Invalid, errors.join('; '), {
      key,
      fields: { body: errors },
    });
  }

  private constructor(code: MessageTemplateErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}
