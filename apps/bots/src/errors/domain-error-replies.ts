import { type DomainErrorCode, StaffErrorCode } from '@dvorik/domain';

/**
 * What a bot says when a command refuses, in one exhaustive switch: a new domain code fails the
 * type check here until it has a Russian reply.
 */
export function domainErrorReply(code: DomainErrorCode): string {
  switch (code) {
    case StaffErrorCode.NotFound:
      return 'Вход в панель доступен только сотрудникам магазина.';
    case StaffErrorCode.Inactive:
      return 'Ваш доступ сотрудника отключён. Обратитесь к владельцу.';
    case StaffErrorCode.TelegramIdTaken:
      return 'Этот сотрудник уже есть.';
    case StaffErrorCode.InvalidCredentials:
    case StaffErrorCode.LoginTokenInvalid:
      return 'Ссылка для входа устарела. Отправьте /login ещё раз.';
    case StaffErrorCode.WeakPassword:
      return 'Пароль слишком короткий: нужно не меньше 10 символов.';
  }
}
