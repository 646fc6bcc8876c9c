/** Russian words for the API's enums on the discounts, redemptions, cashiers, orders, staff pages. */
export const DISCOUNT_STATUS: Record<string, string> = {
  active: 'Активна',
  redeemed: 'Погашена',
  expired: 'Истекла',
  revoked: 'Отозвана',
};
export const DISCOUNT_EVENT: Record<string, string> = {
  subscription: 'Подписка',
  birthday: 'День рождения',
  manual: 'Вручную',
  campaign: 'Кампания',
  promo: 'Акция',
};
export const REDEMPTION_RESULT: Record<string, string> = {
  success: 'Успешно',
  already_used: 'Уже погашен',
  not_found: 'Не найден',
  expired: 'Истёк',
  revoked: 'Отозван',
  cashier_not_active: 'Кассир не подтверждён',
  locked: 'Проверки заблокированы',
  min_purchase: 'Мала сумма покупки',
  not_subscribed: 'Клиент отписался',
  qr_invalid: 'QR-код не распознан',
  qr_expired: 'QR-код устарел',
};
export const REDEMPTION_ACTION: Record<string, string> = { check: 'Проверка', redeem: 'Погашение' };
export const REDEMPTION_CHANNEL: Record<string, string> = {
  bot: 'Бот',
  pos: 'Касса (API)',
  api: 'Панель/API',
};
export const CASHIER_STATUS: Record<string, string> = {
  pending: 'Заявка',
  active: 'Активен',
  rejected: 'Отклонён',
  blocked: 'Заблокирован',
};
export const ORDER_STATUS: Record<string, string> = {
  draft: 'Черновик',
  submitted: 'Оформлен',
  done: 'Выполнен',
  cancelled: 'Отменён',
};
export const STAFF_ROLE: Record<string, string> = {
  owner: 'Владелец',
  marketing: 'Маркетинг',
  readonly: 'Только чтение',
};
export const NOTIFICATION_GROUP: Record<string, string> = {
  errors: 'Ошибки',
  broadcasts: 'Рассылки',
  cashiers: 'Кассиры',
  redemptions: 'Погашения',
  orders: 'Заказы',
  settings: 'Настройки',
  digest: 'Вечерняя сводка',
  anomalies: 'Аномалии',
};
