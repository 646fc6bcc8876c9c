import { DomainError } from '../shared';

export enum ExportErrorCode {
  Invalid = 'EXPORT_INVALID',
}

export class ExportError extends DomainError<ExportErrorCode> {
  static invalid(fields: Record<string, string[]>) {
    return new ExportError(ExportErrorCode.Invalid, `Invalid export: ${Object.keys(fields).join(', ')}`, {
      fields,
    });
  }

  private constructor(code: ExportErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}
