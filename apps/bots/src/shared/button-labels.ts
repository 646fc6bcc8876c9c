/**
 * The words on buttons. Like the menu labels DESIGN fixes (client-menu.ts), these are keys a
 * handler matches or a person presses, not messages: they stay in code. Every message text is a
 * message template (bot-texts.spec.ts fails on a Cyrillic literal anywhere else in the bots).
 */
export const BUTTON = {
  openChannel: 'Открыть канал',
  redeem: 'Погасить',
  showAtTill: 'Показать на кассе',
  cancel: 'Отмена',
  send: '✅ Отправить',
  everyone: 'Всем клиентам',
  sendPhone: '📱 Отправить номер',
  phone: 'Телефон',
  gender: 'Пол',
  name: 'Имя',
  female: 'Женский',
  male: 'Мужской',
  genderUnset: 'Не указывать',
} as const;
