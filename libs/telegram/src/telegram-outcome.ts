/**
 * What a Bot API call came to, as data: callers decide (wait, mark blocked, store the answer,
 * retry) without parsing errors. `retryable` outcomes lose nothing when retried.
 */
export type TelegramFailure =
  | { ok: false; kind: 'rate_limited'; retryAfter: number; description: string }
  | { ok: false; kind: 'blocked'; description: string }
  | { ok: false; kind: 'bad_request'; errorCode: number; description: string }
  | { ok: false; kind: 'network'; description: string };

export type TelegramOutcome<T> = { ok: true; result: T } | TelegramFailure;

export function describeFailure(failure: TelegramFailure): string {
  switch (failure.kind) {
    case 'rate_limited':
      return `429 retry after ${failure.retryAfter}s`;
    case 'blocked':
      return `403 ${failure.description}`;
    case 'bad_request':
      return `${failure.errorCode} ${failure.description}`;
    case 'network':
      return `network: ${failure.description}`;
  }
}
