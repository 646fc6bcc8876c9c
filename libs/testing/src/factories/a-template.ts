import {
  CreateDiscountTemplateCommand,
  type CreateDiscountTemplateInput,
  type DiscountTemplateView,
} from '@dvorik/domain';
import { anOwner } from './actors';
import type { DomainTestApp } from './domain-test-app';

/** A discount template; by default 10 % for 30 days, single use, issued without limit. */
export function aTemplate(
  app: DomainTestApp,
  overrides: Partial<CreateDiscountTemplateInput> = {},
): Promise<DiscountTemplateView> {
  return app.commands.execute(
    new CreateDiscountTemplateCommand(anOwner(), {
      name: 'Тестовая скидка',
      event: 'manual',
      valueType: 'percent',
      value: 10,
      validityDays: 30,
      recurrence: 'unlimited',
      ...overrides,
    }),
  );
}
