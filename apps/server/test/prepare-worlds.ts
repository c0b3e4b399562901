import { demoWorld, TEST_DATABASE_URL, type TestAppOptions, testConfig } from './harness.ts';
import { REFERENCE_WORLD } from './warnings-reference-fixtures.ts';
import { prepareWorld } from './worlds.ts';

/*
 * Builds the worlds most test files start from, in a process of its own that the test run's global
 * setup starts beside the first files: by the time a file asks for a world it is usually ready, and
 * a file that asks sooner waits for this build instead of starting its own. The heaviest go first.
 */
const DEMO_OPTIONS: TestAppOptions[] = [
  { config: { demoSeed: true, demoData: 'full' } },
  { config: { demoSeed: true } },
  { seedCalendar: false, config: { demoSeed: true } },
];

const started = Date.now();
await Promise.all([
  ...DEMO_OPTIONS.map((options) =>
    prepareWorld(demoWorld(options)!, TEST_DATABASE_URL, (url) => testConfig(url, options.config)),
  ),
  prepareWorld(REFERENCE_WORLD, TEST_DATABASE_URL, (url) => testConfig(url)),
]);
process.stdout.write(`test worlds ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
