/** What each setting is called on the form, and a hint (keys as in DESIGN §2 «Settings»). */
export const SETTING_LABELS: Record<string, { label: string; hint?: string }> = {
  telegram_channel_id: {
    label: 'ID канала магазина',
    hint: '-100… или @имя_канала; бот должен быть админом',
  },
  channel_link: { label: 'Ссылка на канал', hint: 'https://t.me/…' },
  subscription_template_id: { label: 'Шаблон скидки за подписку' },
  birthday_template_id: { label: 'Шаблон скидки на день рождения' },
  birthday_hour: { label: 'Час поздравлений с днём рождения', hint: '0–23, время магазина' },
  broadcast_rate: {
    label: 'Скорость рассылки, сообщений в секунду',
    hint: 'не больше 30 без платных рассылок',
  },
  paid_broadcast: { label: 'Платные рассылки Telegram (до 1000 в секунду)' },
  auto_broadcast_from_admins: { label: 'Рассылки из чата клиентского бота' },
  code_prefix: { label: 'Префикс кодов', hint: 'например, МД- (до 8 символов, без пробелов)' },
  sources: { label: 'Известные источники', hint: 'строчные a-z, 0-9, _ и -' },
  cashier_lock_failures: { label: 'Неудачных проверок до блокировки кассира' },
  cashier_lock_window_seconds: { label: 'Окно подсчёта неудачных проверок, секунд' },
  cashier_lock_minutes: { label: 'Блокировка кассира, минут' },
  log_retention_days: { label: 'Хранить журнал действий, дней', hint: '30–3650' },
  redemption_log_retention_days: { label: 'Хранить журнал погашений, дней', hint: '30–3650' },
  broadcast_recipients_retention_days: {
    label: 'Хранить получателей рассылок, дней после окончания',
    hint: '7–3650',
  },
  consumed_events_retention_days: { label: 'Хранить обработанные события, дней', hint: '1–365' },
  idempotency_keys_retention_days: { label: 'Хранить ключи повторных запросов, дней', hint: '1–365' },
  broadcast_error_alert_percent: {
    label: 'Порог ошибок рассылки для оповещения, %',
    hint: 'кроме заблокировавших бота',
  },
  digest_hour: { label: 'Час вечерней сводки', hint: '0–23, время магазина' },
  require_subscription_at_redeem: {
    label: 'Проверять подписку при погашении кода за подписку',
    hint: 'отписавшимся — отказ; если Telegram недоступен, код гасится с пометкой',
  },
};
