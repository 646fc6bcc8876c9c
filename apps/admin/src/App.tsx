import { lazy } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './auth/auth-provider';
import { isOwner } from './auth/roles';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n/ru';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { resourcesFor } from './resources';
import * as settings from './settings';
import { theme } from './theme';

const Dashboard = lazy(() => import('./dashboard/Dashboard'));

/** The panel: one <Resource> per folder the role may use (resources.ts), custom routes after. */
export function App() {
  return (
    <Admin
      title="Мармеладный дворик"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      loginPage={LoginPage}
      layout={Layout}
      dashboard={Dashboard}
      theme={theme}
      requireAuth
      disableTelemetry
    >
      {(role: string) => [
        ...resourcesFor(role).map(({ name, module }) => <Resource key={name} name={name} {...module} />),
        isOwner(role) && (
          <CustomRoutes key="owner-routes">
            <Route path="/settings" element={<settings.page />} />
          </CustomRoutes>
        ),
      ]}
    </Admin>
  );
}
