import { DomainError } from '../shared';

export enum StaffErrorCode {
  NotFound = 'STAFF_NOT_FOUND',
  TelegramIdTaken = 'STAFF_TELEGRAM_ID_TAKEN',
  Inactive = 'STAFF_INACTIVE',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  LoginTokenInvalid = 'LOGIN_TOKEN_INVALID',
  WeakPassword = 'STAFF_WEAK_PASSWORD',
  LastOwner = 'STAFF_LAST_OWNER',
  LoginLocked = 'LOGIN_LOCKED',
}

export class StaffError extends DomainError<StaffErrorCode> {
  static notFound(ref: Record<string, unknown>) {
    return new StaffError(StaffErrorCode.NotFound, 'Staff member not found', ref);
  }
  static telegramIdTaken(telegramId: number) {
    return new StaffError(StaffErrorCode.TelegramIdTaken, 'A staff member with this Telegram id exists', {
      telegramId,
    });
  }
  static inactive() {
    return new StaffError(StaffErrorCode.Inactive, 'This staff member is deactivated');
  }
  static invalidCredentials() {
    return new StaffError(StaffErrorCode.InvalidCredentials, 'Wrong Telegram id or password');
  }
  static loginTokenInvalid() {
    return new StaffError(
      StaffErrorCode.LoginTokenInvalid,
      'The login link is invalid, expired or already used',
    );
  }
  static weakPassword() {
    return new StaffError(StaffErrorCode.WeakPassword, 'A password needs at least 10 characters');
  }

  /** The shop would be left without an active owner (nobody could manage staff or settings). */
  static lastOwner() {
    return new StaffError(StaffErrorCode.LastOwner, 'The last active owner cannot be demoted or deactivated');
  }

  /** Too many wrong passwords for this account lately; the one-time link from the bot still works. */
  static loginLocked(lockedUntil: Date) {
    return new StaffError(
      StaffErrorCode.LoginLocked,
      'Too many failed logins for this account; password login is locked for a while',
      { lockedUntil: lockedUntil.toISOString() },
    );
  }

  private constructor(code: StaffErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}
