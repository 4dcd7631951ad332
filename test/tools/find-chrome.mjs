// Where a Chrome or Chromium binary is: CHROME_PATH first, then the usual install paths.
import {existsSync} from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const HOW_TO_INSTALL =
  'No Chrome or Chromium found: install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to its binary.';

/** The browser binary, or null when there is none. */
export function findChrome() {
  return [process.env.CHROME_PATH, ...candidates].find((path) => path && existsSync(path)) ?? null;
}

/** Flags that keep headless Chromium quiet on a machine without network. */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  // Test files run two pages at a time: the one in the background must not have its timers,
  // animation frames and focus throttled, or focus and timing tests stall there.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
