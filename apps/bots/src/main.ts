import { AppConfig, runMain } from '@dvorik/config';
import { createBotsApp } from './create-bots-app';

runMain(async () => {
  const app = await createBotsApp();
  await app.listen(app.get(AppConfig).env.BOTS_PORT);
});
