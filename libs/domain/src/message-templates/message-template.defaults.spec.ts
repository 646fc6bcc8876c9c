import { MESSAGE_TEMPLATE_DEFAULTS } from './message-template.defaults';
import { validateTemplateText } from './rules/template-text.rule';

describe('message template defaults', () => {
  it.each(Object.entries(MESSAGE_TEMPLATE_DEFAULTS))('%s would pass the save validation', (_key, body) => {
    expect(validateTemplateText(body)).toEqual([]);
  });

  it('covers every key DESIGN §2 requires', () => {
    const required = [
      'welcome',
      'not_subscribed',
      'subscription_success',
      'subscription_too_soon',
      'birthday_ask',
      'birthday_saved',
      'birthday_invalid',
      'birthday_congrats',
      'my_discounts_empty',
      'discount_issued',
      'discount_used_client',
      'discount_used_cashier',
      'discount_reminder',
      'cashier_pending',
      'cashier_approved',
    ];
    expect(Object.keys(MESSAGE_TEMPLATE_DEFAULTS)).toEqual(expect.arrayContaining(required));
  });
});
