import type { MethodHandler, MethodTable } from './method-context';
import { optionalBoolean, optionalNumber, optionalString, stringList } from './params';
import { BotApiError, badRequest } from './types';
import type { WebhookDispatcher } from './webhook-dispatcher';

const WEBHOOK_CONFLICT =
  "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";

const getUpdates: MethodHandler = ({ bot, params, signal }) => {
  if (bot.webhook) throw new BotApiError(409, WEBHOOK_CONFLICT);
  const limit = Math.min(100, Math.max(1, optionalNumber(params, 'limit') ?? 100));
  const timeoutSeconds = Math.max(0, optionalNumber(params, 'timeout') ?? 0);
  return bot.queue.poll({
    offset: optionalNumber(params, 'offset'),
    limit,
    timeoutMs: timeoutSeconds * 1000,
    allowedUpdates: stringList(params, 'allowed_updates'),
    signal,
  });
};

const getWebhookInfo: MethodHandler = ({ bot }) => {
  const webhook = bot.webhook;
  const info: Record<string, unknown> = {
    url: webhook?.url ?? '',
    has_custom_certificate: false,
    pending_update_count: bot.queue.pendingCount,
  };
  if (!webhook) return info;
  info.max_connections = webhook.maxConnections;
  if (bot.queue.allowedUpdates) info.allowed_updates = bot.queue.allowedUpdates;
  if (webhook.lastErrorDate !== undefined) {
    info.last_error_date = webhook.lastErrorDate;
    info.last_error_message = webhook.lastErrorMessage;
  }
  return info;
};

export function updateMethods(webhooks: WebhookDispatcher): MethodTable {
  const deleteWebhook: MethodHandler = ({ bot, params }) => {
    if (optionalBoolean(params, 'drop_pending_updates')) bot.queue.clear();
    bot.webhook = null;
    webhooks.stop(bot);
    return true;
  };

  const setWebhook: MethodHandler = (ctx) => {
    const { bot, params } = ctx;
    const url = optionalString(params, 'url') ?? '';
    if (url === '') return deleteWebhook(ctx);
    if (!/^https?:\/\/[^/]+/.test(url)) throw badRequest('bad webhook: invalid webhook URL specified');
    const secretToken = optionalString(params, 'secret_token');
    if (secretToken !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secretToken)) {
      throw badRequest('bad webhook: secret token contains unallowed characters');
    }
    const maxConnections = optionalNumber(params, 'max_connections') ?? 40;
    if (maxConnections < 1 || maxConnections > 100)
      throw badRequest('bad webhook: max_connections must be between 1 and 100');
    if (optionalBoolean(params, 'drop_pending_updates')) bot.queue.clear();
    bot.queue.setAllowedUpdates(stringList(params, 'allowed_updates'));
    bot.webhook = { url, secretToken, maxConnections };
    webhooks.start(bot);
    return true;
  };

  return { getUpdates, setWebhook, deleteWebhook, getWebhookInfo };
}
