import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_RULES,
  builtInRule,
  checkIntegrity,
  commands,
  isAutomatic,
  toFile,
  UNIT_SIZE,
  validate,
  withPlacement,
} from '../../../src/model';
import type { Finding, OrgDoc, Unit } from '../../../src/model';
import {
  goodMission,
  link,
  PRESET_IDS,
  preset,
  unit,
  unlink,
  withLinks,
  withUnits,
  without,
} from './fixtures';

const good = goodMission();

/** Applies a rule's quick fix to one of its findings and returns the new document. */
function fix(doc: OrgDoc, finding: Finding): OrgDoc {
  const rule = builtInRule(finding.ruleId);
  if (!rule || !isAutomatic(rule) || !rule.quickFix)
    throw new Error(`${finding.ruleId} has no quick fix`);
  expect(rule.quickFix.available?.(doc, finding) ?? true).toBe(true);
  return produce(doc, (d) => rule.quickFix!.recipe(d, finding));
}

/** The same finding again: same rule, same first unit. */
const same = (a: Finding) => (b: Finding) =>
  b.ruleId === a.ruleId && (b.unitIds[0] ?? '') === (a.unitIds[0] ?? '');

const CASES: { rule: string; name: string; doc: OrgDoc }[] = [
  { rule: 'W1', name: 'add a JOC', doc: without(good, 'joc') },
  { rule: 'W2', name: 'add a JMAC', doc: without(good, 'jmac') },
  {
    rule: 'F2',
    name: 'the Head of Office replaces the POC officer as chair',
    doc: withLinks(unlink(good, 'chairs', 'fo-hoo', 'fo-wg'), link('chairs', 'fo-poc', 'fo-wg')),
  },
  {
    rule: 'F2',
    name: 'the Head of Office takes the empty chair',
    doc: unlink(good, 'chairs', 'fo-hoo', 'fo-wg'),
  },
  {
    rule: 'F4',
    name: 'link the field forum to the POC WG',
    doc: unlink(good, 'escalates-to', 'fo-wg', 'poc-wg'),
  },
  {
    rule: 'F4',
    name: 'link the field forum to the SMG-P when there is no POC WG',
    doc: without(good, 'poc-wg'),
  },
  { rule: 'FO1', name: 'add an SMG-P chaired by the HOM', doc: without(good, 'smg-p') },
  {
    rule: 'FO5',
    name: 'add the Force Commander',
    doc: unlink(good, 'member-of', 'force', 'smg-p'),
  },
  {
    rule: 'FO5',
    name: 'add both heads',
    doc: unlink(unlink(good, 'member-of', 'force', 'smg-p'), 'member-of', 'police', 'smg-p'),
  },
  {
    rule: 'I5',
    name: 'remove the tasking of OCHA',
    doc: withLinks(good, link('tasks', 'hls', 'ocha')),
  },
  {
    rule: 'FR1',
    name: 'the coordinator becomes the secretariat',
    doc: unlink(good, 'secretariat-of', 'fo-poc', 'fo-wg'),
  },
  {
    rule: 'FR1',
    name: 'a new forum gets a secretariat and an action log',
    doc: withLinks(
      withUnits(good, unit('ocwg', 'ocwg', { parent: 'hq', tor: { purpose: 'Plan responses.' } })),
      link('member-of', 'force-hq', 'ocwg'),
    ),
  },
];

describe('quick fixes', () => {
  it('exist at least for W1, W2, F2, F4, FO1, FO5, I5 and FR1', () => {
    const withFix = BUILT_IN_RULES.filter((r) => isAutomatic(r) && r.quickFix).map((r) => r.id);
    expect(withFix).toEqual(
      expect.arrayContaining(['W1', 'W2', 'F2', 'F4', 'FO1', 'FO5', 'I5', 'FR1']),
    );
  });

  it.each(CASES)(
    '$rule: $name — the finding goes away and the document stays sound',
    ({ rule, doc }) => {
      const before = validate(doc).filter((f) => f.ruleId === rule);
      expect(before.length).toBeGreaterThan(0);
      const target = before[0]!;
      const after = fix(doc, target);
      expect(validate(after).filter(same(target))).toEqual([]);
      expect(checkIntegrity(toFile(after))).toEqual([]);
      // Only user-drawn additions.
      for (const l of Object.values(after.links))
        if (!doc.links[l.id]) expect(l.provenance?.status).toBe('user');
      for (const u of Object.values(after.units))
        if (!doc.units[u.id]) expect(u.provenance?.status).toBe('user');
    },
  );

  it('W1 places the new JOC inside the mission HQ, reporting to the Chief of Staff', () => {
    const doc = without(good, 'joc');
    const after = fix(
      doc,
      validate(doc).find((f) => f.ruleId === 'W1')!,
    );
    const added = Object.values(after.units).find((u) => !doc.units[u.id])!;
    expect(added).toMatchObject({ kind: 'joc', parent: 'hq', provenance: { status: 'user' } });
    expect(
      Object.values(after.links).some(
        (l) => l.source === added.id && l.target === 'cos' && l.kind === 'reports-to',
      ),
    ).toBe(true);
  });

  it('F2 replaces the other chair rather than adding a second one', () => {
    const doc = CASES[2]!.doc;
    const after = fix(
      doc,
      validate(doc).find((f) => f.ruleId === 'F2')!,
    );
    const chairs = Object.values(after.links).filter(
      (l) => l.kind === 'chairs' && l.target === 'fo-wg',
    );
    expect(chairs.map((l) => l.source)).toEqual(['fo-hoo']);
  });

  it('F2 offers no fix when the office has no Head of Office', () => {
    const doc = without(good, 'fo-hoo');
    const finding = validate(doc).find((f) => f.ruleId === 'F2')!;
    const rule = builtInRule('F2');
    expect(rule && isAutomatic(rule) && rule.quickFix?.available?.(doc, finding)).toBe(false);
  });

  it('W2 on a laid-out preset places the JMAC next to the JOC, clear of other units and inside the HQ box', () => {
    const doc = withPlacement(preset('model-a-poc-adviser'));
    const removed = produce(doc, (d) => commands.removeUnits(d, ['jmac']));
    const after = fix(
      removed,
      validate(removed).find((f) => f.ruleId === 'W2')!,
    );
    const added = Object.values(after.units).find((u) => !removed.units[u.id])!;
    const box = (u: Unit) => ({ ...u.position!, ...(u.size ?? UNIT_SIZE) });
    const a = box(added);
    const joc = after.units.joc!;
    expect(a.y).toBe(joc.position!.y);
    for (const u of Object.values(after.units)) {
      if (u.id === added.id || u.parent !== added.parent || !u.position) continue;
      const b = box(u);
      const overlap =
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, u.id).toBe(false);
    }
    const hq = after.units[added.parent!]!;
    expect(a.x + a.width).toBeLessThanOrEqual(hq.size!.width);
    expect(a.y + a.height).toBeLessThanOrEqual(hq.size!.height);
  });

  describe.each(PRESET_IDS)('removing the JMAC from %s, then adding one back', (id) => {
    it('makes W2 fire, and the quick fix makes it go', () => {
      const doc = preset(id);
      const jmacs = Object.values(doc.units)
        .filter((u) => u.kind === 'jmac')
        .map((u) => u.id);
      const removed = produce(doc, (d) => commands.removeUnits(d, jmacs));
      const w2 = validate(removed).find((f) => f.ruleId === 'W2');
      expect(w2).toBeDefined();
      const after = fix(removed, w2!);
      expect(validate(after).some((f) => f.ruleId === 'W2')).toBe(false);
      expect(checkIntegrity(toFile(after))).toEqual([]);
      const added = Object.values(after.units).find((u) => !removed.units[u.id])!;
      const hq = Object.values(doc.units).find((u) => u.kind === 'mission-hq');
      expect(added.parent).toBe(hq?.id);
      // Placed where no other unit of the container already is.
      if (added.position) {
        const clash = Object.values(after.units).filter(
          (u) =>
            u.id !== added.id &&
            u.parent === added.parent &&
            u.position?.x === added.position?.x &&
            u.position?.y === added.position?.y,
        );
        expect(clash).toEqual([]);
      }
    });
  });
});
