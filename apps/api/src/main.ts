import { AppConfig, runMain } from '@dvorik/config';
import { checkConnections } from '@dvorik/persistence';
import { createApiApp } from './create-api-app';

runMain(async (env) => {
  await checkConnections(env);
  const app = await createApiApp();
  const port = app.get(AppConfig).env.API_PORT;
  // Every interface, as Express did (Fastify alone would listen on localhost only): '::' is
  // dual-stack; a host without IPv6 gets all IPv4 interfaces.
  await app.listen(port, '::').catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EAFNOSUPPORT' && error.code !== 'EADDRNOTAVAIL') throw error;
    return app.listen(port, '0.0.0.0');
  });
});
