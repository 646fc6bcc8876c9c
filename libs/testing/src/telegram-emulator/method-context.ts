import type { BotState, EmulatorState } from './emulator-state';
import type { ApiParams, CallRecord, UploadedFile } from './types';

/** What a Bot API method handler gets for one call. */
export interface CallContext {
  state: EmulatorState;
  bot: BotState;
  params: ApiParams;
  files: ReadonlyMap<string, UploadedFile>;
  /** The call's record; handlers add details such as `media`. */
  call: CallRecord;
  /** Aborted when the client disconnects; only long polls care. */
  signal?: AbortSignal;
}

/** Returns the `result` of the answer, or throws a `BotApiError`. */
export type MethodHandler = (ctx: CallContext) => unknown;

export type MethodTable = Readonly<Record<string, MethodHandler>>;

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);
