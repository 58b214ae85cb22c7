import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/model';
import { doc, goodMission, link, preset, unit, withLinks, withUnits } from './fixtures';

const ids = (units: readonly { id: string }[]) => units.map((u) => u.id).sort();

describe('the graph index (§6.0 vocabulary)', () => {
  const g = buildGraph(goodMission());

  it('K finds units by kind, one or several kinds at once', () => {
    expect(ids(g.K('joc'))).toEqual(['joc']);
    expect(ids(g.K('cla', 'can'))).toEqual(['fo-can', 'fo-cla']);
    expect(g.K('jotc')).toEqual([]);
  });

  it('E checks a link; the symmetric kinds count either way round', () => {
    expect(g.E('hom', 'smg-p', 'chairs')).toBe(true);
    expect(g.E('smg-p', 'hom', 'chairs')).toBe(false);
    expect(g.E('poc-adviser', 'fo-poc', 'coordinates-with')).toBe(true);
    expect(g.E('community', 'fo-ca', 'liaises-with')).toBe(true);
  });

  it('path follows only the listed kinds, in their direction', () => {
    expect(g.path('fo-wg', 'smg-p', ['escalates-to'])).toBe(true);
    expect(g.path('smg-p', 'fo-wg', ['escalates-to'])).toBe(false);
    expect(g.path('community', 'joc', ['feeds'])).toBe(true);
    expect(g.path('community', 'joc', ['reports-to'])).toBe(false);
  });

  it('path survives cycles', () => {
    const c = buildGraph(
      doc(
        [unit('poc-wg', 'a'), unit('poc-wg', 'b'), unit('smg-p', 'c')],
        [link('escalates-to', 'a', 'b'), link('escalates-to', 'b', 'a')],
      ),
    );
    expect(c.path('a', 'c', ['escalates-to'])).toBe(false);
    expect(c.path('a', 'a', ['escalates-to'])).toBe(true);
  });

  it('forums(level, where) filters by level and place', () => {
    expect(ids(g.forums('strategic', 'hq'))).toEqual(['smg-p']);
    expect(ids(g.forums('operational'))).toEqual(['poc-wg']);
    expect(ids(g.forums(undefined, 'field'))).toEqual(['fo-wg']);
    expect(ids(g.forums(undefined, { office: 'fo' }))).toEqual(['fo-wg']);
    expect(ids(g.fieldForums)).toEqual(['fo-wg']);
  });

  it('members are members, chairs and co-chairs; observers are apart', () => {
    expect(ids(g.members('smg-p'))).toEqual([
      'cos',
      'dms',
      'dsrsg-pol',
      'dsrsg-rchc',
      'force',
      'hom',
      'human-rights',
      'police',
    ]);
    expect(ids(g.observers('smg-p'))).toEqual(['ocha', 'protection-cluster']);
  });

  it('repOf counts representation through subordinates (reports-to up, command down)', () => {
    // The Force Commander commands Force HQ, which sits in the POC WG.
    expect(g.repOf('force', 'poc-wg')).toBe(true);
    expect(g.repOf('police', 'fo-wg')).toBe(true);
    // Force HQ does not represent the Force Commander's superiors' peers.
    expect(g.repOf('dms', 'fo-wg')).toBe(false);
    // Civil Affairs is represented in the field forum by its field team, which reports to it.
    expect(g.repOf('civil-affairs', 'fo-wg')).toBe(true);
  });

  it('fieldOffices are the field containers; a unit’s office is its nearest one', () => {
    const h = buildGraph(
      withUnits(
        goodMission(),
        unit('csb', 'csb', { parent: 'fo' }),
        unit('cob', 'cob', { parent: 'csb' }),
      ),
    );
    expect(ids(h.fieldOffices)).toEqual(['csb', 'fo']);
    expect(h.fieldOf(h.unit('cob')!)?.id).toBe('csb');
    expect(h.fieldChain('csb')).toEqual(['csb', 'fo']);
    // The office's forum covers its county base; the base's focal point counts for the office.
    expect([...h.coveredOffices(h.K('field-poc-wg'))].sort()).toEqual(['csb', 'fo']);
    expect(h.isHq(h.unit('cob')!)).toBe(false);
    expect(h.isHq(h.unit('joc')!)).toBe(true);
  });

  it('coord lists the designated coordinators', () => {
    expect(ids(g.coord)).toEqual(['poc-adviser']);
  });

  it('canReach finds every unit with a route to the targets', () => {
    const reach = g.canReach(['smg-p'], ['escalates-to']);
    expect([...reach].sort()).toEqual(['fo-wg', 'poc-wg', 'smg-p']);
  });

  it('works on a real preset', () => {
    const m = buildGraph(preset('monusco-architecture'));
    expect(ids(m.strategicHq)).toEqual(['smg-p']);
    expect(ids(m.operationalHq)).toEqual(['pwg']);
    expect(m.fieldForums).toHaveLength(3);
    expect(m.repOf('force', 'nk-smg-pp')).toBe(true);
  });

  it('is not fooled by links to units that do not exist', () => {
    const broken = buildGraph(withLinks(goodMission(), link('member-of', 'ghost', 'smg-p')));
    expect(broken.members('smg-p').some((m) => m.id === 'ghost')).toBe(false);
  });
});
