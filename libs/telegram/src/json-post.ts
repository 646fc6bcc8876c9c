import http from 'node:http';
import https from 'node:https';
import { TelegramError } from 'telegraf';

interface BotApiAnswer {
  ok: boolean;
  result?: unknown;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

/**
 * One Bot API call with a JSON body on a keep-alive agent: what telegraf's callApi does for a
 * call without files, without node-fetch's Request, Headers and body streams around every call
 * (a third of the broadcast worker's CPU at 2 000 sends a second). Failures are thrown as
 * telegraf's TelegramError (Telegram said no, or answered 5xx) or a plain Error (network,
 * timeout), exactly as callApi would, so classifyTelegramError reads them the same way.
 */
export function postJson(
  url: URL,
  payload: unknown,
  agent: http.Agent,
  signal: AbortSignal,
): Promise<unknown> {
  const body = Buffer.from(JSON.stringify(payload, dropNulls));
  const request = url.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        signal,
        headers: { 'content-type': 'application/json', 'content-length': body.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const text = Buffer.concat(chunks).toString('utf8');
          if (status >= 500) {
            reject(new TelegramError({ error_code: status, description: res.statusMessage ?? '' }));
            return;
          }
          let answer: BotApiAnswer;
          try {
            answer = JSON.parse(text) as BotApiAnswer;
          } catch {
            reject(new Error(`invalid JSON answer (HTTP ${status}): ${text.slice(0, 200)}`));
            return;
          }
          if (answer.ok) resolve(answer.result);
          else
            reject(
              new TelegramError({
                error_code: answer.error_code ?? status,
                description: answer.description ?? '',
                parameters: answer.parameters,
              }),
            );
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** telegraf leaves out null and undefined fields; so does this. */
function dropNulls(_: string, value: unknown): unknown {
  return value == null ? undefined : value;
}
