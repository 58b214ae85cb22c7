import type { Page } from '@playwright/test';
import { expect, SHOTS, test } from './fixtures';

type Box = { id: string; x: number; y: number; width: number; height: number };

/** Screen boxes of every non-container unit. */
async function unitBoxes(page: Page): Promise<Box[]> {
  return page.$$eval('.react-flow__node:not(.react-flow__node-container)', (els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        id: (el as HTMLElement).dataset.id!,
        x: r.x,
        y: r.y,
        width: r.width,
        height: r.height,
      };
    }),
  );
}

function overlaps(boxes: Box[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (
        a.x < b.x + b.width - 0.5 &&
        b.x < a.x + a.width - 0.5 &&
        a.y < b.y + b.height - 0.5 &&
        b.y < a.y + a.height - 0.5
      )
        out.push(`${a.id} × ${b.id}`);
    }
  return out;
}

test.describe('auto layout', () => {
  test('lays out a scrambled preset with no overlaps, in one undoable step', async ({
    app,
    page,
  }) => {
    await app.start();
    await app.openPreset('2020 POC Handbook: three-level structure');
    // Scramble: every unit thrown to a random place inside its container, routes dropped.
    const scrambled = await page.evaluate(() => {
      const doc = JSON.parse(window.__organogram!.docText());
      let seed = 7;
      const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
      for (const u of doc.units)
        if (u.kind !== 'mission-hq' && u.kind !== 'field-office')
          u.position = { x: Math.round(rnd() * 300), y: Math.round(50 + rnd() * 200) };
      for (const l of doc.links) delete l.route;
      window.__organogram!.load(JSON.stringify(doc));
      return doc.units.map((u: { id: string; position: { x: number; y: number } }) => [
        u.id,
        u.position,
      ]);
    });
    await page.keyboard.press('f');
    await expect.poll(async () => overlaps(await unitBoxes(page)).length).toBeGreaterThan(0);
    await app.button('Auto layout').click();
    await expect(app.button('Auto layout')).toBeEnabled();
    await expect.poll(async () => overlaps(await unitBoxes(page)), { timeout: 20_000 }).toEqual([]);
    // A whole-document layout ends with the whole chart in view.
    await expect
      .poll(async () => {
        const c = (await app.canvas.boundingBox())!;
        return (await unitBoxes(page)).filter(
          (b) =>
            b.x + 1 < c.x ||
            b.y + 1 < c.y ||
            b.x + b.width - 1 > c.x + c.width ||
            b.y + b.height - 1 > c.y + c.height,
        ).length;
      })
      .toBe(0);
    const laid = await app.docJson();
    expect(laid.links.filter((l) => (l as { route?: unknown }).route).length).toBeGreaterThan(
      laid.links.length * 0.9,
    );
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${SHOTS}/layout-handbook-2020.png` });

    await app.button('Undo').click();
    const back = await app.docJson();
    expect(back.units.map((u) => [u.id, u.position])).toEqual(scrambled);
  });

  test('the L key lays out only the selected units, leaving the rest where they are', async ({
    app,
    page,
  }) => {
    await app.start();
    await app.newOrganogram();
    for (const [short, x, y] of [
      ['HOM', 250, 300],
      ['COS', 520, 120],
      ['JOC', 760, 260],
      ['JMAC', 700, 520],
    ] as const)
      await app.dragFromPalette(short, x, y);
    await app.connect('cos', 'hom');
    await app.connect('joc', 'cos');
    const jmacBefore = (await app.docJson()).units.find((u) => u.id === 'jmac')!.position;
    await app.node('hom').click();
    await app.node('cos').click({ modifiers: ['Shift'] });
    await app.node('joc').click({ modifiers: ['Shift'] });
    await app.canvas.focus();
    await page.keyboard.press('l');
    await expect
      .poll(async () => overlaps((await unitBoxes(page)).filter((b) => b.id !== 'jmac')))
      .toEqual([]);
    await expect
      .poll(async () => {
        const d = await app.docJson();
        const y = (id: string) => d.units.find((u) => u.id === id)!.position!.y;
        return y('hom') < y('cos') && y('cos') < y('joc');
      })
      .toBe(true);
    expect((await app.docJson()).units.find((u) => u.id === 'jmac')!.position).toEqual(jmacBefore);
  });

  test('a preset without positions opens laid out in level bands', async ({ app, page }) => {
    await app.start();
    await app.openPreset('Model D: the Head of Mission as coordinator');
    const boxes = await unitBoxes(page);
    expect(overlaps(boxes)).toEqual([]);
    const y = (id: string) => boxes.find((b) => b.id === id)!.y;
    expect(y('hom')).toBeLessThan(y('joc'));
  });
});
