// Prints the plain closing line CI reads ("tests: N passed, N failed, N skipped") as the very
// last line of the run: Jest's own summary is printed after reporters, so write it at exit.
const fs = require('node:fs');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests, numRuntimeErrorTestSuites } =
      results;
    const line = `tests: ${numPassedTests} passed, ${numFailedTests + numRuntimeErrorTestSuites} failed, ${numPendingTests + numTodoTests} skipped\n`;
    process.once('exit', () => fs.writeSync(1, `\n${line}`));
  }
}
module.exports = SummaryReporter;
