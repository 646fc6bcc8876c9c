import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isMessageTemplateKey, MESSAGE_TEMPLATE_DEFAULTS } from '../message-template.defaults';
import { MessageTemplateError } from '../message-templates.errors';
import { MessageTemplatesStore } from '../message-templates.store';
import { type Placeholder, renderTemplate, validateTemplateText } from '../rules/template-text.rule';
import { PreviewMessageTemplateQuery } from './preview-message-template.query';

/** What the preview fills in when the panel gives no values: plausible, obviously sample data. */
export const SAMPLE_VALUES: Record<Placeholder, string> = {
  first_name: 'Анна',
  discount_code: 'МД-ДЯА4589',
  discount_value: '10 %',
  discount_expires_at: '31.12.2026',
  channel_link: 'https://t.me/marmeladny_dvorik',
  discount_name: 'Скидка за подписку',
  next_date: '01.01.2027',
  client_name: 'Анна Иванова',
  cashier_name: 'Ольга',
  redeemed_at: '21.11.2026 15:04',
  store: 'Светланская, 1',
  locked_until: '15:30',
  order_id: '42',
  staff_name: 'Мила',
  details: 'birthday_hour: 9 → 10',
  count: '6',
  title: 'Новогодняя рассылка',
  phone: '+79141234567',
  gender: 'женский',
  login_url: 'https://dvorik.example/admin/login?token=sample',
  minutes: '10',
  role: 'owner',
  audience: 'Подписчики канала',
  date: '18.11.2026',
  redeemed_today: '42',
  redeemed_last_week: '35',
  by_store: '• Светланская, 1 — 30 / 24\n• ТЦ Океан — 12 / 11',
  by_cashier: '• Ольга (Светланская, 1) — 18 / 15\n• Мила (ТЦ Океан) — 12 / 11',
  new_clients: '17',
  new_subscriptions: '9',
  best_campaign: '«Постер у кассы» — 6 / 4',
  broadcasts_sent: '1',
  recipients: '1200',
  delivered: '1164',
  blocked: '31',
  failed_checks: '7',
  not_found: '5',
  median: '4',
  percent: '6.1',
};

@QueryHandler(PreviewMessageTemplateQuery)
export class PreviewMessageTemplateHandler implements IQueryHandler<PreviewMessageTemplateQuery> {
  constructor(private readonly store: MessageTemplatesStore) {}

  async execute({ key, body: draft, values }: PreviewMessageTemplateQuery) {
    if (!isMessageTemplateKey(key)) throw MessageTemplateError.notFound(key);
    const body = draft ?? (await this.store.rows(true)).get(key)?.body ?? MESSAGE_TEMPLATE_DEFAULTS[key];
    const errors = validateTemplateText(body);
    if (errors.length > 0) throw MessageTemplateError.invalid(key, errors);
    return { key, body, rendered: renderTemplate(body, { ...SAMPLE_VALUES, ...values }) };
  }
}
