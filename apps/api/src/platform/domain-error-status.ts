import { HttpStatus } from '@nestjs/common';
import { type DomainErrorCode, StaffErrorCode } from '@dvorik/domain';

/**
 * The HTTP status of every domain error code, in one exhaustive switch: adding a code to any
 * capability fails the type check here until it is given a status.
 */
export function domainErrorStatus(code: DomainErrorCode): HttpStatus {
  switch (code) {
    case StaffErrorCode.NotFound:
      return HttpStatus.NOT_FOUND;
    case StaffErrorCode.TelegramIdTaken:
      return HttpStatus.CONFLICT;
    case StaffErrorCode.Inactive:
      return HttpStatus.FORBIDDEN;
    case StaffErrorCode.InvalidCredentials:
    case StaffErrorCode.LoginTokenInvalid:
      return HttpStatus.UNAUTHORIZED;
    case StaffErrorCode.WeakPassword:
      return HttpStatus.BAD_REQUEST;
  }
}
