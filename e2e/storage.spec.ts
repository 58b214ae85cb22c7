import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { AppPage, expect, test } from './fixtures';

const MODEL_A = 'Model A: POC Adviser as coordinator';

/** What this browser has stored: the current rows' titles and the number of version rows. */
function stored(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ titles: string[]; versions: number }>((resolve, reject) => {
        // Opened without a version: the app has already created and upgraded the database.
        const req = indexedDB.open('poc-organogram-designer');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['documents', 'versions'], 'readonly');
          const docs = tx.objectStore('documents').getAll();
          const versions = tx.objectStore('versions').count();
          tx.oncomplete = () => {
            db.close();
            resolve({
              titles: (docs.result as { title: string }[]).map((r) => r.title),
              versions: versions.result,
            });
          };
        };
      }),
  );
}

const titleField = (page: Page) => page.getByRole('textbox', { name: 'Title', exact: true });

/** Opens Model A from the gallery; its first layout runs ELK, slow on a busy two-core machine. */
async function openModelA(app: AppPage) {
  await app.page.getByRole('button', { name: `Open ${MODEL_A}`, exact: true }).click();
  await expect(app.canvas).toBeVisible({ timeout: 30_000 });
}

test.describe('data safety', () => {
  test('an autosaved edit survives a crash of the page', async ({
    app,
    page,
    context,
    browser,
  }) => {
    await app.start();
    await openModelA(app);
    await titleField(page).fill('Edited before the crash');
    await expect.poll(async () => (await stored(page)).titles).toEqual(['Edited before the crash']);
    // Kill the renderer processes outright: no pagehide, beforeunload or pending timer runs, so
    // only what was committed survives. (CDP Page.crash takes the whole browser down with
    // Debian's Chromium, and with it the context's in-memory storage.)
    const crashed = page.waitForEvent('crash');
    const cdp = await browser.newBrowserCDPSession();
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    for (const p of processInfo) if (p.type === 'renderer') process.kill(p.id, 'SIGKILL');
    await crashed;
    const again = await context.newPage();
    await again.goto('/');
    await expect(titleField(again)).toHaveValue('Edited before the crash');
    await expect(new AppPage(again).node('jmac')).toBeAttached();
  });

  test('History restores an earlier version as one step that Undo takes back', async ({
    app,
    page,
  }) => {
    await app.start();
    await openModelA(app);
    const total = await app.unitCount();
    // Three edits, each autosaved as its own version after the one written on opening.
    await titleField(page).fill('First edit');
    await expect.poll(async () => (await stored(page)).versions).toBe(2);
    await app.node('jmac').click();
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await stored(page)).versions).toBe(3);
    await titleField(page).fill('Third edit');
    await expect.poll(async () => (await stored(page)).versions).toBe(4);

    await app.button('History').click();
    const dialog = page.getByRole('dialog', { name: 'History' });
    const rows = dialog.locator('tbody tr');
    await expect(rows).toHaveCount(4);
    // Newest first: Third edit, the deletion, First edit, the preset as opened.
    await expect(rows.nth(0)).toContainText('Third edit');
    await expect(rows.nth(2)).toContainText('First edit');
    await expect(rows.nth(2)).toContainText(String(total));
    await expect(rows.nth(3)).toContainText(MODEL_A);
    await rows
      .nth(2)
      .getByRole('button', { name: /^Restore version of \d\d:\d\d:\d\d$/ })
      .click();
    await expect(dialog).toBeHidden();
    await expect(titleField(page)).toHaveValue('First edit');
    await expect(app.node('jmac')).toBeAttached();
    // The restored state is autosaved as a new version; nothing earlier was dropped.
    await expect.poll(async () => (await stored(page)).versions).toBe(5);

    await app.button('Undo').click();
    await expect(titleField(page)).toHaveValue('Third edit');
    await expect(app.node('jmac')).toHaveCount(0);
    expect(await app.unitCount()).toBe(total - 1);
  });

  test('without IndexedDB the work stays in memory with a warning and a download', async ({
    app,
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined });
    });
    await app.start();
    await openModelA(app);
    const warning = page.getByRole('alert').filter({ hasText: /^Not saved in this browser/ });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('kept in memory only');
    // Editing goes on; the warning stays while every save fails.
    await titleField(page).fill('Kept in memory');
    await page.waitForTimeout(600);
    await expect(warning).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      warning.getByRole('button', { name: 'Download a copy' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      title: string;
      units: unknown[];
    };
    expect(file.title).toBe('Kept in memory');
    expect(file.units.length).toBe(await app.unitCount());
  });

  test('a full disk keeps the last good save, and the warning goes once a save succeeds', async ({
    app,
    page,
  }) => {
    // Writes of the current row fail while window.__diskFull is set, as a quota error would.
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
        if ((window as { __diskFull?: boolean }).__diskFull && this.name === 'documents')
          throw new DOMException('The disk is full.', 'QuotaExceededError');
        return put.apply(this, args);
      } as typeof put;
    });
    await app.start();
    await openModelA(app);
    await expect.poll(async () => (await stored(page)).versions).toBe(1);
    await page.evaluate(() => ((window as { __diskFull?: boolean }).__diskFull = true));
    await titleField(page).fill('Not stored');
    const warning = page.getByRole('alert').filter({ hasText: /^Not saved in this browser/ });
    await expect(warning).toContainText('The disk is full.');
    // The failed save changed nothing: the row and the versions are the last good ones.
    expect(await stored(page)).toEqual({ titles: [MODEL_A], versions: 1 });

    await page.evaluate(() => ((window as { __diskFull?: boolean }).__diskFull = false));
    await titleField(page).fill('Stored again');
    await expect(warning).toBeHidden();
    await expect.poll(async () => (await stored(page)).titles).toEqual(['Stored again']);
  });

  test('a save from another tab is never overwritten: keep mine as a copy', async ({
    app,
    page,
    context,
  }) => {
    await app.start();
    await openModelA(app);
    await expect.poll(async () => (await stored(page)).titles).toEqual([MODEL_A]);
    // The second tab reopens the last document: the same one.
    const other = await context.newPage();
    await other.goto('/');
    await expect(titleField(other)).toHaveValue(MODEL_A);
    await expect(other.getByText('This organogram is already open in another tab')).toBeVisible();
    await expect(page.getByText('This organogram was also opened in another tab')).toBeVisible();

    await titleField(other).fill('Edited in the other tab');
    const conflict = page.getByRole('dialog', {
      name: 'This organogram was changed in another tab',
    });
    await expect(conflict).toBeVisible();
    await conflict.getByRole('button', { name: 'Keep mine as a copy' }).click();
    await expect(conflict).toBeHidden();
    await expect(titleField(page)).toHaveValue(`${MODEL_A} (copy)`);

    await app.button('My organograms').click();
    const list = page.getByRole('dialog', { name: 'My organograms' });
    await expect(list.getByRole('row')).toHaveCount(3);
    await expect(list).toContainText('Edited in the other tab');
    await expect(list).toContainText(`${MODEL_A} (copy)`);
    // The other tab's edit was not overwritten.
    expect((await stored(page)).titles.sort()).toEqual(
      [`${MODEL_A} (copy)`, 'Edited in the other tab'].sort(),
    );
  });

  test('a save from another tab can be loaded instead', async ({ app, page, context }) => {
    await app.start();
    await openModelA(app);
    await expect.poll(async () => (await stored(page)).titles).toEqual([MODEL_A]);
    const other = await context.newPage();
    await other.goto('/');
    await expect(titleField(other)).toHaveValue(MODEL_A);
    await titleField(other).fill('Their title');
    const conflict = page.getByRole('dialog', {
      name: 'This organogram was changed in another tab',
    });
    await conflict.getByRole('button', { name: 'Load their version' }).click();
    await expect(titleField(page)).toHaveValue('Their title');
    expect((await stored(page)).titles).toEqual(['Their title']);
  });
});
