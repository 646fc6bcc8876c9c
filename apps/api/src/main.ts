import { AppConfig, runMain } from '@dvorik/config';
import { checkConnections } from '@dvorik/persistence';
import { createApiApp } from './create-api-app';

runMain(async (env) => {
  await checkConnections(env);
  const app = await createApiApp();
  await app.listen(app.get(AppConfig).env.API_PORT);
});
