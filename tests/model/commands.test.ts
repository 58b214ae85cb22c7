import { produce } from 'immer';
import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/model';
import type { OrgDoc } from '../../src/model';
import { doc, link, unit } from '../fixtures/builders';

const start = (): OrgDoc =>
  doc(
    [
      unit('mission-hq', 'mission-hq', {
        position: { x: 0, y: 0 },
        size: { width: 800, height: 400 },
      }),
      unit('hom', 'hom', { parent: 'mission-hq', position: { x: 16, y: 52 } }),
      unit('cos', 'cos', {
        parent: 'mission-hq',
        position: { x: 216, y: 52 },
        notes: 'line manager',
      }),
      unit('joc', 'joc', { parent: 'mission-hq', position: { x: 16, y: 152 } }),
      unit('poc-wg', 'poc-wg', {
        parent: 'mission-hq',
        position: { x: 216, y: 152 },
        tor: { purpose: 'Operational POC coordination', frequency: 'weekly' },
      }),
      unit('poc-adviser', 'poc-adviser', {
        parent: 'mission-hq',
        authority: { grade: 'P5', doubleHatted: true },
      }),
      unit('field-office', 'fo', { position: { x: 0, y: 500 } }),
      unit('hoo', 'hoo', { parent: 'fo' }),
      unit('csb', 'csb', { parent: 'fo' }),
      unit('cla', 'cla', { parent: 'csb' }),
      unit('ocha', 'ocha', { position: { x: 900, y: 0 } }),
    ],
    [
      link('reports-to', 'cos', 'hom'),
      link('member-of', 'joc', 'poc-wg', { label: 'standing member' }),
      link('reports-to', 'hoo', 'hom'),
      link('feeds', 'cla', 'joc'),
      link('liaises-with', 'joc', 'ocha'),
    ],
  );

const L = {
  cosHom: 'cos>hom:reports-to',
  jocWg: 'joc>poc-wg:member-of',
  hooHom: 'hoo>hom:reports-to',
  claJoc: 'cla>joc:feeds',
  jocOcha: 'joc>ocha:liaises-with',
};

/** Runs a recipe and checks that the input document was left exactly as it was. */
function apply(before: OrgDoc, recipe: (d: Draft<OrgDoc>) => void): OrgDoc {
  const snapshot = structuredClone(before);
  const after = produce(before, recipe);
  expect(before).toStrictEqual(snapshot);
  return after;
}

/** Every unit and link outside `changed` is the very same object in both documents. */
function expectUntouchedExcept(
  before: OrgDoc,
  after: OrgDoc,
  changed: { units?: string[]; links?: string[] } = {},
): void {
  for (const [id, u] of Object.entries(before.units))
    if (!changed.units?.includes(id)) expect(after.units[id], `unit ${id}`).toBe(u);
  for (const [id, l] of Object.entries(before.links))
    if (!changed.links?.includes(id)) expect(after.links[id], `link ${id}`).toBe(l);
}

describe('commands', () => {
  describe('addUnit', () => {
    it('adds the unit and leaves every other unit and link as it was', () => {
      const before = start();
      const after = apply(before, (d) =>
        commands.addUnit(d, unit('jmac', 'jmac', { parent: 'mission-hq' })),
      );
      expect(after.units.jmac).toEqual(unit('jmac', 'jmac', { parent: 'mission-hq' }));
      expect(Object.keys(after.units)).toEqual([...Object.keys(before.units), 'jmac']);
      expectUntouchedExcept(before, after);
    });

    it('refuses an id that is already taken', () => {
      const before = start();
      expect(() => apply(before, (d) => commands.addUnit(d, unit('joc')))).toThrow(
        /"joc" already exists/,
      );
    });
  });

  describe('removeUnits', () => {
    it('removes a unit with the links that touch it', () => {
      const before = start();
      const after = apply(before, (d) => commands.removeUnits(d, ['cos']));
      expect(after.units.cos).toBeUndefined();
      expect(after.links[L.cosHom]).toBeUndefined();
      expect(Object.keys(after.links)).toHaveLength(4);
      expectUntouchedExcept(before, after, { units: ['cos'], links: [L.cosHom] });
    });

    it('removes a container with everything inside it, at any depth, and their links', () => {
      const before = start();
      const after = apply(before, (d) => commands.removeUnits(d, ['fo']));
      expect(Object.keys(after.units).sort()).toEqual(
        ['cos', 'hom', 'joc', 'mission-hq', 'ocha', 'poc-adviser', 'poc-wg'].sort(),
      );
      expect(Object.keys(after.links).sort()).toEqual([L.cosHom, L.jocOcha, L.jocWg].sort());
      expectUntouchedExcept(before, after, {
        units: ['fo', 'hoo', 'csb', 'cla'],
        links: [L.hooHom, L.claJoc],
      });
    });

    it('removes several units at once', () => {
      const after = apply(start(), (d) => commands.removeUnits(d, ['ocha', 'hoo']));
      expect(after.units.ocha).toBeUndefined();
      expect(after.units.hoo).toBeUndefined();
      expect(Object.keys(after.links).sort()).toEqual([L.claJoc, L.cosHom, L.jocWg].sort());
    });

    it('leaves the document identical when no id names a unit', () => {
      const before = start();
      expect(apply(before, (d) => commands.removeUnits(d, ['ghost', L.cosHom]))).toBe(before);
    });
  });

  describe('updateUnit', () => {
    it('changes the given fields only', () => {
      const before = start();
      const after = apply(before, (d) =>
        commands.updateUnit(d, 'joc', { label: 'JOC (24/7)', focalPoint: true }),
      );
      expect(after.units.joc).toEqual({
        ...before.units.joc,
        label: 'JOC (24/7)',
        focalPoint: true,
      });
      expectUntouchedExcept(before, after, { units: ['joc'] });
    });

    it('clears a field given as undefined', () => {
      const before = start();
      const after = apply(before, (d) =>
        commands.updateUnit(d, 'cos', { notes: undefined, level: 'operational' }),
      );
      expect(after.units.cos).not.toHaveProperty('notes');
      expect(after.units.cos?.level).toBe('operational');
      expectUntouchedExcept(before, after, { units: ['cos'] });
    });

    it.each<[string, string, Parameters<typeof commands.updateUnit>[2]]>([
      ['an unknown unit', 'ghost', { label: 'x' }],
      ['the same value', 'joc', { label: 'joc' }],
      ['clearing an absent field', 'joc', { notes: undefined }],
    ])('leaves the document identical for %s', (_name, id, patch) => {
      const before = start();
      expect(apply(before, (d) => commands.updateUnit(d, id, patch))).toBe(before);
    });
  });

  describe('moveUnits', () => {
    it('sets the positions of the moved units only', () => {
      const before = start();
      const after = apply(before, (d) =>
        commands.moveUnits(d, [
          { id: 'joc', position: { x: 40, y: 160 } },
          { id: 'hoo', position: { x: 10, y: 20 } },
          { id: 'ghost', position: { x: 1, y: 1 } },
        ]),
      );
      expect(after.units.joc?.position).toEqual({ x: 40, y: 160 });
      expect(after.units.hoo?.position).toEqual({ x: 10, y: 20 });
      expect(after.units.ghost).toBeUndefined();
      expectUntouchedExcept(before, after, { units: ['joc', 'hoo'] });
      expect(after.links).toBe(before.links);
    });

    it('makes a new object of the one moved unit among 50', () => {
      const units = Array.from({ length: 50 }, (_, i) =>
        unit('civil-affairs', `ca-${i}`, { position: { x: i * 200, y: 0 } }),
      );
      const before = doc(units);
      const after = apply(before, (d) =>
        commands.moveUnits(d, [{ id: 'ca-17', position: { x: 5, y: 5 } }]),
      );
      const renewed = Object.keys(after.units).filter((id) => after.units[id] !== before.units[id]);
      expect(renewed).toEqual(['ca-17']);
      expect(after.units['ca-17']?.position).toEqual({ x: 5, y: 5 });
    });

    it('leaves the whole document identical when no unit actually moves', () => {
      const before = start();
      const after = apply(before, (d) =>
        commands.moveUnits(d, [
          { id: 'joc', position: { x: 16, y: 152 } },
          { id: 'ocha', position: { x: 900, y: 0 } },
        ]),
      );
      expect(after).toBe(before);
    });

    it('does not keep a reference to the position object it was given', () => {
      const position = { x: 1, y: 2 };
      const after = apply(start(), (d) => commands.moveUnits(d, [{ id: 'hom', position }]));
      position.x = 99;
      expect(after.units.hom?.position).toEqual({ x: 1, y: 2 });
    });
  });

  describe('resizeUnit', () => {
    it('sets the size of a container', () => {
      const before = start();
      const after = apply(before, (d) => commands.resizeUnit(d, 'fo', { width: 500, height: 300 }));
      expect(after.units.fo?.size).toEqual({ width: 500, height: 300 });
      expectUntouchedExcept(before, after, { units: ['fo'] });
    });

    it.each<[string, string, { width: number; height: number }]>([
      ['an unknown unit', 'ghost', { width: 10, height: 10 }],
      ['the size it already has', 'mission-hq', { width: 800, height: 400 }],
    ])('leaves the document identical for %s', (_name, id, size) => {
      const before = start();
      expect(apply(before, (d) => commands.resizeUnit(d, id, size))).toBe(before);
    });
  });

  describe('reparent', () => {
    it('moves a unit into a container at a position relative to it', () => {
      const before = start();
      const after = apply(before, (d) => commands.reparent(d, 'ocha', 'fo', { x: 30, y: 60 }));
      expect(after.units.ocha).toMatchObject({ parent: 'fo', position: { x: 30, y: 60 } });
      expectUntouchedExcept(before, after, { units: ['ocha'] });
    });

    it('moves a unit to the top level', () => {
      const before = start();
      const after = apply(before, (d) => commands.reparent(d, 'cla', undefined, { x: 1, y: 2 }));
      expect(after.units.cla).not.toHaveProperty('parent');
      expect(after.units.cla?.position).toEqual({ x: 1, y: 2 });
      expectUntouchedExcept(before, after, { units: ['cla'] });
    });

    it('keeps the position when none is given', () => {
      const after = apply(start(), (d) => commands.reparent(d, 'joc', 'fo'));
      expect(after.units.joc).toMatchObject({ parent: 'fo', position: { x: 16, y: 152 } });
    });

    it.each<[string, string, string, RegExp]>([
      ['a parent that is not a container', 'joc', 'hom', /"hom" is not a container/],
      ['a parent that does not exist', 'joc', 'ghost', /"ghost" is not a container/],
      ['a container into itself', 'fo', 'fo', /inside itself/],
      ['a container into a container inside it', 'fo', 'csb', /inside itself/],
    ])('refuses %s', (_name, id, parent, message) => {
      const before = start();
      expect(() => apply(before, (d) => commands.reparent(d, id, parent))).toThrow(message);
      expect(before.units[id]?.parent).toBe(start().units[id]?.parent);
    });

    it('leaves the document identical for an unknown unit', () => {
      const before = start();
      expect(apply(before, (d) => commands.reparent(d, 'ghost', 'fo'))).toBe(before);
    });
  });

  describe('addLink', () => {
    it('adds the link and leaves the rest as it was', () => {
      const before = start();
      const l = link('coordinates-with', 'joc', 'poc-adviser');
      const after = apply(before, (d) => commands.addLink(d, l));
      expect(after.links[l.id]).toEqual(l);
      expect(after.units).toBe(before.units);
      expectUntouchedExcept(before, after);
    });

    it('refuses an id that is already taken', () => {
      expect(() =>
        apply(start(), (d) => commands.addLink(d, link('feeds', 'hom', 'joc', { id: L.claJoc }))),
      ).toThrow(/already exists/);
    });
  });

  describe('removeLinks', () => {
    it('removes the given links and ignores unknown ids', () => {
      const before = start();
      const after = apply(before, (d) => commands.removeLinks(d, [L.claJoc, L.cosHom, 'ghost']));
      expect(Object.keys(after.links)).toEqual([L.jocWg, L.hooHom, L.jocOcha]);
      expect(after.units).toBe(before.units);
      expectUntouchedExcept(before, after, { links: [L.claJoc, L.cosHom] });
    });
  });

  describe('rekindLink', () => {
    it('changes the kind of one link', () => {
      const before = start();
      const after = apply(before, (d) => commands.rekindLink(d, L.jocWg, 'observer-of'));
      expect(after.links[L.jocWg]).toEqual({ ...before.links[L.jocWg], kind: 'observer-of' });
      expect(after.units).toBe(before.units);
      expectUntouchedExcept(before, after, { links: [L.jocWg] });
    });

    it.each([
      ['the kind it already has', L.jocWg],
      ['an unknown link', 'ghost'],
    ])('leaves the document identical for %s', (_name, id) => {
      const before = start();
      expect(apply(before, (d) => commands.rekindLink(d, id, 'member-of'))).toBe(before);
    });
  });

  describe('repointLink', () => {
    it.each<[string, { source?: string; target?: string }, { source: string; target: string }]>([
      ['the source', { source: 'hom' }, { source: 'hom', target: 'joc' }],
      ['the target', { target: 'poc-wg' }, { source: 'cla', target: 'poc-wg' }],
      ['both ends', { source: 'hoo', target: 'hom' }, { source: 'hoo', target: 'hom' }],
    ])('moves %s', (_name, ends, expected) => {
      const before = start();
      const after = apply(before, (d) => commands.repointLink(d, L.claJoc, ends));
      expect(after.links[L.claJoc]).toMatchObject({ id: L.claJoc, kind: 'feeds', ...expected });
      expect(after.units).toBe(before.units);
      expectUntouchedExcept(before, after, { links: [L.claJoc] });
    });

    it('leaves the document identical when the ends do not change', () => {
      const before = start();
      expect(
        apply(before, (d) => commands.repointLink(d, L.claJoc, { source: 'cla', target: 'joc' })),
      ).toBe(before);
      expect(apply(before, (d) => commands.repointLink(d, 'ghost', { source: 'hom' }))).toBe(
        before,
      );
    });
  });

  describe('setLinkLabel', () => {
    it('sets a label', () => {
      const before = start();
      const after = apply(before, (d) => commands.setLinkLabel(d, L.cosHom, 'daily'));
      expect(after.links[L.cosHom]?.label).toBe('daily');
      expectUntouchedExcept(before, after, { links: [L.cosHom] });
    });

    it.each([undefined, ''])('clears the label when given %j', (label) => {
      const before = start();
      const after = apply(before, (d) => commands.setLinkLabel(d, L.jocWg, label));
      expect(after.links[L.jocWg]).not.toHaveProperty('label');
      expectUntouchedExcept(before, after, { links: [L.jocWg] });
    });
  });

  describe('setTor', () => {
    it('merges terms-of-reference fields into a forum and clears those given as undefined', () => {
      const before = start();
      const after = apply(before, (d) =>
        commands.setTor(d, 'poc-wg', {
          frequency: 'fortnightly',
          functions: ['analysis'],
          purpose: undefined,
        }),
      );
      expect(after.units['poc-wg']?.tor).toEqual({
        frequency: 'fortnightly',
        functions: ['analysis'],
      });
      expectUntouchedExcept(before, after, { units: ['poc-wg'] });
    });

    it('creates the terms of reference of a forum that had none', () => {
      const after = apply(start(), (d) => commands.setTor(d, 'hom', { quorum: 'half' }));
      expect(after.units.hom?.tor).toEqual({ quorum: 'half' });
    });
  });

  describe('setAuthority', () => {
    it('merges authority fields and clears those given as undefined', () => {
      const before = start();
      const after = apply(before, (d) =>
        commands.setAuthority(d, 'poc-adviser', {
          reportingLine: 'via_COS',
          doubleHatted: undefined,
        }),
      );
      expect(after.units['poc-adviser']?.authority).toEqual({
        grade: 'P5',
        reportingLine: 'via_COS',
      });
      expectUntouchedExcept(before, after, { units: ['poc-adviser'] });
    });
  });

  describe('setAnswer', () => {
    it('records an answer and then clears it', () => {
      const before = start();
      const answered = apply(before, (d) =>
        commands.setAnswer(d, 'q1', { answer: 'yes', note: 'ToR signed' }),
      );
      expect(answered.answers).toEqual({ q1: { answer: 'yes', note: 'ToR signed' } });
      expect(answered.units).toBe(before.units);
      expect(answered.links).toBe(before.links);
      const cleared = apply(answered, (d) => commands.setAnswer(d, 'q1', undefined));
      expect(cleared.answers).toEqual({});
      expect(cleared.answers).not.toHaveProperty('q1');
    });
  });

  describe('setDocInfo', () => {
    it('changes the title, description, classification and author', () => {
      const before = start();
      const after = apply(before, (d) =>
        commands.setDocInfo(d, {
          title: 'Mission X',
          description: 'Draft',
          classification: 'UNCLASSIFIED',
          author: 'JOC',
        }),
      );
      expect(after).toMatchObject({ title: 'Mission X', description: 'Draft' });
      expect(after.meta).toMatchObject({
        classification: 'UNCLASSIFIED',
        author: 'JOC',
        created: before.meta.created,
      });
      expect(after.units).toBe(before.units);
      expect(after.links).toBe(before.links);
    });

    it('clears the classification and author when given empty text', () => {
      const filled = apply(start(), (d) =>
        commands.setDocInfo(d, { classification: 'RESTRICTED', author: 'A' }),
      );
      const after = apply(filled, (d) =>
        commands.setDocInfo(d, { classification: '', author: '' }),
      );
      expect(after.meta).not.toHaveProperty('classification');
      expect(after.meta).not.toHaveProperty('author');
    });

    it.each<[string, Parameters<typeof commands.setDocInfo>[1]]>([
      ['nothing', {}],
      ['the same title', { title: 'Test organogram' }],
      ['clearing an absent classification', { classification: '', author: '' }],
    ])('leaves the document identical when given %s', (_name, info) => {
      const before = start();
      expect(apply(before, (d) => commands.setDocInfo(d, info))).toBe(before);
    });
  });
});
