import { clientMenu, MENU, menuButton } from './client-menu';

describe('client menu', () => {
  const labels = (tags: string[]) =>
    clientMenu(tags)
      .keyboard.flat()
      .map((b) => (typeof b === 'string' ? b : b.text));

  it('has the buttons of DESIGN §3 in its order', () => {
    expect(labels([])).toEqual([
      'Мои скидки',
      'Проверить подписку',
      'Указать дату рождения',
      'Перейти в канал',
      'Мой профиль',
      'Помощь',
    ]);
    expect(labels(['vip']).at(-1)).toBe('Оформить заказ');
  });

  it('adds «Оформить заказ» for VIP clients only', () => {
    expect(labels(['vip', 'birthday_set'])).toContain(MENU.order);
    expect(labels(['birthday_set'])).not.toContain(MENU.order);
  });

  it('recognises a press however the label was typed', () => {
    expect(menuButton(MENU.discounts).test('Мои скидки')).toBe(true);
    expect(menuButton(MENU.discounts).test('  мои СКИДКИ ')).toBe(true);
    expect(menuButton(MENU.discounts).test('мои скидки пожалуйста')).toBe(false);
  });
});
