import { DomainError } from '../shared';
import type { BroadcastStatus } from './broadcast.types';
import type { BroadcastAction } from './rules/broadcast-status.rule';

export enum BroadcastErrorCode {
  NotFound = 'BROADCAST_NOT_FOUND',
  Invalid = 'BROADCAST_INVALID',
  InvalidTransition = 'BROADCAST_INVALID_TRANSITION',
  AudienceEmpty = 'BROADCAST_AUDIENCE_EMPTY',
  NoTestClients = 'BROADCAST_NO_TEST_CLIENTS',
  FromChatDisabled = 'BROADCAST_FROM_CHAT_DISABLED',
  FromChatForbidden = 'BROADCAST_FROM_CHAT_FORBIDDEN',
  FromChatNotYours = 'BROADCAST_FROM_CHAT_NOT_YOURS',
}

export class BroadcastError extends DomainError<BroadcastErrorCode> {
  static notFound(id: number) {
    return new BroadcastError(BroadcastErrorCode.NotFound, 'Broadcast not found', { id });
  }
  /** `fields` names every field at fault: `{ text: ['not valid Telegram HTML: …'] }`. */
  static invalid(fields: Record<string, string[]>) {
    const message = `Invalid broadcast: ${Object.keys(fields).join(', ')}`;
    return new BroadcastError(BroadcastErrorCode.Invalid, message, { fields });
  }
  /** E.g. editing a launched broadcast or pausing a finished one; `allowedFrom` says when it works. */
  static invalidTransition(
    id: number,
    action: BroadcastAction,
    status: BroadcastStatus,
    allowedFrom: readonly string[],
  ) {
    const message = `Cannot ${action.replace('_', ' ')} a ${status} broadcast`;
    return new BroadcastError(BroadcastErrorCode.InvalidTransition, message, {
      id,
      action,
      status,
      allowedFrom,
    });
  }
  static audienceEmpty(id: number) {
    return new BroadcastError(BroadcastErrorCode.AudienceEmpty, 'Nobody would receive this broadcast', {
      id,
    });
  }
  static noTestClients() {
    const message = 'There are no test clients: write to the test bot first (they become is_test)';
    return new BroadcastError(BroadcastErrorCode.NoTestClients, message);
  }
  static fromChatDisabled() {
    const message = 'Broadcasting from the chat is off (setting auto_broadcast_from_admins)';
    return new BroadcastError(BroadcastErrorCode.FromChatDisabled, message);
  }
  static fromChatForbidden(telegramId: number) {
    const message = 'Only staff allowed to broadcast from the chat may do this';
    return new BroadcastError(BroadcastErrorCode.FromChatForbidden, message, { telegramId });
  }

  /** A draft from the chat is its author's: nobody else may pick its audience, launch or drop it there. */
  static fromChatNotYours(id: number) {
    const message = 'Only the staff member who wrote this draft in the chat may act on it there';
    return new BroadcastError(BroadcastErrorCode.FromChatNotYours, message, { id });
  }

  private constructor(code: BroadcastErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}
