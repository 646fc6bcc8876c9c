import { Menu as RaMenu, usePermissions, useTranslate } from 'react-admin';
import { isOwner } from '../auth/roles';
import { resourcesFor } from '../resources';
import * as settings from '../settings';
import { QueuesMenuItem } from './QueuesMenuItem';

/** The fixed Russian menu (DESIGN §3); a role sees only what it may use. */
export function Menu() {
  const { permissions: role } = usePermissions<string>();
  const translate = useTranslate();
  const resources = resourcesFor(role);
  const SettingsIcon = settings.icon;
  const item = (name: string) => {
    const resource = resources.find((r) => r.name === name);
    if (!resource) return null;
    const Icon = resource.module.icon;
    return (
      <RaMenu.Item
        key={name}
        to={`/${name}`}
        primaryText={translate(`dvorik.menu.${name}`)}
        leftIcon={Icon ? <Icon /> : undefined}
      />
    );
  };
  return (
    <RaMenu>
      <RaMenu.DashboardItem primaryText={translate('dvorik.menu.dashboard')} />
      {resources.filter((r) => r.name !== 'audit-log').map((r) => item(r.name))}
      {isOwner(role) && (
        <RaMenu.Item
          to="/settings"
          primaryText={translate('dvorik.menu.settings')}
          leftIcon={<SettingsIcon />}
        />
      )}
      {item('audit-log')}
      {isOwner(role) && <QueuesMenuItem />}
    </RaMenu>
  );
}
