import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that each take a large part of a lane on their own (a process killed and restarted under a
 * 100,000-record ingest; a job node killed mid-job). Started first, they run beside the rest instead
 * of being the last file left running; a fresh checkout has no timings from an earlier run to go by.
 */
const LONGEST = ['exchange-kill.test.ts', 'jobs-multinode.test.ts'];

/** Vitest's order (earlier failures, then the longest by earlier timings), with the longest files first. */
export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = LONGEST.findIndex((name) => file.moduleId.endsWith(`/${name}`));
      return index === -1 ? LONGEST.length : index;
    };
    return sorted
      .map((file, index) => ({ file, index }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.index - b.index)
      .map(({ file }) => file);
  }
}
