// Prints how fast the generator draws cases and serialises them; asserts nothing.
// Run: npx tsx bench/generator/src/speed.ts [count]
import { generateCases, toNdjsonChunks } from './cases.ts';
import { generateWorld } from './world.ts';

const count = Number(process.argv[2] ?? 200_000);
const options = { seed: 'speed', count, from: '2025-01-01', to: '2026-06-30' };
const world = generateWorld({ seed: 'speed', agencies: 400, from: options.from });
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

// CPU time, not wall time: the figure stays honest on a machine shared with other work.
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

let t0 = process.cpuUsage();
let events = 0;
for (const generated of generateCases(world, options)) events += generated.record.events?.length ?? 0;
let seconds = cpuSeconds(t0);
console.log(
  `objects   ${fmt(count / seconds)} cases per CPU second  (${(events / count).toFixed(1)} events per case)`,
);

t0 = process.cpuUsage();
let bytes = 0;
for (const chunk of toNdjsonChunks(generateCases(world, options), 5000)) bytes += chunk.length;
seconds = cpuSeconds(t0);
console.log(
  `ndjson    ${fmt(count / seconds)} cases per CPU second  (${fmt(bytes / count)} characters per record)`,
);
console.log(`heap      ${fmt(process.memoryUsage().heapUsed / 1048576)} MB used at the end`);
