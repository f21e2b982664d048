// Finds a Chromium the tests, the bench and the CI can drive, without downloading one.
// Order: $CHROME_PATH, the usual system paths, then the binary shipped inside @sparticuz/chromium.
import { existsSync } from 'node:fs';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

/** Plain launch args: no --single-process (crashes after a few dozen pages), no --disable-web-security (hides CSP and CORS faults). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** @returns {Promise<string>} the path of a Chromium executable */
export async function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const system = SYSTEM_PATHS.find((path) => existsSync(path));
  if (system) return system;
  const { default: chromium } = await import('@sparticuz/chromium');
  return chromium.executablePath();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await findChrome());
}
