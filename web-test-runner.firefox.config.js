// The same browser tests in Firefox (Debian's firefox-esr), driven by puppeteer-core over WebDriver BiDi.
// `npm run test:firefox`; .ci/run runs it (and installs firefox-esr when it is missing), and it gates the run.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import baseConfig from './web-test-runner.config.js';

// Each widget gets 1,000 fuzz documents here (Chromium's run gives it 10,000): a second engine over the same
// generators, for about a minute. FUZZ_WIDGET_RUNS and FUZZ_SEED still set them.
process.env.FUZZ_WIDGET_RUNS ??= '1000';

const FIREFOX_PATHS = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean);
const executablePath = FIREFOX_PATHS.find((path) => existsSync(path));
if (!executablePath) throw new Error('No Firefox found: set FIREFOX_PATH or install firefox-esr.');

/** A web-test-runner launcher for Firefox: the puppeteer launcher of @web/test-runner-chrome, given Firefox. */
function firefoxLauncher() {
  const launcher = chromeLauncher({
    puppeteer,
    launchOptions: { browser: 'firefox', executablePath, headless: true },
  });
  launcher.name = 'Firefox';
  return launcher;
}

export default {
  ...baseConfig,
  // Every browser suite: core, widgets and quality (axe matrix, keyboard, CSP, XSS, fetch faults, fuzz).
  // What Firefox's driver cannot do (print and media-feature emulation over WebDriver BiDi) skips visibly.
  files: baseConfig.files,
  browsers: [firefoxLauncher()],
  concurrency: 1,
  coverage: false,
};
