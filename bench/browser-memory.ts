// The browser tier's memory scenario: mount a large chart, unmount it (load an empty document),
// mount it again, ten mounts in all, and compare the heap after garbage collection.
import type { Page } from '@playwright/test';
import type { SizeName } from './generate';
import type { Row } from './stats';
import { check, emptyText, loadText, missionText, openEditor } from './browser-util';
import type { Scenario } from './browser-util';

/** Heap and DOM nodes after forced garbage collection, through the DevTools protocol. */
async function memory(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return { mb: usedSize / 2 ** 20, nodes: metrics.find((m) => m.name === 'Nodes')?.value ?? NaN };
}

/** Mounts a large chart, then unmounts (an empty document) and mounts it again, ten mounts in all. */
export const heap: Scenario = {
  name: 'heap after ten mounts',
  run: async (page, { url, smoke }) => {
    const size: SizeName = smoke ? 'S' : 'L';
    const mounts = smoke ? 2 : 10;
    const text = missionText(size);
    const empty = emptyText();
    await openEditor(page, url);
    await loadText(page, text);
    await page.waitForTimeout(1000);
    // Every mount is read after GC, so the log shows whether growth is a one-off or a slope.
    const series = [await memory(page)];
    for (let i = 1; i < mounts; i++) {
      await loadText(page, empty, { empty: true });
      await loadText(page, text);
      await page.waitForTimeout(1000);
      series.push(await memory(page));
    }
    const first = series[0]!;
    const last = series.at(-1)!;
    const trail = series.map((m) => m.mb.toFixed(1)).join(', ');
    console.error(`heap after each mount of ${size}, MB: ${trail}`);
    check(first.mb > 0 && last.mb > 0, 'the heap could be read');
    const ratio = (name: string, v: number): Row => ({
      name,
      median: v,
      p95: v,
      unit: 'ratio',
      target: '≤ 1.10',
      ok: v <= 1.1,
    });
    const mb = (name: string, v: number): Row => ({ name, median: v, p95: v, unit: 'MB' });
    return [
      mb(`heap after mount 1 of ${size}`, first.mb),
      mb(`heap after mount ${mounts} of ${size}`, last.mb),
      { ...ratio(`heap, mount ${mounts} ÷ mount 1 of ${size}`, last.mb / first.mb), note: trail },
      ratio(`DOM nodes, mount ${mounts} ÷ mount 1 of ${size}`, last.nodes / first.nodes),
      // Tells a one-off step at the second mount apart from a slope that grows with every mount
      // (a leak): the first ratio alone cannot.
      ...(mounts > 2
        ? [
            ratio(
              `heap, mount ${mounts} ÷ mount 2 of ${size} (after warm-up)`,
              last.mb / series[1]!.mb,
            ),
          ]
        : []),
    ];
  },
};
