import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@dvorik/config';
import http from 'node:http';
import https from 'node:https';
import { Counter } from 'prom-client';
import { Telegram } from 'telegraf';
import { classifyTelegramError } from './classify-telegram-error';
import { postJson } from './json-post';
import type { TelegramOutcome } from './telegram-outcome';
import { withDeadline } from './timed-telegram';

type Methods = Telegram;
type Payload<M extends keyof Methods> = Methods[M] extends (...args: infer A) => unknown ? A : never;
type Result<M extends keyof Methods> = Methods[M] extends (...args: never[]) => Promise<infer R> ? R : never;

const calls = new Counter({
  name: 'dvorik_telegram_calls_total',
  help: 'Bot API calls by bot, method and outcome',
  labelNames: ['bot', 'method', 'outcome'] as const,
});

/**
 * The only code in Dvorik that talks to the Bot API (DESIGN §1). Every call goes to
 * TELEGRAM_API_ROOT and comes back as a typed outcome instead of a thrown error.
 */
@Injectable()
export class TelegramGateway {
  private readonly logger = new Logger(TelegramGateway.name);
  private readonly clients = new Map<string, Telegram>();
  private readonly agent: http.Agent;
  private readonly urls = new Map<string, URL>();

  constructor(private readonly config: AppConfig) {
    const Agent = config.telegramApiRoot.startsWith('https:') ? https.Agent : http.Agent;
    this.agent = new Agent({ keepAlive: true, keepAliveMsecs: 10_000, maxSockets: 512 });
  }

  /** Options for telegraf instances (the bots' polling) so they reach the same root and agent. */
  telegrafOptions() {
    return { apiRoot: this.config.telegramApiRoot, agent: this.agent, webhookReply: false };
  }

  hasBot(bot: string): boolean {
    return this.config.bot(bot) !== undefined;
  }

  /** Calls `method` of telegraf's Telegram client for the bot named `bot` (client, staff, client-test…). */
  async call<M extends keyof Methods>(
    bot: string,
    method: M,
    ...args: Payload<M>
  ): Promise<TelegramOutcome<Result<M>>> {
    const client = this.client(bot);
    const fn = client[method] as unknown as (...a: Payload<M>) => Promise<Result<M>>;
    try {
      const result = await fn.apply(client, args);
      calls.inc({ bot, method, outcome: 'ok' });
      return { ok: true, result };
    } catch (error) {
      const failure = classifyTelegramError(error);
      calls.inc({ bot, method, outcome: failure.kind });
      if (failure.kind === 'network')
        this.logger.warn(`${bot}.${String(method)} failed: ${failure.description}`);
      return failure;
    }
  }

  /**
   * `method` with a JSON payload (no files), the broadcast sender's hot path: the same outcomes,
   * metrics and deadline as `call`, without telegraf's per-call overhead (see postJson).
   */
  async callJson<T = unknown>(
    bot: string,
    method: string,
    payload: Record<string, unknown>,
    signal: AbortSignal = AbortSignal.timeout(this.config.env.TELEGRAM_TIMEOUT_MS),
  ): Promise<TelegramOutcome<T>> {
    try {
      const result = (await postJson(this.methodUrl(bot, method), payload, this.agent, signal)) as T;
      calls.inc({ bot, method, outcome: 'ok' });
      return { ok: true, result };
    } catch (error) {
      const failure = classifyTelegramError(error);
      calls.inc({ bot, method, outcome: failure.kind });
      if (failure.kind === 'network') this.logger.warn(`${bot}.${method} failed: ${failure.description}`);
      return failure;
    }
  }

  private methodUrl(bot: string, method: string): URL {
    const key = `${bot}/${method}`;
    let url = this.urls.get(key);
    if (!url) {
      const identity = this.config.bot(bot);
      if (!identity) throw new Error(`Bot "${bot}" has no token configured`);
      url = new URL(`${this.config.telegramApiRoot}/bot${identity.token}/${method}`);
      this.urls.set(key, url);
    }
    return url;
  }

  private client(bot: string): Telegram {
    let client = this.clients.get(bot);
    if (!client) {
      const identity = this.config.bot(bot);
      if (!identity) throw new Error(`Bot "${bot}" has no token configured`);
      client = withDeadline(
        new Telegram(identity.token, this.telegrafOptions()),
        this.config.env.TELEGRAM_TIMEOUT_MS,
      );
      this.clients.set(bot, client);
    }
    return client;
  }
}
