// `npm run test:browsers`: the element suite in Firefox and WebKit, and the page
// tests in Firefox, one engine after the other (the machine may be small). Says
// how to install an engine that is missing, and prints each engine's gaps and time.
// Expects a build (`npm run build`): the page tests load cdn/ and dist/.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { ENGINES, INSTALL_ENGINES } from './engines.mjs';
import { describeGaps } from './engine-gaps.mjs';

const missing = ['firefox', 'webkit'].map((engine) => [engine, ENGINES[engine].missing()]).filter(([, why]) => why);
if (missing.length) {
  for (const [engine, why] of missing) console.error(`${ENGINES[engine].label}: ${why}.`);
  console.error(
    `\nInstall the engines (Debian or Ubuntu, as root):\n\n  ${INSTALL_ENGINES}\n\nthen run \`npm run test:browsers\` again. See docs/browser-support.md.`,
  );
  process.exit(1);
}

const pageTests = readdirSync('test/pages')
  .filter((name) => name.endsWith('.test.mjs'))
  .map((name) => `test/pages/${name}`);
const RUNS = [
  { engine: 'firefox', what: 'element suite', command: ['npx', 'wtr', '--config', 'web-test-runner.config.mjs'] },
  { engine: 'webkit', what: 'element suite', command: ['npx', 'wtr', '--config', 'web-test-runner.config.mjs'] },
  { engine: 'firefox', what: 'page tests', command: ['node', '--test', ...pageTests] },
];

const results = [];
for (const { engine, what, command } of RUNS) {
  console.log(`\n=== ${ENGINES[engine].label}: ${what} ===`);
  if (what === 'page tests') console.log(describeGaps(engine, { pages: true }));
  const started = Date.now();
  const run = spawnSync(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, ENGINE: engine } });
  results.push({
    label: `${ENGINES[engine].label} ${what}`,
    ok: run.status === 0,
    seconds: Math.round((Date.now() - started) / 1000),
  });
}

console.log('\nEngines:');
for (const { label, ok, seconds } of results) console.log(`  ${ok ? 'pass' : 'FAIL'}  ${label} (${seconds} s)`);
console.log('WebKit runs no page tests: see the gaps above and docs/browser-support.md.');
process.exit(results.every((r) => r.ok) ? 0 : 1);
