/** CLI results go to stdout/stderr as plain lines: this is a tool's output, not a service log. */
export const say = (line: string): void => void process.stdout.write(`${line}\n`);
export const sayError = (line: string): void => void process.stderr.write(`${line}\n`);
