#!/usr/bin/env node
/**
 * Fails when the translations are incomplete or stale:
 *  - a message in the source that is missing from an XLIFF file (run `npm run i18n`),
 *  - a trans-unit without a <target> (translate it),
 *  - a target whose placeholders differ from its source's,
 *  - generated catalogues (packages/widgets/src/i18n/generated) that differ from what the XLIFF
 *    files build (run `npm run i18n`).
 * It extracts and builds into a temporary directory: the repository is never written.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const xliffDir = join(root, config.interchange.xliffDir);
const generatedDir = join(root, config.output.outputDir);
const work = mkdtempSync(join(tmpdir(), 'ph-i18n-'));
const problems = [];

function run(command, configFile) {
  const result = spawnSync('npx', ['lit-localize', command, '--config', configFile], {cwd: root, encoding: 'utf8'});
  if (result.status !== 0) throw new Error(`lit-localize ${command} failed:\n${result.stdout}\n${result.stderr}`);
}

/** id → {source, target} of every trans-unit in an XLIFF 1.2 file (lit-localize's own layout). */
function units(file) {
  const text = readFileSync(file, 'utf8');
  const found = new Map();
  for (const match of text.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const body = match[2];
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1];
    const target = /<target[^>]*>([\s\S]*?)<\/target>/.exec(body)?.[1];
    found.set(match[1], {source, target});
  }
  return found;
}

const placeholders = (text) => [...(text ?? '').matchAll(/<x id="[^"]*" equiv-text="[^"]*"\/>/g)].map((m) => m[0]).sort().join('\n');

try {
  // 1. Extract the current sources into a copy of the XLIFF files.
  const xliffCopy = join(work, 'xliff');
  cpSync(xliffDir, xliffCopy, {recursive: true});
  const extractConfig = join(work, 'extract.json');
  writeFileSync(
    extractConfig,
    JSON.stringify({...config, inputFiles: config.inputFiles.map((glob) => join(root, glob)), interchange: {...config.interchange, xliffDir: xliffCopy}}),
  );
  run('extract', extractConfig);

  let messages = 0;
  for (const language of config.targetLocales) {
    const committed = units(join(xliffDir, `${language}.xlf`));
    const current = units(join(xliffCopy, `${language}.xlf`));
    messages = current.size;
    for (const [id, unit] of current) {
      const known = committed.get(id);
      if (!known || known.source !== unit.source) problems.push(`${language}: message ${id} is not in the XLIFF file (run npm run i18n): ${unit.source}`);
      else if (!known.target?.trim()) problems.push(`${language}: message ${id} has no translation: ${unit.source}`);
      else if (placeholders(known.source) !== placeholders(known.target)) problems.push(`${language}: message ${id} has other placeholders than its source`);
    }
    for (const id of committed.keys()) if (!current.has(id)) problems.push(`${language}: message ${id} is no longer in the source (run npm run i18n)`);
  }

  // 2. Build the catalogues from the committed XLIFF files and compare them with the committed ones.
  const builtDir = join(work, 'generated');
  const buildConfig = join(work, 'build.json');
  writeFileSync(
    buildConfig,
    JSON.stringify({
      ...config,
      inputFiles: config.inputFiles.map((glob) => join(root, glob)),
      interchange: {...config.interchange, xliffDir},
      output: {...config.output, outputDir: builtDir},
    }),
  );
  run('build', buildConfig);
  for (const file of readdirSync(builtDir)) {
    let committed = '';
    try {
      committed = readFileSync(join(generatedDir, file), 'utf8');
    } catch {
      // reported below
    }
    if (committed !== readFileSync(join(builtDir, file), 'utf8')) problems.push(`${file}: the generated catalogue is out of date (run npm run i18n)`);
  }

  for (const problem of problems.slice(0, 40)) console.error(`  ${problem}`);
  if (problems.length > 40) console.error(`  … and ${problems.length - 40} more`);
  console.log(`Translations: ${messages} messages × ${config.targetLocales.length} languages (${config.targetLocales.join(', ')}), ${problems.length} problems.`);
} finally {
  rmSync(work, {recursive: true, force: true});
}
process.exit(problems.length === 0 ? 0 : 1);
