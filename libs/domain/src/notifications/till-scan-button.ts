import type { InlineKeyboardMarkup, MenuButton } from 'telegraf/types';

/** DESIGN §2: the staff bot's «Сканировать» opens the cashier's Mini App. */
export const TILL_SCAN_LABEL = 'Сканировать';

/**
 * Telegram hands `initData` (what the Mini App signs in with) to Mini Apps opened from the chat's
 * menu button or an inline button — not to ones opened from a reply-keyboard button — so the
 * cashier gets both of these, never a reply-keyboard one.
 */
export function tillScanMarkup(url: string): InlineKeyboardMarkup {
  return { inline_keyboard: [[{ text: TILL_SCAN_LABEL, web_app: { url } }]] };
}

export function tillMenuButton(url: string): MenuButton {
  return { type: 'web_app', text: TILL_SCAN_LABEL, web_app: { url } };
}
