#!/usr/bin/env node
// `npm test`: find a Chrome/Chromium, typecheck, then run every test in headless Chromium.
import {existsSync} from 'node:fs';
import {spawnSync} from 'node:child_process';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);

const chrome = candidates.find((path) => existsSync(path));
if (!chrome) {
  console.error(
    'No Chrome or Chromium found: install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to its binary.',
  );
  process.exit(1);
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, {stdio: 'inherit', env});
  if (result.error) throw result.error;
  return result.status ?? 1;
}

console.log('Typechecking…');
if (run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']) !== 0) {
  console.log('\n0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

const extra = process.argv.slice(2);
process.exit(run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...extra], {...process.env, CHROME_PATH: chrome}));
