import { paramsMatch } from './params';
import type { EmulatorControls } from './emulator-controls';
import type { CallRecord, ChatMemberStatus, TgUpdate, UserOptions } from './types';

export type Body = Record<string, unknown>;
export type Handler = (
  emulator: EmulatorControls,
  body: Body,
  path: Record<string, string>,
  query: URLSearchParams,
) => unknown;

const str = (body: Body, key: string): string => {
  const value = body[key];
  if (typeof value !== 'string' || value === '') throw new Error(`"${key}" must be a non-empty string`);
  return value;
};
const num = (value: unknown, key: string): number => {
  const n = typeof value === 'string' && value !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new Error(`"${key}" must be a number`);
  return n;
};
const optNum = (value: unknown, key: string): number | undefined =>
  value === undefined || value === null ? undefined : num(value, key);
const optStr = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const user = (e: EmulatorControls, path: Record<string, string>) => e.userById(num(path.id, 'id'));
const STATUSES: readonly string[] = ['creator', 'administrator', 'member', 'restricted', 'left', 'kicked'];
const status = (body: Body): ChatMemberStatus => {
  const value = str(body, 'status');
  if (!STATUSES.includes(value)) throw new Error(`"status" must be one of ${STATUSES.join(', ')}`);
  return value as ChatMemberStatus;
};

interface Route {
  /** `METHOD /path`, with `:name` path parameters. */
  route: string;
  /** What the request carries, for the route list `main.ts` prints. */
  input: string;
  run: Handler;
}

/** Each route is a thin mapping onto the EmulatorControls method of the same meaning. */
export const ROUTES: readonly Route[] = [
  { route: 'GET /control', input: '', run: () => CONTROL_ROUTES },
  { route: 'POST /control/reset', input: '', run: (e) => e.reset() },
  {
    route: 'POST /control/bots',
    input: '{token, username, firstName?}',
    run: (e, b) =>
      e.createBot({ token: str(b, 'token'), username: str(b, 'username'), firstName: optStr(b.firstName) }),
  },
  {
    route: 'POST /control/users',
    input: '{id, firstName, lastName?, username?, languageCode?, isBot?}',
    run: (e, b) =>
      e.user({ ...(b as unknown as UserOptions), id: num(b.id, 'id'), firstName: str(b, 'firstName') }).user,
  },
  {
    route: 'POST /control/users/:id/text',
    input: '{token, text}',
    run: (e, b, p) => user(e, p).sendText(str(b, 'token'), str(b, 'text')),
  },
  {
    route: 'POST /control/users/:id/press',
    input: '{token, messageId, data} -> {callbackQueryId}',
    run: (e, b, p) => ({
      callbackQueryId: user(e, p).pressButton(str(b, 'token'), num(b.messageId, 'messageId'), str(b, 'data')),
    }),
  },
  {
    route: 'POST /control/users/:id/contact',
    input: '{token, phone}',
    run: (e, b, p) => user(e, p).sendContact(str(b, 'token'), str(b, 'phone')),
  },
  {
    route: 'POST /control/users/:id/photo',
    input: '{token, caption?}',
    run: (e, b, p) => user(e, p).sendPhoto(str(b, 'token'), { caption: optStr(b.caption) }),
  },
  {
    route: 'POST /control/users/:id/forward',
    input: '{token, text, fromChatId?, fromUserId?}',
    run: (e, b, p) =>
      user(e, p).forward(str(b, 'token'), {
        text: str(b, 'text'),
        fromChatId: optNum(b.fromChatId, 'fromChatId'),
        fromUserId: optNum(b.fromUserId, 'fromUserId'),
      }),
  },
  {
    route: 'GET /control/users/:id/messages',
    input: '?token=',
    run: (e, _b, p, q) => user(e, p).messagesFrom(str(Object.fromEntries(q), 'token')),
  },
  {
    route: 'GET /control/users/:id/chat',
    input: '?token= -> [{side, message}] (the sandbox: both sides, edits applied)',
    run: (e, _b, p, q) => e.sandbox.chat(num(p.id, 'id'), str(Object.fromEntries(q), 'token')),
  },
  {
    route: 'POST /control/users/:id/web-app',
    input: "{token, url} -> {url} (a bot's Mini App opened by this person, initData signed)",
    run: (e, b, p) => e.sandbox.webApp(num(p.id, 'id'), str(b, 'token'), str(b, 'url')),
  },
  {
    route: 'GET /control/sandbox/files/:fileId/qr',
    input: '-> the text of the QR code in a picture a bot sent, or null',
    run: (e, _b, p) => e.sandbox.qrCode(p.fileId),
  },
  {
    route: 'GET /control/sandbox/world',
    input: '-> {bots, people, channels}',
    run: (e) => e.sandbox.world(),
  },
  {
    route: 'GET /control/callbacks/:id',
    input: "-> the bot's answer, or null while unanswered",
    run: (e, _b, p) => e.callbackAnswer(p.id) ?? null,
  },
  {
    route: 'POST /control/updates',
    input: '{token, update} (update_id optional)',
    run: (e, b) => e.pushUpdate(str(b, 'token'), b.update as TgUpdate),
  },
  {
    route: 'POST /control/channels',
    input: '{id, title, username?}',
    run: (e, b) =>
      e.createChannel({ id: num(b.id, 'id'), title: str(b, 'title'), username: optStr(b.username) }),
  },
  {
    route: 'POST /control/channels/:id/admins',
    input: '{token}',
    run: (e, b, p) => e.addAdmin(num(p.id, 'id'), str(b, 'token')),
  },
  {
    route: 'PUT /control/channels/:id/members/:userId',
    input: '{status, isMember?} -> chat_member updates',
    run: (e, b, p) =>
      e.setMembership(num(p.id, 'id'), num(p.userId, 'userId'), status(b), {
        isMember: typeof b.isMember === 'boolean' ? b.isMember : undefined,
      }),
  },
  {
    route: 'GET /control/channels/:id/members/:userId',
    input: '-> status',
    run: (e, _b, p) => e.sandbox.membership(num(p.id, 'id'), num(p.userId, 'userId')),
  },
  {
    route: 'GET /control/calls',
    input: '?method=&token=&<param>=',
    run: (e, _b, _p, q) => e.callsTo(q.get('method') ?? '*', callFilter(q)),
  },
  {
    route: 'GET /control/sent',
    input: '?token=&chatId=',
    run: (e, _b, _p, q) =>
      e.sentMessages({ token: q.get('token') ?? undefined, chatId: optNum(q.get('chatId'), 'chatId') }),
  },
  { route: 'GET /control/stats', input: '', run: (e) => e.stats() },
  {
    route: 'PUT /control/faults/rate-limit',
    input: '{perSecond}',
    run: (e, b) => e.setRateLimit({ perSecond: num(b.perSecond, 'perSecond') }),
  },
  { route: 'DELETE /control/faults/rate-limit', input: '', run: (e) => e.setRateLimit(null) },
  {
    route: 'PUT /control/faults/chats/:chatId',
    input: '{code, description}',
    run: (e, b, p) => e.failChat(p.chatId, { code: num(b.code, 'code'), description: str(b, 'description') }),
  },
  {
    route: 'DELETE /control/faults/chats/:chatId',
    input: '',
    run: (e, _b, p) => e.clearChatFailure(p.chatId),
  },
  {
    route: 'POST /control/faults/fail-next',
    input: '{method, code, description, retryAfter?, times?}',
    run: (e, b) =>
      e.failNext(str(b, 'method'), {
        code: num(b.code, 'code'),
        description: str(b, 'description'),
        retryAfter: optNum(b.retryAfter, 'retryAfter'),
        times: optNum(b.times, 'times'),
      }),
  },
  { route: 'PUT /control/faults/latency', input: '{ms}', run: (e, b) => e.setLatency(num(b.ms, 'ms')) },
  {
    route: 'POST /control/faults/drop',
    input: '{method?, times?}',
    run: (e, b) => e.dropConnections(optStr(b.method), optNum(b.times, 'times')),
  },
  {
    route: 'POST /control/faults/html',
    input: '{method?, times?}',
    run: (e, b) => e.answerHtml(optStr(b.method), optNum(b.times, 'times')),
  },
];

export const CONTROL_ROUTES: readonly string[] = ROUTES.map(({ route, input }) => `${route} ${input}`.trim());

/** `?token=…&chat_id=…` narrows calls by token and by parameter values. */
function callFilter(query: URLSearchParams): (call: CallRecord) => boolean {
  const { method: _method, token, ...params } = Object.fromEntries(query);
  return (call) => (token === undefined || call.token === token) && paramsMatch(call.params, params);
}
