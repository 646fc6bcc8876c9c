import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { STAFF_ROLES, type StaffRole } from '@dvorik/domain';

export const ACCESS = Symbol('dvorik:access');

/** Who may call a route. Every route declares one; a route without is refused (fail closed). */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'staff'; roles: readonly StaffRole[] }
  | { kind: 'pos-or-staff'; roles: readonly StaffRole[] };

const describeRoles = (roles: readonly StaffRole[]) => `Roles: ${roles.join(', ')}`;

export const Public = () => SetMetadata(ACCESS, { kind: 'public' } satisfies AccessRule);

export const Roles = (...roles: StaffRole[]) =>
  applyDecorators(
    SetMetadata(ACCESS, { kind: 'staff', roles } satisfies AccessRule),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No, expired or forged token (UNAUTHORIZED)' }),
    ApiForbiddenResponse({ description: `${describeRoles(roles)}; any other role gets FORBIDDEN` }),
  );

export const AnyStaff = () => Roles(...STAFF_ROLES);

/** Till integrations: `X-API-Key` with POS_API_KEY, or a staff token with one of `roles`. */
export const PosOrRoles = (...roles: StaffRole[]) =>
  applyDecorators(
    SetMetadata(ACCESS, { kind: 'pos-or-staff', roles } satisfies AccessRule),
    ApiSecurity('pos-key'),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Missing or wrong X-API-Key / token' }),
  );
