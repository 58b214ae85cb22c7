import { addToIndex, canConnect, emptyDoc, indexLinks } from '../src/model';
import type { Link, LinkKind, OrgDoc, Unit } from '../src/model';

/** A small seeded PRNG (mulberry32) so every run builds the same documents. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SIZES = {
  S: { units: 30, links: 60 },
  M: { units: 80, links: 200 },
  L: { units: 1000, links: 2000 },
  XL: { units: 5000, links: 10000 },
} as const;
export type SizeName = keyof typeof SIZES;

const HQ_KINDS = [
  'civil-affairs',
  'human-rights',
  'child-protection',
  'wpa',
  'political-affairs',
  'public-info',
  'rule-of-law',
  'undss',
];
const OFFICE_KINDS = [
  'civil-affairs',
  'human-rights',
  'child-protection',
  'cla',
  'can',
  'jpt',
  'battalion',
  'cob',
  'ipo',
  'fpu',
];

/**
 * A mission-like organogram with three container levels (mission HQ, sectors, field offices):
 * a reporting tree, forums at each level with members, and coordination and information links,
 * topped up to the requested link count. Every link passes canConnect.
 */
export function generateMission(size: SizeName, seed = 1): OrgDoc {
  const { units: nUnits, links: nLinks } = SIZES[size];
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const doc = emptyDoc(
    `bench-${size}`,
    `Benchmark mission ${size}`,
    new Date('2026-01-01T00:00:00Z'),
  );
  const add = (u: Unit) => {
    doc.units[u.id] = u;
    return u.id;
  };
  const links: Link[] = [];
  const idx = indexLinks(doc);
  const tryLink = (kind: LinkKind, source: string, target: string) => {
    const id = `l${links.length}`;
    if (!canConnect(doc, source, target, kind, undefined, idx).ok) return false;
    const l: Link = { id, kind, source, target };
    doc.links[id] = l;
    addToIndex(idx, l);
    links.push(l);
    return true;
  };
  const p = { status: 'user' as const };
  add({ id: 'hq', kind: 'mission-hq', label: 'Mission HQ', provenance: p });
  const top = ['hom', 'cos', 'dsrsg-pol', 'dsrsg-rchc', 'force', 'police', 'dms'].map((k) =>
    add({ id: k, kind: k, label: k.toUpperCase(), parent: 'hq', provenance: p }),
  );
  for (const k of top.slice(1)) tryLink('reports-to', k, 'hom');
  const hqFixed = ['joc', 'jmac', 'poc-adviser', 'smg-p', 'poc-wg', 'force-hq', 'police-hq'].map(
    (k) => add({ id: k, kind: k, label: k.toUpperCase(), parent: 'hq', provenance: p }),
  );
  tryLink('reports-to', 'joc', 'cos');
  tryLink('reports-to', 'jmac', 'cos');
  tryLink('reports-to', 'poc-adviser', 'hom');
  tryLink('chairs', 'hom', 'smg-p');
  tryLink('chairs', 'poc-adviser', 'poc-wg');
  tryLink('escalates-to', 'poc-wg', 'smg-p');
  tryLink('command', 'force', 'force-hq');
  tryLink('command', 'police', 'police-hq');
  void hqFixed;
  const sections: string[] = [];
  const sectors = Math.max(1, Math.round(nUnits / 250));
  const officesPerSector = Math.max(1, Math.round(nUnits / (sectors * 30)));
  const perOffice = Math.max(3, Math.floor((nUnits - 20) / (sectors * officesPerSector)) - 2);
  let i = 0;
  for (let s = 0; s < sectors; s++) {
    const sid = add({ id: `sector-${s}`, kind: 'sector', label: `Sector ${s + 1}`, provenance: p });
    const shq = add({
      id: `shq-${s}`,
      kind: 'sector-hq',
      label: `Sector ${s + 1} HQ`,
      parent: sid,
      provenance: p,
    });
    tryLink('command', 'force-hq', shq);
    for (let o = 0; o < officesPerSector && Object.keys(doc.units).length < nUnits - 3; o++) {
      const oid = add({
        id: `fo-${s}-${o}`,
        kind: 'field-office',
        label: `Field Office ${s + 1}.${o + 1}`,
        parent: sid,
        provenance: p,
      });
      const hoo = add({
        id: `hoo-${s}-${o}`,
        kind: 'hoo',
        label: `Head of Office ${s + 1}.${o + 1}`,
        parent: oid,
        provenance: p,
      });
      const wg = add({
        id: `fwg-${s}-${o}`,
        kind: 'field-poc-wg',
        label: `Field POC WG ${s + 1}.${o + 1}`,
        parent: oid,
        provenance: p,
      });
      tryLink('reports-to', hoo, 'dsrsg-pol');
      tryLink('chairs', hoo, wg);
      tryLink('escalates-to', wg, 'poc-wg');
      for (let k = 0; k < perOffice && Object.keys(doc.units).length < nUnits; k++) {
        const kind = pick(OFFICE_KINDS);
        const id = add({
          id: `u${i++}`,
          kind,
          label: `${kind} ${s + 1}.${o + 1}.${k + 1}`,
          parent: oid,
          provenance: p,
        });
        if (kind === 'battalion' || kind === 'cob') tryLink('command', shq, id);
        else if (kind === 'ipo' || kind === 'fpu') tryLink('command', 'police-hq', id);
        else if (kind === 'cla' || kind === 'can') tryLink('feeds', id, 'joc');
        else tryLink('reports-to', id, hoo);
        tryLink('member-of', id, wg);
        sections.push(id);
      }
    }
  }
  while (Object.keys(doc.units).length < nUnits) {
    const kind = pick(HQ_KINDS);
    const id = add({ id: `u${i++}`, kind, label: `${kind} HQ ${i}`, parent: 'hq', provenance: p });
    tryLink('reports-to', id, 'dsrsg-pol');
    tryLink('member-of', id, 'poc-wg');
    sections.push(id);
  }
  const all = Object.keys(doc.units).filter(
    (id) => !doc.units[id]!.kind.match(/sector$|field-office|mission-hq/),
  );
  const kinds: LinkKind[] = ['coordinates-with', 'feeds', 'member-of', 'advises'];
  let guard = 0;
  while (links.length < nLinks && guard++ < nLinks * 20) {
    tryLink(pick(kinds), pick(all), pick(r() < 0.3 ? ['poc-wg', 'smg-p', 'joc', 'jmac'] : all));
  }
  return doc;
}
