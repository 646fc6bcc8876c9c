export { TelegramEmulator } from './telegram-emulator';
export { signWebAppInitData, type WebAppUser } from './sandbox/web-app-launch';
export { UserHandle, describeMessage, type MessagePredicate } from './user-handle';
export { CONTROL_ROUTES } from './control-api';
export { SEND_METHODS } from './fault-injector';
export { botApiResult, callBotApi, type BotApiAnswer } from './bot-api-client';
export type { ForwardOptions } from './update-factory';
export { BotApiError } from './types';
export type {
  ApiParams,
  ApiResponse,
  CallFilter,
  CallRecord,
  ChannelOptions,
  ChatFailure,
  ChatMemberStatus,
  CreateBotOptions,
  EmulatorStats,
  FailNextOptions,
  MediaUse,
  RateLimitOptions,
  SentMessage,
  SentMessageFilter,
  UserOptions,
} from './types';
export type * from './bot-api-types';
