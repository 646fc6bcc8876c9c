import {
  type CreateDiscountTemplateInput,
  type DiscountView,
  IssueDiscountCommand,
  type RegisterClientInput,
} from '@dvorik/domain';
import { anOwner } from './actors';
import { aClient } from './a-client';
import { aTemplate } from './a-template';
import type { DomainTestApp } from './domain-test-app';

/**
 * An active discount issued by an owner, as «Выдать скидку» does: a new client and a new
 * template unless given (their fields override the defaults of aClient / aTemplate).
 */
export async function aDiscount(
  app: DomainTestApp,
  options: {
    clientId?: number;
    client?: Partial<RegisterClientInput>;
    template?: Partial<CreateDiscountTemplateInput>;
  } = {},
): Promise<DiscountView> {
  const clientId = options.clientId ?? (await aClient(app, options.client)).id;
  const template = await aTemplate(app, options.template);
  const { discount } = await app.commands.execute(
    new IssueDiscountCommand({ actor: anOwner(), clientId, templateId: template.id, origin: 'manual' }),
  );
  return discount;
}
