import { describe, expect, it } from 'vitest';
import { exportSvg } from '../../src/export';
import { LINK_KINDS } from '../../src/model';
import type { Link, OrgDoc, Unit } from '../../src/model';
import { doc } from '../fixtures/builders';

/** 10 containers of 100 units each, and 2,000 links: a deterministic stress document. */
export function bigDoc(): OrgDoc {
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const kinds = [
    'joc',
    'jmac',
    'civil-affairs',
    'human-rights',
    'poc-wg',
    'battalion',
    'ipo',
    'hoo',
    'cla',
    'ocha',
  ];
  const units: Unit[] = [];
  for (let c = 0; c < 10; c++) {
    units.push({
      id: `c${c}`,
      kind: 'field-office',
      label: `Field Office ${c + 1}`,
      position: { x: (c % 5) * 2000, y: Math.floor(c / 5) * 1400 },
      size: { width: 1960, height: 1360 },
    });
    for (let i = 0; i < 100; i++)
      units.push({
        id: `u${c}-${i}`,
        kind: kinds[i % kinds.length] as string,
        label: `Unit ${c}-${i} with a label long enough to wrap onto two lines`,
        parent: `c${c}`,
        position: { x: 16 + (i % 10) * 192, y: 52 + Math.floor(i / 10) * 130 },
        isCoordinator: i === 0 && c === 0,
        provenance: { status: i % 3 ? 'verified' : 'reconstructed' },
      });
  }
  const ids = units.filter((u) => u.parent).map((u) => u.id);
  const links: Link[] = [];
  for (let i = 0; i < 2000; i++) {
    const s = ids[Math.floor(rnd() * ids.length)] as string;
    let t = ids[Math.floor(rnd() * ids.length)] as string;
    if (t === s) t = ids[(ids.indexOf(s) + 1) % ids.length] as string;
    links.push({
      id: `l${i}`,
      kind: LINK_KINDS[i % LINK_KINDS.length] as Link['kind'],
      source: s,
      target: t,
    });
  }
  return doc(units, links);
}

describe('SVG export speed', () => {
  it('draws a 1,000-unit, 2,000-link document quickly and compactly', () => {
    const d = bigDoc();
    exportSvg(d); // warm up
    const times: number[] = [];
    let svg = '';
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      svg = exportSvg(d, { date: new Date('2026-03-14T12:00:00Z') });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const fastest = times[0] as number;
    const median = times[3] as number;
    const mb = Buffer.byteLength(svg) / 1024 / 1024;
    console.log(
      `exportSvg, 1,000 units and 2,000 links: fastest ${fastest.toFixed(1)} ms, median ${median.toFixed(1)} ms, ${mb.toFixed(2)} MB`,
    );
    expect(svg.match(/data-link=/g)?.length).toBe(2000);
    expect(mb).toBeLessThanOrEqual(2);
    // The target is 100 ms (about 60 ms here on a quiet machine); this bound only catches a
    // regression, leaving room for other work on a two-core machine.
    expect(fastest).toBeLessThan(300);
  });
});
