import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BotApiRouter } from './bot-api-router';
import { chatMethods } from './chat-methods';
import { handleControl } from './control-api';
import { editMethods } from './edit-methods';
import { EmulatorControls } from './emulator-controls';
import { EmulatorState } from './emulator-state';
import { FaultInjector } from './fault-injector';
import { messageMethods } from './message-methods';
import { decodeJsonFields } from './params';
import { readBotRequest } from './request-body';
import { serveSandbox } from './sandbox/sandbox-static';
import { BotApiError, type ApiResponse } from './types';
import { UpdateFactory } from './update-factory';
import { updateMethods } from './update-methods';
import { WebhookDispatcher } from './webhook-dispatcher';

const BOT_PATH = /^\/bot([^/]+)\/([^/]+)\/?$/;

function sendJson(res: ServerResponse, status: number, body: ApiResponse): void {
  const json = JSON.stringify(body);
  res
    .writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) })
    .end(json);
}

/**
 * An in-process Telegram Bot API: bots and workers reach it through `apiRoot`, tests play users
 * and channels through this class (or `/control/...` over HTTP) and read back every call.
 */
export class TelegramEmulator extends EmulatorControls {
  private readonly router: BotApiRouter;
  private readonly webhooks: WebhookDispatcher;
  private server: Server | null = null;
  private address = '';

  /** `clock` is what rate limits and sliding-second stats count time by (a spec may drive it). */
  constructor(options: { clock?: () => number } = {}) {
    const state = new EmulatorState();
    const faults = new FaultInjector(options.clock);
    super(state, faults, new UpdateFactory(state));
    this.webhooks = new WebhookDispatcher(async (bot, reply) => {
      const { method, ...params } = reply;
      await this.router.call(bot.token, String(method), decodeJsonFields(params));
    });
    this.router = new BotApiRouter(state, faults, [
      messageMethods,
      editMethods,
      chatMethods,
      updateMethods(this.webhooks),
    ]);
  }

  /** The value for telegraf's `telegram.apiRoot` and `TELEGRAM_API_ROOT`. */
  get apiRoot(): string {
    if (!this.address) throw new Error('TelegramEmulator is not started');
    return this.address;
  }

  async start(port = 0, host = '127.0.0.1'): Promise<void> {
    if (this.server) throw new Error('TelegramEmulator is already started');
    const server = createServer({ keepAliveTimeout: 30_000 }, (req, res) => this.onRequest(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    this.server = server;
    const { port: bound } = server.address() as AddressInfo;
    this.address = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${bound}`;
  }

  /** Answers waiting long polls, stops webhook deliveries and closes every socket. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    this.webhooks.stopAll();
    for (const bot of this.state.bots.values()) bot.queue.interruptPoll();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Interrupted long polls answer within this turn; let them flush before cutting sockets.
    await new Promise((resolve) => setImmediate(resolve));
    server.closeAllConnections();
    await closed;
    this.address = '';
  }

  /**
   * Forgets users, channels, messages, files, records, faults and pending updates between tests.
   * Bots stay registered with their webhook and settings, since the apps under test keep running.
   */
  reset(): void {
    this.state.reset();
    this.faults.reset();
    // Restarting deliveries drops retries of updates that no longer exist.
    for (const bot of this.state.bots.values()) if (bot.webhook) this.webhooks.start(bot);
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://emulator');
    if (url.pathname.startsWith('/control')) {
      void handleControl(this, req, res, url);
      return;
    }
    if (url.pathname === '/sandbox' || url.pathname.startsWith('/sandbox/')) {
      req.resume();
      serveSandbox(this.sandbox, url.pathname, res);
      return;
    }
    const match = BOT_PATH.exec(url.pathname);
    if (!match) {
      req.resume();
      sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
      return;
    }
    void this.onBotRequest(req, res, decodeURIComponent(match[1]), match[2], url.searchParams);
  }

  private async onBotRequest(
    req: IncomingMessage,
    res: ServerResponse,
    token: string,
    method: string,
    query: URLSearchParams,
  ): Promise<void> {
    try {
      const { params, files } = await readBotRequest(req, query);
      if (params.method === method) delete params.method; // telegraf repeats it in multipart bodies
      let signal: AbortSignal | undefined;
      if (method.toLowerCase() === 'getupdates') {
        const aborter = new AbortController();
        res.once('close', () => aborter.abort());
        signal = aborter.signal;
      }
      const outcome = await this.router.call(token, method, params, files, signal);
      if (outcome.kind === 'drop') req.socket.destroy();
      else if (outcome.kind === 'html')
        res.writeHead(outcome.status, { 'content-type': 'text/html' }).end(outcome.html);
      else if (!res.destroyed) sendJson(res, outcome.status, outcome.body);
    } catch (error: unknown) {
      const apiError = error instanceof BotApiError ? error : new BotApiError(500, 'Internal Server Error');
      if (!res.destroyed) sendJson(res, apiError.code, apiError.toResponse());
    }
  }
}
