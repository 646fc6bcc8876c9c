import type { ApiParams, ApiResponse } from './types';

export interface BotApiAnswer<T = unknown> {
  status: number;
  body: ApiResponse & { result?: T };
}

/**
 * A bare Bot API call over HTTP, for tests that speak to the emulator without a bot framework.
 * Plain objects go as JSON; pass a `FormData` to upload files.
 */
export async function callBotApi<T = unknown>(
  apiRoot: string,
  token: string,
  method: string,
  params: ApiParams | FormData = {},
): Promise<BotApiAnswer<T>> {
  const init: RequestInit =
    params instanceof FormData
      ? { method: 'POST', body: params }
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(params) };
  const response = await fetch(`${apiRoot}/bot${token}/${method}`, init);
  return { status: response.status, body: (await response.json()) as ApiResponse & { result?: T } };
}

/** The `result` of a call that must succeed; anything else throws with Telegram's description. */
export async function botApiResult<T = unknown>(
  apiRoot: string,
  token: string,
  method: string,
  params?: ApiParams | FormData,
): Promise<T> {
  const { status, body } = await callBotApi<T>(apiRoot, token, method, params);
  if (!body.ok) throw new Error(`${method} failed with ${status}: ${body.description}`);
  return body.result as T;
}
