import { DomainError } from '../shared';
import type { BirthdayRefusal } from './rules/birthday.rule';

export enum ClientErrorCode {
  NotFound = 'CLIENT_NOT_FOUND',
  BirthdayInvalid = 'BIRTHDAY_INVALID',
  BirthdayAlreadySet = 'BIRTHDAY_ALREADY_SET',
  Invalid = 'CLIENT_INVALID',
  BulkItemFailed = 'CLIENT_BULK_ITEM_FAILED',
  ContactNotOwn = 'CLIENT_CONTACT_NOT_OWN',
  ProfileInvalid = 'CLIENT_PROFILE_INVALID',
  /** A client filter (a segment's definition) with an unknown key or a wrong type: DESIGN's name. */
  FilterInvalid = 'SEGMENT_INVALID',
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

  /** `fields` names every filter field at fault: `{ "age.from": ["Too small: …"], color: ["unknown filter key"] }`. */
  static filterInvalid(fields: Record<string, string[]>) {
    const message = `Invalid filter: ${Object.keys(fields).join(', ')}`;
    return new ClientError(ClientErrorCode.FilterInvalid, message, { fields });
  }

  /** A staff edit refused; `fields` names each field at fault (tags, phone, birthday). */
  static invalid(fields: Record<string, string[]>) {
    return new ClientError(
      ClientErrorCode.Invalid,
      `Invalid client fields: ${Object.keys(fields).join(', ')}`,
      {
        fields,
      },
    );
  }
  /** «Мой профиль»: the contact sent is someone else's (a forwarded card), not the client's own. */
  static contactNotOwn(contactUserId: number | null) {
    return new ClientError(ClientErrorCode.ContactNotOwn, "Only the client's own contact is accepted", {
      contactUserId,
    });
  }
  /** «Мой профиль»: what the client typed cannot be stored (`field`: phone or name). */
  static profileInvalid(field: 'phone' | 'name') {
    return new ClientError(ClientErrorCode.ProfileInvalid, `Not a usable ${field}`, { field });
  }
  /** One client of a small bulk action failed, so none of it was applied. */
  static bulkItemFailed(clientId: number, code: string, message: string) {
    return new ClientError(
      ClientErrorCode.BulkItemFailed,
      `Client ${clientId}: ${message}; nothing was changed`,
      { clientId, cause: { code, message } },
    );
  }

  private constructor(code: ClientErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}
