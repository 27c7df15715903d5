// npm test: every check, in the order that fails fastest. Stops at the first failing step and
// ends with one summary line of tests passed and failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const UNIT_REPORT = 'reports/unit.json';
const E2E_REPORT = 'reports/e2e.json';

const steps = [
  ['typecheck', 'npm', ['run', 'typecheck']],
  ['unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${UNIT_REPORT}`]],
  ['deck check', 'npm', ['run', 'decks:check']],
  ['build', 'npm', ['run', 'build']],
  ['size budget', 'npm', ['run', 'size']],
  ['end-to-end tests', 'node', ['scripts/e2e.mjs']],
];

rmSync(UNIT_REPORT, { force: true });
rmSync(E2E_REPORT, { force: true });

let failedStep;
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  console.log(`=== ${name}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (r.status !== 0) {
    failedStep = name;
    break;
  }
}

function counts(file, read) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { passed: 0, failed: 0 };
  }
}
const unit = counts(UNIT_REPORT, (j) => ({ passed: j.numPassedTests ?? 0, failed: j.numFailedTests ?? 0 }));
const e2e = counts(E2E_REPORT, (j) => ({ passed: j.stats?.expected ?? 0, failed: (j.stats?.unexpected ?? 0) + (j.stats?.flaky ?? 0) }));
const passed = unit.passed + e2e.passed;
// A step that failed without failing a test (typecheck, build, size) still counts as one failure.
const failed = unit.failed + e2e.failed + (failedStep && !unit.failed && !e2e.failed ? 1 : 0);

console.log(`\nUnit: ${unit.passed} passed, ${unit.failed} failed. End-to-end: ${e2e.passed} passed, ${e2e.failed} failed.`);
if (failedStep) console.log(`Stopped at: ${failedStep}.`);
else if (e2e.passed === 0) {
  console.log('The end-to-end tests did not run: a test run without them is not a pass.');
  console.log(`${passed} passed, 1 failed`);
  process.exit(1);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);
