// Fails fast, with instructions, when there is no Chromium for the browser tests.
// Nothing here downloads a browser.
import { chromiumPath } from './browser-path.mjs';

const p = chromiumPath();
if (p === null) {
  const wanted = process.env.CHROMIUM_PATH
    ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist. `
    : '';
  console.error(
    `${wanted}No Chromium found for the browser tests.\n` +
      'Install one, then run the tests again:\n' +
      '  Debian/Ubuntu:  sudo apt-get install -y chromium   (provides /usr/bin/chromium)\n' +
      '  or point CHROMIUM_PATH at any Chromium or Chrome binary\n' +
      '  or, where downloads are allowed: npx playwright install chromium',
  );
  process.exit(1);
}
console.log(`Browser tests use ${p ?? "Playwright's own Chromium"}`);
