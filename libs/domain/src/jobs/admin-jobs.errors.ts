import { DomainError } from '../shared';

export enum AdminJobErrorCode {
  NotFound = 'JOB_NOT_FOUND',
  FileNotReady = 'JOB_FILE_NOT_READY',
}

export class AdminJobError extends DomainError<AdminJobErrorCode> {
  static notFound(id: string) {
    return new AdminJobError(AdminJobErrorCode.NotFound, 'No such job', { id });
  }
  static fileNotReady(id: string, status: string) {
    return new AdminJobError(AdminJobErrorCode.FileNotReady, 'The job has no file (yet)', { id, status });
  }

  private constructor(code: AdminJobErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}
