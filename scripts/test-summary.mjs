// Reads vitest JSON reports and prints the closing line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`missing test report: ${file}`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  // A file that failed to load has no tests but still fails the run.
  failed += report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
  const lane = file.replace(/^.*\//, '').replace(/\.json$/, '');
  for (const r of report.testResults) {
    const where = r.name.replace(`${process.cwd()}/`, '');
    if (r.status === 'failed' && r.assertionResults.length === 0)
      failures.push(`[${lane}] ${where}: ${(r.message ?? '').split('\n')[0].slice(0, 200)}`);
    for (const a of r.assertionResults.filter((x) => x.status === 'failed'))
      failures.push(
        `[${lane}] ${where} > ${a.fullName}: ${(a.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 200)}`,
      );
  }
}
// The failures again, briefly, where a truncated log still shows them (just above the last line).
for (const line of failures.slice(0, 30)) console.log(`FAILED ${line}`);
if (failures.length > 30) console.log(`FAILED … and ${failures.length - 30} more`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
