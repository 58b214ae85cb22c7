// Which Chromium the browser tests use: $CHROMIUM_PATH, else Debian's /usr/bin/chromium,
// else Playwright's own installed browser (undefined lets Playwright find it).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function chromiumPath() {
  const env = process.env.CHROMIUM_PATH;
  if (env) return existsSync(env) ? env : null;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined;
  } catch {
    // Playwright has no browser of its own installed.
  }
  return null;
}
