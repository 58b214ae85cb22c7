import { test as base, expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

/** The app seen as a user sees it: header, palette, canvas, inspector. */
export class AppPage {
  constructor(readonly page: Page) {}

  get palette() {
    return this.page.getByRole('region', { name: 'Components' });
  }
  get canvas() {
    return this.page.getByRole('region', { name: 'Canvas' });
  }
  get inspector() {
    return this.page.getByRole('region', { name: 'Properties' });
  }
  button(name: string) {
    return this.page.getByRole('button', { name, exact: true });
  }
  paletteItem(short: string) {
    return this.palette.getByRole('button', { name: short, exact: true });
  }
  /** A unit on the canvas, by its id (React Flow's data-id). */
  node(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }
  nodes(): Locator {
    return this.page.locator('.react-flow__node');
  }
  edges(): Locator {
    return this.page.locator('.react-flow__edge');
  }
  /** A unit on the canvas by the label it shows. */
  nodeByLabel(label: string): Locator {
    return this.page
      .locator('.react-flow__node')
      .filter({ has: this.page.locator('.unit-node__label', { hasText: label }) });
  }

  async start() {
    await this.page.goto('/');
    await expect(this.page.getByRole('button', { name: 'New organogram' })).toBeVisible();
  }

  async newOrganogram() {
    await this.page.getByRole('button', { name: 'New organogram' }).click();
    await expect(this.canvas).toBeVisible();
  }

  async openPreset(title: string) {
    await this.page.getByRole('button', { name: `Open ${title}`, exact: true }).click();
    // A preset is laid out as it opens (ELK in its worker): allow for a busy machine.
    await expect(this.canvas).toBeVisible({ timeout: 30_000 });
  }

  /** Drags a palette item to a point on the canvas (canvas-relative pixels). */
  async dragFromPalette(short: string, x: number, y: number) {
    const box = (await this.canvas.boundingBox())!;
    await this.paletteItem(short).dragTo(this.canvas, { targetPosition: { x, y } });
    return { x: box.x + x, y: box.y + y };
  }

  /** Drags from a unit's handle to another unit, as a user draws a link. */
  async connect(fromId: string, toId: string) {
    const from = this.node(fromId);
    await from.hover();
    const handle = from.locator('.react-flow__handle.source');
    const h = (await handle.boundingBox())!;
    const t = (await this.node(toId).boundingBox())!;
    await this.page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(t.x + t.width / 2, t.y + t.height / 2, { steps: 12 });
    await this.page.mouse.move(t.x + t.width / 2 + 2, t.y + t.height / 2 + 2, { steps: 2 });
    await this.page.mouse.up();
  }

  async unitCount() {
    return this.page.evaluate(() => window.__organogram!.unitCount());
  }
  async linkCount() {
    return this.page.evaluate(() => window.__organogram!.linkCount());
  }
  async docJson() {
    return JSON.parse(await this.page.evaluate(() => window.__organogram!.docText())) as {
      title: string;
      units: {
        id: string;
        kind: string;
        label: string;
        parent?: string;
        position?: { x: number; y: number };
      }[];
      links: { id: string; kind: string; source: string; target: string }[];
    };
  }
}

export const test = base.extend<{ app: AppPage }>({
  app: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await use(new AppPage(page));
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
