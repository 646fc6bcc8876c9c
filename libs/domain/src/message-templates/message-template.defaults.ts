/**
 * Every bot text by key, with its Russian default (Telegram HTML). The defaults are seeded
 * into the table and are also the fallback when a row is missing, so a bot never goes mute.
 * Warm, short, the shop's own voice: «Мармеладный дворик» is a candy shop, not a bank.
 */
export const MESSAGE_TEMPLATE_DEFAULTS = {
  welcome:
    'Привет, {{first_name}}! 🍬\nЭто «Мармеладный дворик». Подпишитесь на наш канал — и мы подарим вам скидку.\nВсё нужное — в меню ниже 👇',
  menu_hint: 'Выберите, что сделать, в меню ниже 👇',
  not_subscribed:
    'Кажется, вы ещё не подписаны на наш канал 🙈\nПодпишитесь по кнопке ниже и нажмите «Проверить подписку» ещё раз.',
  subscription_success:
    'Спасибо за подписку! 🎉\nВаша скидка <b>{{discount_value}}</b>, код: <b>{{discount_code}}</b>\nНазовите его на кассе. Действует до {{discount_expires_at}}.',
  subscription_already_received:
    'Скидка за подписку уже ваша 😊\nКод: <b>{{discount_code}}</b> — {{discount_value}}, действует до {{discount_expires_at}}.',
  subscription_too_soon:
    'Скидку за подписку вы уже получали 😊\nСледующая будет доступна {{next_date}}. Ваши коды — в «Мои скидки».',
  birthday_ask:
    'Когда у вас день рождения? 🎂\nНапишите дату, например: <b>03.02.2002</b> или <b>3 февраля 2002</b>.\nПередумали — /cancel',
  birthday_saved: 'Запомнили! 🎈 В ваш день рождения ждите от нас сладкий подарок.',
  birthday_invalid:
    'Не получилось разобрать дату 🤔\nНапишите день, месяц и год полностью, например: <b>03.02.2002</b> или <b>3 февраля 2002</b>.',
  birthday_already_set: 'Дата рождения уже сохранена 🎂 Если в ней ошибка — напишите нам, и мы поправим.',
  birthday_congrats:
    'С днём рождения, {{first_name}}! 🎂🎉\nДарим вам скидку <b>{{discount_value}}</b>, код: <b>{{discount_code}}</b>\nДействует до {{discount_expires_at}}. Ждём вас в «Мармеладном дворике»!',
  my_discounts_header: 'Ваши скидки 🎁',
  my_discounts_item:
    '<b>{{discount_name}}</b> — {{discount_value}}\nКод: <b>{{discount_code}}</b>, действует до {{discount_expires_at}}',
  my_discounts_empty: 'Пока активных скидок нет 🍭\nПодпишитесь на наш канал — и первая скидка ваша.',
  discount_issued:
    'Для вас новая скидка 🎁\n<b>{{discount_name}}</b> — {{discount_value}}\nКод: <b>{{discount_code}}</b>, действует до {{discount_expires_at}}. Назовите его на кассе.',
  discount_reminder:
    'Напоминаем: у вас есть скидка <b>{{discount_value}}</b> 🍬\nКод <b>{{discount_code}}</b> действует до {{discount_expires_at}}. Заходите!',
  discount_used_client:
    'Скидка {{discount_value}} по коду <b>{{discount_code}}</b> применена ✅\nСпасибо, что вы с нами! 🍬',
  discount_check_ok:
    'Код <b>{{discount_code}}</b>\nКлиент: {{client_name}}\n{{discount_name}}: <b>{{discount_value}}</b>\nДействует до {{discount_expires_at}}',
  discount_used_cashier:
    'Погашено ✅\nКод <b>{{discount_code}}</b> — {{discount_value}}, клиент: {{client_name}}',
  discount_not_found: 'Код не найден 🤷 Проверьте, нет ли опечатки, и пришлите ещё раз.',
  discount_expired: 'Срок действия кода <b>{{discount_code}}</b> истёк {{discount_expires_at}} ⌛',
  discount_already_used:
    'Код <b>{{discount_code}}</b> уже погашен {{redeemed_at}}, кассир: {{cashier_name}}.',
  discount_already_used_till: 'Код <b>{{discount_code}}</b> уже погашен {{redeemed_at}} на кассе магазина.',
  discount_revoked: 'Код <b>{{discount_code}}</b> отменён и больше не действует.',
  cashier_pending:
    'Здравствуйте! Заявка отправлена владельцу магазина ⏳\nПока ждёте, напишите, пожалуйста, в каком магазине вы работаете.',
  cashier_store_saved: 'Записали магазин: {{store}} 👍 Как только заявку одобрят, я сообщу.',
  cashier_approved: 'Готово, вы подтверждены ✅\nПрисылайте код клиента — я проверю его и помогу погасить.',
  cashier_rejected: 'Заявка отклонена. Если это ошибка — обратитесь к владельцу магазина.',
  cashier_not_active: 'Вы не подтверждены 🙅 Дождитесь, пока владелец магазина одобрит заявку.',
  cashier_locked: 'Слишком много неверных кодов 🔒 Проверка временно недоступна до {{locked_until}}.',
  pos_locked: 'Слишком много неверных кодов с кассы 🔒 Проверка временно недоступна.',
  login_locked: 'Слишком много неверных паролей 🔒 Вход по паролю временно закрыт. Отправьте /login.',
  try_later: 'Не получилось связаться с Telegram 😔 Попробуйте, пожалуйста, чуть позже.',
  order_created: 'Заказ №{{order_id}} создан 🛍 Мы скоро свяжемся с вами.',
  // The bots' remaining texts (loyalty-loop edges): everything a client, cashier or owner reads is editable.
  channel_invite: 'Заглядывайте в наш канал — там новинки, акции и скидки 🍬',
  channel_not_configured: 'Ссылка на канал скоро появится 🙏',
  subscription_thanks: 'Спасибо, что вы с нами в канале! 🎉',
  dialog_cancelled: 'Хорошо, отменили 👌',
  birthday_hint_year: 'Год нужен полностью, четырьмя цифрами — например, 2002.',
  birthday_hint_date: 'Такой даты нет в календаре — проверьте день и месяц.',
  birthday_hint_future: 'Эта дата ещё не наступила 🙂 Проверьте год.',
  discount_not_subscribed:
    'Код <b>{{discount_code}}</b> не погашен: клиент отписался от канала 📭\nСкидка за подписку действует, пока клиент подписан.',
  till_qr_invalid:
    'QR-код не распознан 🤷 Попросите клиента нажать «Показать на кассе» ещё раз или введите код.',
  till_qr_expired:
    'QR-код для <b>{{discount_code}}</b> устарел ⌛ Попросите клиента нажать «Показать на кассе» ещё раз.',
  till_qr_caption:
    'Код <b>{{discount_code}}</b> — {{discount_value}}\nПокажите этот QR кассиру. Он действует {{minutes}} мин; потом нажмите «Показать на кассе» ещё раз.',
  till_scan_open:
    'Откройте сканер кнопкой «Сканировать» 📷 — наведите камеру на QR клиента. Код можно и ввести.',
  discount_min_purchase: 'Для кода <b>{{discount_code}}</b> сумма покупки меньше минимальной.',
  staff_help:
    'Вы сотрудник магазина 👋\nВход в панель — /login.\nЧтобы проверять коды на кассе, отправьте /cashier — владелец подтвердит.',
  cashier_request_alert: 'Новая заявка кассира 🙋\n<b>{{cashier_name}}</b>\nМагазин: {{store}}',
  cashier_store_alert: '🏪 {{cashier_name}} указал(а) магазин: {{store}}',
  cashier_request_approved: '✅ {{cashier_name}} — кассир одобрен.',
  cashier_request_rejected: '❌ Заявка {{cashier_name}} отклонена.',
  cashier_owner_only: 'Решение по заявкам кассиров принимает только владелец.',
  cashier_locked_alert:
    '🔒 Кассир {{cashier_name}} ({{store}}) ввёл слишком много неверных кодов. Проверка заблокирована до {{locked_until}}.',
  order_alert: '🛍 Новый заказ №{{order_id}} от VIP-клиента {{client_name}}.',
  error_generic: 'Что-то пошло не так 😔 Попробуйте, пожалуйста, ещё раз чуть позже.',
  // Administration: staff alerts and exports sent by the staff bot.
  settings_changed_alert: '⚙️ {{staff_name}} изменил(а) настройки:\n{{details}}',
  failed_checks_alert:
    '⚠️ Кассир {{cashier_name}} ({{store}}) ввёл {{count}} неверных кодов подряд. Проверьте, всё ли в порядке на кассе.',
  broadcast_failed_alert: '📣 Рассылка «{{title}}» не удалась: {{details}}',
  admin_job_failed_alert: '⛔️ Задача «{{title}}» завершилась с ошибкой: {{details}}',
  security_lockout_alert:
    '🔒 Похоже на подбор: {{title}}. {{details}}.\nЗаблокировано до {{locked_until}}. Если это не ваши сотрудники — смените пароли и POS_API_KEY.',
  broadcast_errors_alert:
    '⚠️ Рассылка «{{title}}»: {{count}} сообщений не доставлено из-за ошибок ({{details}}).',
  dead_job_alert: '⛔️ Задача {{title}} не выполнена после всех попыток: {{details}}',
  export_ready: '📄 Выгрузка готова: {{count}} строк.',
  // The owner's evening (staff bot): the daily digest to `digest`, anomalies to `anomalies`.
  evening_digest:
    '🌙 <b>Итоги дня {{date}}</b>\n\nПогашено кодов: <b>{{redeemed_today}}</b> (в тот же день неделю назад: {{redeemed_last_week}})\n\n<b>По магазинам</b> (сегодня / неделю назад):\n{{by_store}}\n\n<b>По кассирам</b> (сегодня / неделю назад):\n{{by_cashier}}\n\nНовых клиентов: {{new_clients}}, новых подписок: {{new_subscriptions}}\nЛучшая кампания дня (погашения / регистрации): {{best_campaign}}\nРассылок отправлено: {{broadcasts_sent}}, доставлено {{delivered}} из {{recipients}}, заблокировали бота: {{blocked}}\nНеудачных проверок кодов: {{failed_checks}}, из них «код не найден»: {{not_found}}',
  evening_digest_no_store: 'магазин не указан',
  evening_digest_no_cashier: 'без кассира (касса, панель)',
  anomaly_cashier_alert:
    '📈 Необычно много погашений: кассир {{cashier_name}} ({{store}}) погасил(а) сегодня {{count}} кодов, обычно — {{median}} в день (медиана за 4 недели). Проверьте, всё ли в порядке.',
  anomaly_not_found_alert:
    '🔎 Всплеск неверных кодов: {{count}} проверок «код не найден» за последние {{minutes}} минут по всем кассам. Похоже, коды подбирают.',
  anomaly_campaign_alert:
    '💤 Кампания «{{title}}»: {{count}} регистраций, но ни одного погашения за 7 дней. Возможно, стоит изменить предложение.',
  anomaly_broadcast_blocked_alert:
    '🚫 После рассылки «{{title}}» бота заблокировали {{blocked}} из {{recipients}} получателей ({{percent}} %). Возможно, рассылки слишком частые.',
  // «Помощь» and «Мой профиль» (client bot).
  help: 'Я бот «Мармеладного дворика» 🍬\n\n<b>Как получить скидку:</b> подпишитесь на наш канал и нажмите «Проверить подписку» — код придёт сюда. Укажите дату рождения — в ваш день пришлём подарок.\n<b>Как воспользоваться:</b> откройте «Мои скидки» и назовите код на кассе.\n<b>Связаться с магазином:</b> нажмите «Перейти в канал» и напишите нам там или спросите на кассе.\nВаши данные можно дополнить в «Мой профиль» — это не обязательно.',
  profile_summary:
    'Ваш профиль 👤\nИмя: {{client_name}}\nТелефон: {{phone}}\nПол: {{gender}}\n\nЗаполнять не обязательно — так мы чаще присылаем то, что вам подходит. Что изменить?',
  profile_not_set: 'не указан',
  profile_gender_female: 'женский',
  profile_gender_male: 'мужской',
  profile_phone_ask:
    'Нажмите кнопку «📱 Отправить номер» внизу — Telegram передаст ваш номер.\nПередумали — /cancel',
  profile_phone_not_own:
    'Это не ваш контакт 🙅 Нажмите кнопку «📱 Отправить номер» внизу — так Telegram отправит именно ваш номер.',
  profile_gender_ask: 'Укажите ваш пол:',
  profile_name_ask: 'Как к вам обращаться? Напишите имя (и фамилию, если хотите).\nПередумали — /cancel',
  profile_name_invalid: 'Такое имя не подойдёт 🤔 Напишите имя буквами, не длиннее 64 символов.',
  profile_saved: 'Сохранили ✅',
  // Values that go inside other texts.
  discount_no_expiry: 'бессрочно',
  discount_shared_client: 'общий код',
  my_discounts_more: '…и ещё {{count}}',
  // Staff bot: login, whoami, refusals and cashier hints.
  login_link:
    '🔐 Вход в панель «Мармеладного дворика»:\n<a href="{{login_url}}">открыть панель</a>\n\nСсылка одноразовая и действует {{minutes}} минут. Никому её не пересылайте.',
  whoami_staff: 'Вы — {{staff_name}}, роль: {{role}}.',
  whoami_not_staff: 'Вы не сотрудник магазина.',
  login_not_staff: 'Вход в панель доступен только сотрудникам магазина.',
  staff_inactive: 'Ваш доступ сотрудника отключён. Обратитесь к владельцу.',
  staff_exists: 'Этот сотрудник уже есть.',
  login_link_expired: 'Ссылка для входа устарела. Отправьте /login ещё раз.',
  staff_password_weak: 'Пароль слишком короткий: нужно не меньше 10 символов.',
  client_start_first: 'Нажмите /start, чтобы начать 🙂',
  cashier_status_changed:
    'Статус кассира уже изменился — решение не применено. Актуальный статус — в панели.',
  cashier_store_invalid: 'Название магазина — от 1 до 128 символов. Напишите ещё раз, пожалуйста.',
  cashier_store_ask: 'Напишите, пожалуйста, в каком магазине вы работаете — например, «ТЦ Океан».',
  cashier_request_not_found: 'Такой заявки кассира нет.',
  cashier_decision_done: 'Готово',
  order_vip_only: 'Оформление заказа пока доступно только VIP-клиентам 💎',
  redeem_usage: 'Напишите код после команды, например: <code>/redeem ДЯА4589</code>',
  discount_redeemed_toast: 'Погашено ✅',
  // Broadcasts from the client bot chat (staff only).
  broadcast_chat_disabled:
    'Режим рассылки из чата отключён. Включить его может владелец: настройка auto_broadcast_from_admins.',
  broadcast_chat_forbidden: 'Рассылать из чата могут только сотрудники с таким правом.',
  broadcast_chat_unsupported:
    'Для рассылки подходят текст, фото, видео и документы (можно переслать готовый пост).',
  broadcast_chat_invalid: 'Это сообщение не подходит для рассылки: проверьте длину текста и оформление.',
  broadcast_chat_audience_empty: 'В эту аудиторию сейчас не попадает ни один клиент — выберите другую.',
  broadcast_chat_already_done: 'Эта рассылка уже запущена или отменена.',
  broadcast_chat_ask_audience: '📣 Рассылка «{{title}}». Кому отправить?',
  broadcast_chat_not_yours: 'Эта рассылка вам недоступна.',
  broadcast_chat_cancelled: 'Рассылка отменена.',
  broadcast_chat_confirm: 'Вы собираетесь отправить {{count}} пользователям («{{audience}}»). Отправить?',
  broadcast_chat_launched: '✅ Рассылка запущена ({{count}} получ.). Ход отправки — в панели.',
} as const;

export type MessageTemplateKey = keyof typeof MESSAGE_TEMPLATE_DEFAULTS;
export const MESSAGE_TEMPLATE_KEYS = Object.keys(MESSAGE_TEMPLATE_DEFAULTS) as MessageTemplateKey[];

export function isMessageTemplateKey(key: string): key is MessageTemplateKey {
  return Object.hasOwn(MESSAGE_TEMPLATE_DEFAULTS, key);
}
