import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

// The build served from a sub-path, as a mission's intranet would host it: a plain static server
// that knows nothing about the app and serves dist/ under /tools/poc-organogram/.
const BASE = '/tools/poc-organogram/';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

let server: Server;
let origin = '';

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(BASE)) {
      res.writeHead(404).end();
      return;
    }
    const rel = normalize(path.slice(BASE.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
    readFile(join('dist', rel)).then(
      (body) =>
        res
          .writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' })
          .end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

test('the build works served from a sub-path: opens, lays out a preset and exports', async ({
  app,
  page,
}) => {
  const outside: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin === origin && !u.pathname.startsWith(BASE)) outside.push(u.pathname);
  });
  await page.goto(`${origin}${BASE}`);
  await expect(page.getByRole('button', { name: 'New organogram' })).toBeVisible();
  await app.openPreset('2020 POC Handbook: three-level structure');
  await expect(app.nodes().first()).toBeVisible();
  // Auto layout loads the layout worker from the sub-path too; its result is one undoable step.
  await expect(app.button('Undo')).toBeDisabled();
  await app.button('Auto layout').click();
  await expect(app.button('Undo')).toBeEnabled({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'SVG', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Download', exact: true }).click();
  expect((await download).suggestedFilename()).toMatch(/\.svg$/);
  // Nothing was asked for outside the sub-path.
  expect(outside).toEqual([]);
});
