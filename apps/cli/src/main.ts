import { runMain } from '@dvorik/config';
import { CommandFactory } from 'nest-commander';
import { CliModule } from './cli.module';

runMain(async () => {
  await CommandFactory.run(CliModule, {
    logger: ['error', 'warn'],
    errorHandler: (error) => {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    },
    serviceErrorHandler: (error) => {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    },
  });
});
