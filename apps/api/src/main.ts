import { AppConfig, runMain } from '@dvorik/config';
import { createApiApp } from './create-api-app';

runMain(async () => {
  const app = await createApiApp();
  await app.listen(app.get(AppConfig).env.API_PORT);
});
