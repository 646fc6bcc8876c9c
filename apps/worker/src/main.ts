import { runMain } from '@dvorik/config';
import { checkConnections } from '@dvorik/persistence';
import { createWorkerApp } from './create-worker-app';

runMain(async (env) => {
  await checkConnections(env);
  await createWorkerApp();
});
