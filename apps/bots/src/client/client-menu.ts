import { VIP_TAG } from '@dvorik/domain';
import type { KeyboardButton, ReplyKeyboardMarkup } from 'telegraf/types';

/** The client bot's menu, labels exactly as DESIGN §3 names them. */
export const MENU = {
  discounts: 'Мои скидки',
  check: 'Проверить подписку',
  birthday: 'Указать дату рождения',
  channel: 'Перейти в канал',
  profile: 'Мой профиль',
  help: 'Помощь',
  order: 'Оформить заказ',
} as const;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A menu press, forgiving of case and stray spaces (some clients type the label instead). */
export function menuButton(label: string): RegExp {
  return new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`, 'iu');
}

/** The reply keyboard; «Оформить заказ» only for clients tagged `vip`. */
export function clientMenu(tags: readonly string[]): ReplyKeyboardMarkup {
  const rows: KeyboardButton.CommonButton[][] = [
    [{ text: MENU.discounts }, { text: MENU.check }],
    [{ text: MENU.birthday }, { text: MENU.channel }],
    [{ text: MENU.profile }, { text: MENU.help }],
  ];
  if (tags.includes(VIP_TAG)) rows.push([{ text: MENU.order }]);
  return { keyboard: rows, resize_keyboard: true, is_persistent: true };
}
