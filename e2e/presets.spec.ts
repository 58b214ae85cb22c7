import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, SHOTS, test } from './fixtures';

const presets = readdirSync('presets')
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .map(
    (f) =>
      JSON.parse(readFileSync(join('presets', f), 'utf8')) as {
        id: string;
        title: string;
        units: { id: string }[];
        links: unknown[];
      },
  );

test.describe('preset gallery', () => {
  test('shows every preset as a card with its title, unit count and provenance', async ({
    app,
    page,
  }) => {
    await app.start();
    await expect(page).toHaveTitle('POC Organogram Designer');
    for (const p of presets) {
      const card = page.getByTestId(`gallery.preset.${p.id}`);
      await expect(card).toContainText(p.title);
      await expect(card).toContainText(`${p.units.length} units`);
      await expect(card.getByText(/Derived|Verified/)).toBeVisible();
    }
    await page.screenshot({ path: `${SHOTS}/gallery.png`, fullPage: true });
  });

  for (const p of presets) {
    test(`opens ${p.id} with all its units on the canvas`, async ({ app, page }) => {
      await app.start();
      await app.openPreset(p.title);
      await expect(app.nodes()).toHaveCount(p.units.length);
      // Every unit of the file is on the canvas (read in one go: one round trip, not one per unit).
      const onCanvas = await page.$$eval('.react-flow__node', (els) =>
        els.map((el) => (el as HTMLElement).dataset.id ?? ''),
      );
      expect(onCanvas.sort()).toEqual(p.units.map((u) => u.id).sort());
      await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(p.title);
      // The browser tab names the organogram, so several open tabs can be told apart.
      await expect(page).toHaveTitle(`${p.title} — POC Organogram Designer`);
      // After opening, the view fits the whole organogram: every unit box lies inside the canvas.
      const outside = async () => {
        const c = (await app.canvas.boundingBox())!;
        const boxes = await page.$$eval('.react-flow__node', (els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect();
            return { id: (el as HTMLElement).dataset.id, x: r.x, y: r.y, r: r.right, b: r.bottom };
          }),
        );
        return boxes
          .filter(
            (b) =>
              b.x + 1 < c.x || b.y + 1 < c.y || b.r - 1 > c.x + c.width || b.b - 1 > c.y + c.height,
          )
          .map((b) => b.id);
      };
      await expect.poll(outside, { timeout: 10_000 }).toEqual([]);
      await app.canvas.screenshot({ path: `${SHOTS}/preset-${p.id}.png` });
    });
  }
});
