import { AppConfig, runMain } from '@dvorik/config';
import { checkConnections } from '@dvorik/persistence';
import { createBotsApp } from './create-bots-app';

runMain(async (env) => {
  await checkConnections(env);
  const app = await createBotsApp();
  await app.listen(app.get(AppConfig).env.BOTS_PORT);
});
