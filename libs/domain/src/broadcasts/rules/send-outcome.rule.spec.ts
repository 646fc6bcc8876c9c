import { backoffMs, MAX_SEND_ATTEMPTS, recipientResult } from './send-outcome.rule';

describe('recipientResult', () => {
  it('sent', () => {
    expect(recipientResult({ ok: true, result: {} }, 0)).toEqual({ kind: 'sent' });
  });

  it('429 waits retry_after and spends no attempt', () => {
    const outcome = {
      ok: false,
      kind: 'rate_limited',
      retryAfter: 7,
      description: 'Too Many Requests',
    } as const;
    expect(recipientResult(outcome, MAX_SEND_ATTEMPTS - 1)).toEqual({
      kind: 'rate_limited',
      retryAfterMs: 7000,
    });
  });

  it('403 fails the recipient as blocked, with the reason', () => {
    expect(
      recipientResult({ ok: false, kind: 'blocked', description: 'Forbidden: user is deactivated' }, 0),
    ).toEqual({
      kind: 'failed',
      blocked: true,
      error: '403 Forbidden: user is deactivated',
    });
  });

  it('400 fails the recipient with Telegram’s answer; 401/404 fail the whole broadcast', () => {
    const bad = {
      ok: false,
      kind: 'bad_request',
      errorCode: 400,
      description: 'Bad Request: chat not found',
    } as const;
    expect(recipientResult(bad, 0)).toEqual({
      kind: 'failed',
      blocked: false,
      error: '400 Bad Request: chat not found',
    });
    expect(recipientResult({ ...bad, errorCode: 401, description: 'Unauthorized' }, 0)).toEqual({
      kind: 'fatal',
      error: '401 Unauthorized',
    });
  });

  it('a refused upload fails the broadcast: the file is wrong for everyone', () => {
    const outcome = {
      ok: false,
      kind: 'bad_request',
      errorCode: 400,
      description: 'Bad Request: IMAGE_PROCESS_FAILED',
    } as const;
    expect(recipientResult(outcome, 0, true)).toMatchObject({ kind: 'fatal' });
    expect(
      recipientResult({ ...outcome, description: 'Bad Request: chat not found' }, 0, true),
    ).toMatchObject({ kind: 'failed' });
    expect(recipientResult(outcome, 0, false)).toMatchObject({ kind: 'failed' });
  });

  it('network errors retry with growing backoff until the attempts run out', () => {
    const outcome = { ok: false, kind: 'network', description: 'ECONNRESET' } as const;
    expect(recipientResult(outcome, 0)).toEqual({
      kind: 'retry',
      error: 'network: ECONNRESET',
      delayMs: 1000,
    });
    expect(recipientResult(outcome, 2)).toMatchObject({ kind: 'retry', delayMs: 4000 });
    expect(recipientResult(outcome, MAX_SEND_ATTEMPTS - 1)).toEqual({
      kind: 'failed',
      blocked: false,
      error: 'network: ECONNRESET',
    });
    expect(backoffMs(20)).toBe(60_000);
  });

  it('keeps stored errors within the column', () => {
    const result = recipientResult(
      { ok: false, kind: 'bad_request', errorCode: 400, description: 'x'.repeat(600) },
      0,
    );
    expect(result.kind === 'failed' && result.error.length).toBe(512);
  });
});
