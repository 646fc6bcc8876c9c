import { setTimeout as delay } from 'node:timers/promises';
import type { EmulatorState } from './emulator-state';
import type { FaultInjector } from './fault-injector';
import type { MethodHandler, MethodTable } from './method-context';
import { BotApiError, type ApiParams, type ApiResponse, type CallRecord, type UploadedFile } from './types';

export type RouterOutcome =
  | { kind: 'answer'; status: number; body: ApiResponse }
  | { kind: 'drop' }
  | { kind: 'html'; status: number; html: string };

// What nginx in front of the Bot API answers to an oversized upload: HTML, not JSON.
const PROXY_ERROR_PAGE =
  '<html><head><title>413 Request Entity Too Large</title></head><body><center><h1>413 Request Entity Too Large</h1></center><hr><center>nginx</center></body></html>';

const NO_FILES: ReadonlyMap<string, UploadedFile> = new Map();
const UNAUTHORIZED: RouterOutcome = {
  kind: 'answer',
  status: 401,
  body: { ok: false, error_code: 401, description: 'Unauthorized' },
};

/**
 * Dispatches one Bot API call: authorizes the token, records the call, applies injected faults
 * and runs the method. Method names are matched case-insensitively, as Telegram does.
 */
export class BotApiRouter {
  private readonly methods = new Map<string, { name: string; handler: MethodHandler }>();

  constructor(
    private readonly state: EmulatorState,
    private readonly faults: FaultInjector,
    tables: readonly MethodTable[],
  ) {
    for (const table of tables) {
      for (const [name, handler] of Object.entries(table))
        this.methods.set(name.toLowerCase(), { name, handler });
    }
  }

  async call(
    token: string,
    methodName: string,
    params: ApiParams,
    files: ReadonlyMap<string, UploadedFile> = NO_FILES,
    signal?: AbortSignal,
  ): Promise<RouterOutcome> {
    const bot = this.state.authorize(token);
    if (!bot) return UNAUTHORIZED;
    const method = this.methods.get(methodName.toLowerCase());
    const call: CallRecord = {
      token,
      botId: bot.id,
      method: method?.name ?? methodName,
      params,
      at: Date.now(),
      ok: false,
    };
    this.state.calls.push(call);
    try {
      if (!method) throw new BotApiError(404, 'Not Found: method not found');
      // Unref'd: a slow answer in flight never keeps a finished test process alive.
      if (this.faults.latencyMs > 0) await delay(this.faults.latencyMs, undefined, { ref: false });
      if (this.faults.takeDrop(method.name)) {
        call.dropped = true;
        return { kind: 'drop' };
      }
      if (this.faults.takeHtml(method.name)) {
        call.error_code = 413;
        call.description = 'HTML answer (injected)';
        return { kind: 'html', status: 413, html: PROXY_ERROR_PAGE };
      }
      const now = this.faults.now();
      const chatId =
        typeof params.chat_id === 'number' || typeof params.chat_id === 'string'
          ? String(params.chat_id)
          : undefined;
      const injected = this.faults.check(method.name, bot.id, chatId, now);
      if (injected) throw injected;
      let result = method.handler({ state: this.state, bot, params, files, call, signal });
      if (result instanceof Promise) result = await result;
      call.ok = true;
      this.faults.recordSuccess(method.name, bot.id, now);
      return { kind: 'answer', status: 200, body: { ok: true, result } };
    } catch (error: unknown) {
      const apiError =
        error instanceof BotApiError
          ? error
          : new BotApiError(
              500,
              `Internal Server Error: ${error instanceof Error ? error.message : String(error)}`,
            );
      call.error_code = apiError.code;
      call.description = apiError.description;
      return { kind: 'answer', status: apiError.code, body: apiError.toResponse() };
    } finally {
      this.state.notifyCall(call);
    }
  }
}
