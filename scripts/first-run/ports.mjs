// The ports `npm start` is about to listen on must be free: a second `npm start` (or anything
// else there) would otherwise answer in our place, or crash an app with EADDRINUSE.
import net from 'node:net';
import { FirstRunError } from './say.mjs';

const isFree = (port) =>
  new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });

/** `ports` maps a variable name to its port, e.g. { API_PORT: 3000 }. */
export async function ensurePortsFree(ports) {
  for (const [name, port] of Object.entries(ports)) {
    if (!(await isFree(Number(port))))
      throw new FirstRunError(
        `Port ${port} (${name}) is taken, by another npm start or another program: stop it, or set ${name} in .env to a free port.`,
      );
  }
}
