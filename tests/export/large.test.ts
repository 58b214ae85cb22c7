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

describe('SVG export of a large document', () => {
  // Its speed is measured by `npm run bench`, never asserted in a test.
  it('draws every link of a 1,000-unit, 2,000-link document in at most 2 MB', () => {
    const svg = exportSvg(bigDoc(), { date: new Date('2026-03-14T12:00:00Z') });
    expect(svg.match(/data-link=/g)?.length).toBe(2000);
    expect(Buffer.byteLength(svg) / 1024 / 1024).toBeLessThanOrEqual(2);
  });
});
