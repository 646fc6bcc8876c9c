import type { Env } from './env.schema';
import { ConfigError, loadDotEnvFile, loadEnv } from './load-env';
import { describeStartupFailure } from './startup-failure';

/**
 * Entry point of every app: reads `.env`, runs `main`, and turns a configuration problem into
 * one clear message and exit code 1 instead of a stack trace.
 */
export function runMain(main: (env: Env) => Promise<unknown>): void {
  loadDotEnvFile();
  // Validate before Nest starts, so a bad variable is one clear message, not a DI stack trace.
  Promise.resolve()
    .then(() => loadEnv())
    .then(main)
    .catch((error: unknown) => {
      const failure = describeStartupFailure(error, process.env);
      if (error instanceof ConfigError) {
        process.stderr.write(`${error.message}\nSee .env.example for every variable and its meaning.\n`);
      } else if (failure) {
        process.stderr.write(`${failure}\n`);
      } else {
        process.stderr.write(
          `Fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
        );
      }
      process.exit(1);
    });
}
