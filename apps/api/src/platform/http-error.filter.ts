import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { DomainError } from '@dvorik/domain';
import type { DomainErrorCode } from '@dvorik/domain/errors';
import type { FastifyReply } from 'fastify';
import type { ServerResponse } from 'node:http';
import { TillRefusal } from '../till/till-refusal';
import { domainErrorStatus } from './domain-error-status';
import type { ErrorBody } from './error-body';
import { InputValidationException } from './validation';

const GENERIC_CODES: Partial<Record<number, string>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE_ENTITY',
  429: 'TOO_MANY_REQUESTS',
};

/** The only place errors become HTTP responses: domain codes, Nest's own, and the unexpected. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<FastifyReply | ServerResponse>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500)
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (!('raw' in response)) {
      // A Nest middleware's failure (it runs on Node's own response, before Fastify's reply).
      if (response.headersSent) return;
      response.statusCode = body.statusCode;
      response.setHeader('content-type', 'application/json; charset=utf-8');
      response.end(JSON.stringify(body));
      return;
    }
    // JSON even where the route declared another type with @Header (text, CSV): Fastify would
    // refuse to send an object under it.
    if (!response.sent)
      void response.status(body.statusCode).type('application/json; charset=utf-8').send(body);
  }

  toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      const code = exception.code as DomainErrorCode;
      return {
        statusCode: domainErrorStatus(code),
        code,
        message: exception.message,
        details: exception.details,
        ...(exception instanceof TillRefusal ? { text: exception.cashierText } : {}),
      };
    }
    if (exception instanceof InputValidationException) {
      return {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: exception.message,
        details: { fields: exception.fields },
      };
    }
    if (exception instanceof ThrottlerException) {
      return {
        statusCode: 429,
        code: 'TOO_MANY_REQUESTS',
        message: 'Too many attempts, try again later',
        details: {},
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const res = exception.getResponse();
      const raw = typeof res === 'string' ? res : (res as { message?: unknown }).message;
      const message = typeof raw === 'string' ? raw : Array.isArray(raw) ? raw.join('; ') : exception.message;
      return { statusCode: status, code: GENERIC_CODES[status] ?? `HTTP_${status}`, message, details: {} };
    }
    // Fastify's own client errors (too large, a content type no route reads, multipart limits)
    // carry their status.
    const { status: given, statusCode } = (exception ?? {}) as { status?: number; statusCode?: number };
    const status = statusCode ?? given;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const message =
        status === 413
          ? 'Request body is too large'
          : status === 415
            ? 'Unsupported content type'
            : 'Malformed request body';
      return { statusCode: status, code: GENERIC_CODES[status] ?? `HTTP_${status}`, message, details: {} };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'INTERNAL_ERROR',
      message: 'Internal error',
      details: {},
    };
  }
}
