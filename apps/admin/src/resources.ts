import type { ComponentType } from 'react';
import { ALL_ROLES, OWNERS, type Role } from './auth/roles';
import * as auditLog from './audit-log';
import * as broadcasts from './broadcasts';
import * as campaigns from './campaigns';
import * as cashiers from './cashiers';
import * as clients from './clients';
import * as discountTemplates from './discount-templates';
import * as discounts from './discounts';
import * as messageTemplates from './message-templates';
import * as orders from './orders';
import * as redemptions from './redemptions';
import * as segments from './segments';
import * as staff from './staff';

/** What a resource folder's index.ts exports (STYLE «The panel»). */
export interface ResourceModule {
  list?: ComponentType;
  edit?: ComponentType;
  create?: ComponentType;
  show?: ComponentType;
  icon?: ComponentType;
  /** The field (or function) a record is called by in titles and references. */
  recordRepresentation?: string;
}

export interface PanelResource {
  /** The react-admin resource name = the API path (see dataProvider/resources.ts). */
  name: string;
  /** Roles that see it in the menu (the API enforces its own rules). */
  roles: readonly Role[];
  module: ResourceModule;
}

/** Every resource, in the menu's order (DESIGN §3 «Admin panel»). */
export const PANEL_RESOURCES: PanelResource[] = [
  { name: 'clients', roles: ALL_ROLES, module: clients },
  { name: 'segments', roles: ALL_ROLES, module: segments },
  { name: 'broadcasts', roles: ALL_ROLES, module: broadcasts },
  { name: 'discounts', roles: ALL_ROLES, module: discounts },
  { name: 'discount-templates', roles: ALL_ROLES, module: discountTemplates },
  { name: 'redemptions', roles: ALL_ROLES, module: redemptions },
  { name: 'campaigns', roles: ALL_ROLES, module: campaigns },
  { name: 'cashiers', roles: OWNERS, module: cashiers },
  { name: 'orders', roles: ALL_ROLES, module: orders },
  { name: 'message-templates', roles: ALL_ROLES, module: messageTemplates },
  { name: 'staff', roles: OWNERS, module: staff },
  { name: 'audit-log', roles: OWNERS, module: auditLog },
];

export function resourcesFor(role: unknown): PanelResource[] {
  return PANEL_RESOURCES.filter((resource) => resource.roles.includes(role as Role));
}
