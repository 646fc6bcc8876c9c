import type { MethodHandler, MethodTable } from './method-context';
import { chatIdParam, optionalBoolean, optionalString, requiredNumber, requiredString } from './params';
import { chatMemberOf } from './update-factory';
import { badRequest, type ApiParams, type TgBotCommand } from './types';

const CHAT_ACTIONS: ReadonlySet<string> = new Set([
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
]);

const getMe: MethodHandler = ({ bot }) => ({
  ...bot.user,
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
});

const getChat: MethodHandler = ({ state, params }) => ({ ...state.resolveChat(chatIdParam(params)) });

const getChatMember: MethodHandler = ({ state, bot, params }) => {
  const chat = state.resolveChat(chatIdParam(params));
  const user = state.userById(requiredNumber(params, 'user_id'));
  if (chat.type === 'private') {
    if (user.id !== chat.id && user.id !== bot.id) throw badRequest('user not found');
    return chatMemberOf(user, 'member');
  }
  const channel = state.channel(chat.id);
  const own = channel.members.get(bot.id)?.status;
  // Telegram only lets a channel's administrators read its member list.
  if (own !== 'administrator' && own !== 'creator') throw badRequest('member list is inaccessible');
  const entry = channel.members.get(user.id);
  return chatMemberOf(user, entry?.status ?? 'left', entry?.isMember);
};

/** Commands are stored per scope and language, as Telegram does. */
function commandsKey(params: ApiParams): string {
  const scope = (params.scope as ApiParams | undefined) ?? { type: 'default' };
  return `${JSON.stringify(scope)}|${optionalString(params, 'language_code') ?? ''}`;
}

const setMyCommands: MethodHandler = ({ bot, params }) => {
  const commands = params.commands;
  if (!Array.isArray(commands) || commands.length > 100)
    throw badRequest('commands must be an Array of at most 100 BotCommand');
  for (const command of commands as Partial<TgBotCommand>[]) {
    if (typeof command.command !== 'string' || !/^[a-z0-9_]{1,32}$/.test(command.command))
      throw badRequest('BOT_COMMAND_INVALID');
    const description = command.description;
    if (typeof description !== 'string' || description.length < 1 || description.length > 256) {
      throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
    }
  }
  bot.commands.set(
    commandsKey(params),
    (commands as TgBotCommand[]).map(({ command, description }) => ({ command, description })),
  );
  return true;
};

const getMyCommands: MethodHandler = ({ bot, params }) => bot.commands.get(commandsKey(params)) ?? [];

const deleteMyCommands: MethodHandler = ({ bot, params }) => {
  bot.commands.delete(commandsKey(params));
  return true;
};

const sendChatAction: MethodHandler = ({ state, bot, params }) => {
  state.assertCanPost(bot, state.resolveChat(chatIdParam(params)));
  if (!CHAT_ACTIONS.has(requiredString(params, 'action')))
    throw badRequest('wrong parameter action in request');
  return true;
};

const answerCallbackQuery: MethodHandler = ({ state, bot, params }) => {
  const record = state.callbacks.get(requiredString(params, 'callback_query_id'));
  if (!record || record.botId !== bot.id || record.answer) {
    throw badRequest('query is too old and response timeout expired or query ID is invalid');
  }
  record.answer = {
    text: optionalString(params, 'text'),
    showAlert: optionalBoolean(params, 'show_alert'),
    url: optionalString(params, 'url'),
  };
  return true;
};

/** Start-up calls bots make that change nothing a test observes except the call record. */
const accepted: MethodHandler = () => true;

export const chatMethods: MethodTable = {
  getMe,
  getChat,
  getChatMember,
  setMyCommands,
  getMyCommands,
  deleteMyCommands,
  sendChatAction,
  answerCallbackQuery,
  setMyDescription: accepted,
  setMyShortDescription: accepted,
  setMyName: accepted,
  setChatMenuButton: accepted,
  getChatMenuButton: () => ({ type: 'commands' }),
  logOut: accepted,
  close: accepted,
};
