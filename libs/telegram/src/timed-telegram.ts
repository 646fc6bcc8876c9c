import type { Telegram } from 'telegraf';

/** Media uploads may take a while on a slow link: they get this many times the call deadline. */
const UPLOAD_FACTOR = 4;

type CallApi = Telegram['callApi'];
type CallApiOptions = NonNullable<Parameters<CallApi>[2]>;
const UPLOADS = /^send(Photo|Video|Document|Audio|Animation|MediaGroup)$/;

/**
 * Gives every Bot API call of `client` a deadline (a caller's own signal still wins): telegraf's
 * own default is 500 s, so a dead connection would hold a job or an update that long.
 * telegraf's method wrappers all go through `this.callApi`, so replacing it on the instance
 * covers them.
 */
export function withDeadline<T extends Telegram>(client: T, timeoutMs: number): T {
  const call = client.callApi.bind(client) as (m: string, p: unknown, o: CallApiOptions) => Promise<unknown>;
  const timed = (method: string, payload: unknown, options: CallApiOptions = {}) => {
    const timeout = UPLOADS.test(method) ? timeoutMs * UPLOAD_FACTOR : timeoutMs;
    // telegraf types its signal with the abort-controller shim; Node's AbortSignal is what it uses.
    const signal = options.signal ?? (AbortSignal.timeout(timeout) as unknown as CallApiOptions['signal']);
    return call(method, payload, { signal });
  };
  client.callApi = timed as unknown as CallApi;
  return client;
}
