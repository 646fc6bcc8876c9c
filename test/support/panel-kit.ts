import { CommandBus } from '@nestjs/cqrs';
import {
  type ClientView,
  CreateDiscountTemplateCommand,
  RegisterClientCommand,
  SYSTEM,
} from '@dvorik/domain';
import type { TestSystem } from './test-system';

/** API set-up for the panel's journeys: state comes from the API, the page is what's tested. */

/** A panel login link for the staff member behind `token` (an owner issues it: POST /staff/:id/login-link). */
export async function loginLinkFor(sys: TestSystem, ownerToken: string, staffToken: string): Promise<string> {
  const me = await sys.api('/api/v1/auth/me', { token: staffToken });
  const link = await sys.api(`/api/v1/staff/${me.body.id}/login-link`, { method: 'POST', token: ownerToken });
  if (link.status !== 200) throw new Error(`login-link: ${link.status} ${JSON.stringify(link.body)}`);
  return link.body.url as string;
}

export async function aClient(
  sys: TestSystem,
  telegramId: number,
  firstName: string,
  extra: { lastName?: string; username?: string } = {},
): Promise<ClientView> {
  const { client } = await sys.apps.api!.get(CommandBus).execute(
    new RegisterClientCommand({
      telegramId,
      firstName,
      lastName: extra.lastName ?? 'Тестова',
      username: extra.username,
    }),
  );
  return client;
}

export async function aTemplate(sys: TestSystem, name = 'Скидка 10 %', value = 10): Promise<number> {
  const template = await sys.apps.api!.get(CommandBus).execute(
    new CreateDiscountTemplateCommand(SYSTEM, {
      name,
      event: 'manual',
      valueType: 'percent',
      value,
      validityDays: 30,
    }),
  );
  return template.id;
}

/** Issues a code through the API (as marketing) and returns it. */
export async function issueCode(
  sys: TestSystem,
  token: string,
  clientId: number,
  templateId: number,
): Promise<string> {
  const res = await sys.api('/api/v1/discounts', { method: 'POST', token, json: { clientId, templateId } });
  if (res.status !== 201) throw new Error(`issue: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.discount.code as string;
}

/** The till integration redeems a code (X-API-Key), as a cash register would. */
export async function redeemAtTill(sys: TestSystem, code: string): Promise<void> {
  const res = await sys.api('/api/v1/discounts/redeem', {
    method: 'POST',
    headers: {
      'x-api-key': sys.env.POS_API_KEY!,
      'idempotency-key': `till-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    },
    json: { code },
  });
  if (res.status !== 200) throw new Error(`redeem: ${res.status} ${JSON.stringify(res.body)}`);
}
