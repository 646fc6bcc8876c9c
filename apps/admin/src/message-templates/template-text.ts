/**
 * The bot texts' placeholders and the save rule of the API (libs/domain template-text.rule), in
 * Russian, so a mistake shows at the field as it is typed. A spec keeps both lists equal.
 */
export const PLACEHOLDERS: Record<string, string> = {
  first_name: 'имя клиента',
  discount_code: 'код скидки',
  discount_value: 'размер скидки («10 %», «150 ₽»)',
  discount_expires_at: 'срок действия кода',
  channel_link: 'ссылка на канал',
  discount_name: 'название скидки',
  next_date: 'дата, когда скидку можно получить снова',
  client_name: 'имя клиента (для кассира)',
  cashier_name: 'имя кассира',
  redeemed_at: 'когда код погашен',
  store: 'магазин',
  locked_until: 'до какого времени заблокированы проверки',
  order_id: 'номер заказа',
  staff_name: 'имя сотрудника',
  details: 'подробности',
  count: 'количество',
  title: 'название',
  phone: 'телефон клиента',
  gender: 'пол клиента',
  login_url: 'одноразовая ссылка входа в панель',
  minutes: 'сколько минут действует ссылка',
  role: 'роль сотрудника',
  audience: 'аудитория рассылки',
  date: 'дата',
  redeemed_today: 'погашено сегодня',
  redeemed_last_week: 'погашено в тот же день неделю назад',
  by_store: 'погашения по магазинам (строки)',
  by_cashier: 'погашения по кассирам (строки)',
  new_clients: 'новые клиенты за день',
  new_subscriptions: 'новые подписки за день',
  best_campaign: 'лучшая кампания дня',
  broadcasts_sent: 'сколько рассылок отправлено',
  recipients: 'получателей рассылок',
  delivered: 'доставлено сообщений',
  blocked: 'заблокировали бота',
  failed_checks: 'неудачные проверки кодов',
  not_found: 'проверки «код не найден»',
  median: 'медиана погашений кассира в день',
  percent: 'доля, %',
};

export const MAX_MESSAGE_LENGTH = 4096;

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const SINGLE_BRACED = /(?<!\{)\{\s*([a-z_]+)\s*\}(?!\})/g;

const known = (name: string) => Object.hasOwn(PLACEHOLDERS, name);

/** Placeholders a text uses, in order, once each. */
export function usedPlaceholders(body: string): string[] {
  return [...new Set([...body.matchAll(PLACEHOLDER)].map(([, name]) => name))];
}

/** Why the API will refuse this text, in Russian; undefined when it will save. */
export function templateTextProblem(body: unknown): string | undefined {
  const text = typeof body === 'string' ? body : '';
  if (text.trim() === '') return 'Текст не может быть пустым';
  if (text.length > MAX_MESSAGE_LENGTH)
    return `Текст длиннее ${MAX_MESSAGE_LENGTH} символов (сейчас ${text.length})`;
  const unknown = usedPlaceholders(text).filter((name) => !known(name));
  if (unknown.includes('')) return 'Пустая подстановка {{}}';
  if (unknown.length)
    return `Неизвестная подстановка ${unknown.map((n) => `{{${n}}}`).join(', ')}. Доступны: ${Object.keys(
      PLACEHOLDERS,
    )
      .map((p) => `{{${p}}}`)
      .join(', ')}`;
  const rest = text.replace(PLACEHOLDER, '');
  if (rest.includes('{{') || rest.includes('}}') || /\{{3}|\}{3}/.test(text))
    return 'Незакрытые скобки: пишите подстановку как {{имя}}';
  for (const [, name] of rest.matchAll(SINGLE_BRACED))
    if (known(name)) return `Подстановку {${name}} пишите в двойных скобках: {{${name}}}`;
  return undefined;
}
