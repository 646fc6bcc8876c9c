import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { AccessTokenIssuer, CreateStaffCommand, StaffRole } from '@dvorik/domain';

export type RoleTokens = Record<StaffRole, string>;

/** One staff member per role, created through the real command, with a real signed token each. */
export async function staffTokens(
  app: INestApplicationContext,
  baseTelegramId = 800_000,
): Promise<RoleTokens> {
  const tokens = {} as RoleTokens;
  let offset = 0;
  for (const role of Object.values(StaffRole)) {
    const staff = await app
      .get(CommandBus)
      .execute(
        new CreateStaffCommand(
          { type: 'system' },
          { telegramId: baseTelegramId + offset++, name: `Test ${role}`, role },
        ),
      );
    tokens[role] = app.get(AccessTokenIssuer).sign(staff);
  }
  return tokens;
}
