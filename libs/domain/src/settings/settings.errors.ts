import { DomainError } from '../shared';

export enum SettingsErrorCode {
  Invalid = 'SETTINGS_INVALID',
  NotFound = 'SETTING_NOT_FOUND',
}

export class SettingsError extends DomainError<SettingsErrorCode> {
  /** `fields` names every key at fault: `{ birthday_hour: ['Too big: …'] }`. */
  static invalid(fields: Record<string, string[]>) {
    return new SettingsError(
      SettingsErrorCode.Invalid,
      `Invalid settings: ${Object.keys(fields).join(', ')}`,
      {
        fields,
      },
    );
  }

  static notFound(key: string) {
    return new SettingsError(SettingsErrorCode.NotFound, `No setting named ${key}`, { key });
  }

  private constructor(code: SettingsErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}
