import { DomainError } from '../shared/domain-error';
import type { BirthdayRefusal } from './rules/birthday.rule';

export enum ClientErrorCode {
  NotFound = 'CLIENT_NOT_FOUND',
  BirthdayInvalid = 'BIRTHDAY_INVALID',
  BirthdayAlreadySet = 'BIRTHDAY_ALREADY_SET',
}

export class ClientError extends DomainError<ClientErrorCode> {
  static notFound(ref: Record<string, unknown>) {
    return new ClientError(ClientErrorCode.NotFound, 'Client not found', ref);
  }
  /** `reason` tells the bot which hint to give (format, two-digit year, impossible, future…). */
  static birthdayInvalid(reason: BirthdayRefusal) {
    return new ClientError(ClientErrorCode.BirthdayInvalid, `Not a usable birthday (${reason})`, { reason });
  }
  static birthdayAlreadySet(birthday: string) {
    return new ClientError(ClientErrorCode.BirthdayAlreadySet, 'The birthday is already set', { birthday });
  }

  private constructor(code: ClientErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}
