import { runMain } from '@dvorik/config';
import { createWorkerApp } from './create-worker-app';

runMain(async () => {
  await createWorkerApp();
});
