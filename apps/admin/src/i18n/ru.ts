import polyglotI18nProvider from 'ra-i18n-polyglot';
import russianMessages from 'ra-language-russian';
import { ERROR_MESSAGES } from './error-messages';

/**
 * Every text of the panel, on top of ra-language-russian. Pages use `translate('dvorik.…')`
 * or `resources.<name>.fields.<field>` (react-admin picks field labels up by itself).
 */
export const ru = {
  ...russianMessages,
  resources: {
    clients: {
      name: 'Клиент |||| Клиенты',
      fields: {
        id: 'ID',
        telegramId: 'Telegram ID',
        firstName: 'Имя',
        lastName: 'Фамилия',
        username: 'Username',
        phone: 'Телефон',
        gender: 'Пол',
        birthday: 'Дата рождения',
        tags: 'Теги',
        status: 'Статус',
        banned: 'Заблокирован магазином',
        subscribed: 'Подписан',
        source: 'Источник',
        campaign: 'Кампания',
        createdAt: 'Регистрация',
        lastActivityAt: 'Последняя активность',
        activeDiscounts: 'Активные скидки',
        isTest: 'Тестовый',
      },
    },
    segments: {
      name: 'Сегмент |||| Сегменты',
      fields: { name: 'Название', filter: 'Фильтр', preset: 'Готовый', createdAt: 'Создан' },
    },
    broadcasts: {
      name: 'Рассылка |||| Рассылки',
      fields: {
        title: 'Название',
        text: 'Текст',
        status: 'Статус',
        progress: 'Прогресс',
        scheduledAt: 'Время отправки',
        createdAt: 'Создана',
        origin: 'Источник',
      },
    },
    discounts: { name: 'Скидка |||| Скидки' },
    'discount-templates': { name: 'Шаблон скидки |||| Шаблоны скидок' },
    redemptions: { name: 'Погашение |||| Погашения' },
    campaigns: { name: 'Кампания |||| Кампании' },
    cashiers: { name: 'Кассир |||| Кассиры' },
    orders: { name: 'Заказ |||| Заказы' },
    'message-templates': { name: 'Текст бота |||| Тексты бота' },
    staff: { name: 'Сотрудник |||| Сотрудники' },
    'audit-log': { name: 'Запись журнала |||| Журнал действий' },
  },
  dvorik: {
    menu: {
      dashboard: 'Дашборд',
      clients: 'Клиенты',
      segments: 'Сегменты',
      broadcasts: 'Рассылки',
      discounts: 'Скидки',
      'discount-templates': 'Шаблоны скидок',
      redemptions: 'Погашения',
      campaigns: 'Кампании',
      cashiers: 'Кассиры',
      orders: 'Заказы',
      'message-templates': 'Тексты бота',
      staff: 'Сотрудники',
      settings: 'Настройки',
      'audit-log': 'Журнал действий',
      queues: 'Очереди',
    },
    login: {
      title: 'Вход в панель «Мармеладного дворика»',
      telegramId: 'Telegram ID',
      password: 'Пароль',
      submit: 'Войти',
      byLink: 'Входим по ссылке…',
      hint: 'Или отправьте /login боту персонала и откройте присланную ссылку.',
      logout: 'Выйти',
    },
    roles: { owner: 'Владелец', marketing: 'Маркетинг', readonly: 'Только чтение' },
    common: {
      found: 'Найдено %{count}',
      confirm: 'Подтвердить',
      cancel: 'Отмена',
      loading: 'Загрузка…',
      none: 'Нет данных',
      jobProgress: 'Выполнено %{processed} из %{total}',
      jobDone: 'Готово',
      jobFailed: 'Задача не выполнена: %{error}',
      queuesFailed: 'Не удалось открыть очереди',
      notBuilt: 'Раздел ещё не готов',
    },
  },
  errors: ERROR_MESSAGES,
};

export const i18nProvider = polyglotI18nProvider(() => ru, 'ru', [{ locale: 'ru', name: 'Русский' }], {
  allowMissing: true,
});
