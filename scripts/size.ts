/** npm run size: prints the first screen's gzipped size and fails above the budget. */
import { checkBudget, measureFirstLoad } from './first-load-size';

try {
  const { ok, report } = checkBudget(measureFirstLoad('dist'));
  console.log(report);
  if (!ok) process.exit(1);
} catch (e) {
  console.error(`Size check failed: ${e instanceof Error ? e.message : e}\nRun "npm run build" first.`);
  process.exit(1);
}
