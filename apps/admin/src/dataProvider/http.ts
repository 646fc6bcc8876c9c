import { HttpError } from 'ra-core';
import { errorMessage } from '../i18n/error-messages';

export const API_ROOT = '/api/v1';

/** The API's one error shape (README «Errors»). */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

/** What react-admin reads from an HttpError body: `errors` lands at the form's fields. */
export interface PanelErrorBody {
  code: string;
  apiMessage: string;
  details: Record<string, unknown>;
  errors?: Record<string, string>;
}

function isApiError(body: unknown): body is ApiErrorBody {
  return typeof body === 'object' && body !== null && typeof (body as ApiErrorBody).code === 'string';
}

/**
 * The API's `details.fields` (`{"tags": ["…"], "filter.age.from": ["…"]}` or `{"body": "…"}`) as
 * react-admin form errors in Russian. The API's own text is English, so the field shows the
 * code's Russian message; the API's words stay in the body for the curious.
 */
export function fieldErrors(
  code: string,
  details: Record<string, unknown>,
): Record<string, string> | undefined {
  const fields = details.fields;
  if (typeof fields !== 'object' || fields === null) return undefined;
  const message = code === 'VALIDATION_FAILED' ? 'Неверное значение' : errorMessage(code, 400);
  const errors: Record<string, string> = {};
  for (const path of Object.keys(fields)) errors[path] = message;
  return Object.keys(errors).length ? errors : undefined;
}

/** Any failed response → HttpError with the Russian message of its code and field errors. */
export function toHttpError(status: number, body: unknown): HttpError {
  if (!isApiError(body))
    return new HttpError(errorMessage(undefined, status), status, { code: `HTTP_${status}` });
  const details = body.details ?? {};
  const panelBody: PanelErrorBody = {
    code: body.code,
    apiMessage: body.message,
    details,
    errors: fieldErrors(body.code, details),
  };
  return new HttpError(errorMessage(body.code, status), status, panelBody);
}

export interface HttpOptions {
  method?: string;
  json?: unknown;
  body?: BodyInit;
  token?: string | null;
  headers?: Record<string, string>;
}

export interface HttpResult<T> {
  status: number;
  headers: Headers;
  json: T;
}

/** The panel's only fetch: JSON in and out, Bearer token, API errors as HttpError. */
export async function http<T = unknown>(path: string, options: HttpOptions = {}): Promise<HttpResult<T>> {
  const headers = new Headers(options.headers);
  headers.set('accept', 'application/json');
  if (options.token) headers.set('authorization', `Bearer ${options.token}`);
  let body = options.body;
  if (options.json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(options.json);
  }
  let response: Response;
  try {
    response = await fetch(`${API_ROOT}${path}`, { method: options.method ?? 'GET', headers, body });
  } catch {
    throw new HttpError(errorMessage('NETWORK_ERROR', 0), 0, { code: 'NETWORK_ERROR' });
  }
  const text = await response.text();
  let json: unknown = undefined;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
  }
  if (!response.ok) throw toHttpError(response.status, json);
  return { status: response.status, headers: response.headers, json: json as T };
}
