#!/usr/bin/env node
// `npm test`: find a Chrome/Chromium, typecheck, check the translations, then run every test in headless Chromium.
import {spawnSync} from 'node:child_process';
import {HOW_TO_INSTALL, findChrome} from './tools/find-chrome.mjs';

const chrome = findChrome();
if (!chrome) {
  console.error(HOW_TO_INSTALL);
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

console.log('Checking translations…');
if (run('node', ['test/tools/check-translations.mjs']) !== 0) {
  console.log('\n0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

const extra = process.argv.slice(2);
process.exit(run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...extra], {...process.env, CHROME_PATH: chrome}));
