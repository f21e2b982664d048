// The same browser tests in Firefox (Debian's firefox-esr), driven by puppeteer-core over WebDriver BiDi.
// `npm run test:firefox`; .ci/run runs it when a Firefox is installed (FIREFOX_PATH or /usr/bin/firefox-esr).
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import baseConfig from './web-test-runner.config.js';

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
  // The core and widget suites; the quality suite (axe matrix, fuzz, CSP) runs in Chromium only for now.
  files: [
    'test/{core,foundation,goal-tree,program-card,milestone-timeline,swot-grid,vision-mission}/**/*.test.ts',
  ],
  browsers: [firefoxLauncher()],
  concurrency: 1,
  coverage: false,
};
