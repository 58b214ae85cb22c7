import { describe, expect, it } from 'vitest';
import {
  CONTAINER_HEADER,
  UNIT_SIZE,
  gridPlacement,
  isContainer,
  withPlacement,
} from '../../src/model';
import type { OrgDoc, Unit } from '../../src/model';
import { doc, unit } from '../fixtures/builders';

type Box = { id: string; x: number; y: number; width: number; height: number };

const unplaced = (): OrgDoc =>
  doc([
    unit('hom'),
    unit('dsrsg-pol'),
    unit('dsrsg-rchc'),
    unit('cos'),
    unit('force'),
    unit('police'),
    unit('dms'),
    unit('joc'),
    unit('jmac'),
    unit('ocha'),
    unit('hct'),
    unit('mission-hq'),
    unit('poc-adviser', 'poc-adviser', { parent: 'mission-hq' }),
    unit('smg-p', 'smg-p', { parent: 'mission-hq' }),
    unit('poc-wg', 'poc-wg', { parent: 'mission-hq' }),
    unit('civil-affairs', 'civil-affairs', { parent: 'mission-hq' }),
    unit('un-hq', 'un-hq', { parent: 'mission-hq' }),
    unit('field-office', 'fo-1'),
    unit('hoo', 'hoo-1', { parent: 'fo-1' }),
    unit('field-poc-wg', 'fpwg-1', { parent: 'fo-1' }),
    unit('csb', 'csb-1', { parent: 'fo-1' }),
    unit('cla', 'cla-1', { parent: 'csb-1' }),
    unit('can', 'can-1', { parent: 'csb-1' }),
    unit('community', 'community-1', { parent: 'csb-1' }),
    unit('field-office', 'fo-2'),
    ...Array.from({ length: 7 }, (_, i) => unit('battalion', `bn-${i}`, { parent: 'fo-2' })),
  ]);

const boxOf = (u: Unit): Box => ({
  id: u.id,
  x: u.position?.x ?? NaN,
  y: u.position?.y ?? NaN,
  ...(isContainer(u) && u.size ? u.size : UNIT_SIZE),
});

const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const parents = (d: OrgDoc): (string | undefined)[] => [
  undefined,
  ...Object.values(d.units)
    .filter(isContainer)
    .map((u) => u.id),
];

describe('withPlacement', () => {
  const placed = withPlacement(unplaced());

  it('gives every unit a position and every container a size', () => {
    for (const u of Object.values(placed.units)) {
      expect(u.position, u.id).toEqual({ x: expect.any(Number), y: expect.any(Number) });
      expect(Number.isFinite(u.position?.x) && Number.isFinite(u.position?.y), u.id).toBe(true);
      if (isContainer(u)) {
        expect(u.size?.width, u.id).toBeGreaterThan(0);
        expect(u.size?.height, u.id).toBeGreaterThan(0);
      } else expect(u.size, u.id).toBeUndefined();
    }
  });

  it('places children inside their container, below its header', () => {
    for (const u of Object.values(placed.units)) {
      if (!u.parent) continue;
      const size = placed.units[u.parent]?.size;
      if (!size) throw new Error(`${u.parent} has no size`);
      const b = boxOf(u);
      expect(b.x, u.id).toBeGreaterThanOrEqual(0);
      expect(b.y, u.id).toBeGreaterThanOrEqual(CONTAINER_HEADER);
      expect(b.x + b.width, u.id).toBeLessThanOrEqual(size.width);
      expect(b.y + b.height, u.id).toBeLessThanOrEqual(size.height);
    }
  });

  it.each(parents(unplaced()).map((p) => [p ?? 'the top level', p] as const))(
    'lets no two unit boxes overlap in %s',
    (_name, parent) => {
      const boxes = Object.values(placed.units)
        .filter((u) => u.parent === parent)
        .map(boxOf);
      expect(boxes.length).toBeGreaterThan(0);
      const clashes = boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter((b) => overlap(a, b))
          .map((b) => `${a.id} × ${b.id}`),
      );
      expect(clashes).toEqual([]);
    },
  );

  it('puts strategic units above operational ones', () => {
    expect(placed.units.hom?.position?.y).toBeLessThan(placed.units.joc?.position?.y ?? -1);
  });

  it('does not move units that already have a position, nor resize containers that have a size', () => {
    const before = unplaced();
    before.units.joc = { ...before.units.joc!, position: { x: 999, y: 777 } };
    before.units['cla-1'] = { ...before.units['cla-1']!, position: { x: 3, y: 4 } };
    before.units['fo-2'] = {
      ...before.units['fo-2']!,
      position: { x: -50, y: 5 },
      size: { width: 300, height: 200 },
    };
    before.units['fo-1'] = { ...before.units['fo-1']!, position: { x: 10, y: 20 } };
    const after = withPlacement(before);
    expect(after.units.joc).toBe(before.units.joc);
    expect(after.units['cla-1']).toBe(before.units['cla-1']);
    expect(after.units['fo-2']).toBe(before.units['fo-2']);
    expect(after.units['fo-1']?.position).toEqual({ x: 10, y: 20 });
    expect(after.units['fo-1']?.size).toBeDefined();
  });

  it('leaves a fully placed document as it is', () => {
    expect(withPlacement(placed)).toBe(placed);
  });

  it('does not change the document it is given', () => {
    const before = unplaced();
    const copy = structuredClone(before);
    withPlacement(before);
    expect(before).toStrictEqual(copy);
  });

  it('is deterministic', () => {
    expect(withPlacement(unplaced())).toEqual(placed);
    expect(gridPlacement(unplaced())).toEqual(gridPlacement(unplaced()));
  });

  it('places an empty document without trouble', () => {
    const empty = doc([]);
    expect(gridPlacement(empty)).toEqual({});
    expect(withPlacement(empty)).toBe(empty);
  });
});

describe('gridPlacement', () => {
  it('returns a position for every unit without one and nothing for units that have one', () => {
    const d = doc([unit('hom'), unit('cos', 'cos', { position: { x: 0, y: 0 } }), unit('ocha')]);
    const out = gridPlacement(d);
    expect(Object.keys(out).sort()).toEqual(['hom', 'ocha']);
  });

  it('wraps a long row of one level after five units', () => {
    const d = doc(Array.from({ length: 7 }, (_, i) => unit('civil-affairs', `s${i}`)));
    const out = gridPlacement(d);
    const ys = new Set(Object.values(out).map((p) => p.position.y));
    expect(ys.size).toBe(2);
    expect(Object.values(out).filter((p) => p.position.y === 0)).toHaveLength(5);
  });

  it('puts externals in a column to the right of the mission', () => {
    const out = gridPlacement(unplaced());
    const missionRight = Math.max(
      ...['hom', 'joc', 'mission-hq'].map(
        (id) => (out[id]?.position.x ?? 0) + (out[id]?.size?.width ?? UNIT_SIZE.width),
      ),
    );
    expect(out.ocha?.position.x).toBeGreaterThan(missionRight);
    expect(out.hct?.position.x).toBe(out.ocha?.position.x);
  });
});
