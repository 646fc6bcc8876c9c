// What `npm start` prints: one line per fact, prefixed so it stands apart from the apps' logs.
export const say = (line) => void process.stdout.write(`[start] ${line}\n`);

/** A problem `npm start` explains in one line (what is wrong and the command that fixes it). */
export class FirstRunError extends Error {
  name = 'FirstRunError';
}

/**
 * Runs the start-up; a FirstRunError is one line, then `stop(1)` ends what was started.
 * Anything else is a bug and keeps its stack trace.
 */
export async function runFirstRun(main, stop) {
  try {
    await main();
  } catch (error) {
    if (!(error instanceof FirstRunError)) throw error;
    process.stderr.write(`[start] ${error.message}\n`);
    stop(1);
  }
}
