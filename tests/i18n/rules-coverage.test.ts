import { describe, expect, it } from 'vitest';
import { findingMessage } from '../../src/i18n/rule-text';
import { BUILT_IN_RULES, compilePack, evaluate, MESSAGES } from '../../src/model';
import type { Finding, FindingText, OrgDoc, Rule, RuleDeclInput } from '../../src/model';
import { presets } from '../../src/state/presets';
import {
  edit,
  goodMission,
  link,
  patch,
  tor,
  unit,
  unlink,
  withLinks,
  withUnits,
  without,
} from '../model/rules/fixtures';

// Variants of the presets reach most finding messages; this table reaches the rest, so that every English
// template is seen rendered in French at least once, with real units and values.

const good = goodMission();
const adviser = good.units['poc-adviser']?.authority;
const twinForum = withUnits(
  unlink(good, 'escalates-to', 'poc-wg', 'smg-p'),
  unit('poc-wg', 'poc-wg-2', {
    parent: 'hq',
    tor: tor(['action_log'], { functions: ['analysis', 'planning', 'early_warning'] }),
  }),
);
const decl = (d: Record<string, unknown>) =>
  ({ group: 'vision', title: 'Custom', ...d }) as RuleDeclInput;
const customPack = compilePack({
  id: 'custom',
  rules: [
    decl({ type: 'kind-count', id: 'X1', kind: 'hom', op: '<=', n: 0 }),
    decl({ type: 'kind-count', id: 'X2', kind: 'jotc', op: '>=', n: 1 }),
    decl({ type: 'kind-count', id: 'X3', kind: 'civil-affairs', op: '==', n: 1 }),
    decl({ type: 'link-between', id: 'X4', link: 'reports-to', from: 'jmac', to: 'hom' }),
    decl({ type: 'forum-has-member', id: 'X5', forum: 'smg-p', member: 'ocha' }),
    decl({ type: 'container-contains', id: 'X6', container: 'field-office', contains: 'jotc' }),
    decl({ type: 'kind-exists', id: 'X7', kind: 'jotc' }),
  ],
});
const broken: Rule = {
  ...(BUILT_IN_RULES.find((r) => r.id === 'W1') as Rule),
  id: 'BROKEN',
  check: () => {
    throw new Error('boom');
  },
} as Rule;

const CASES: { name: string; doc: OrgDoc; rules?: readonly Rule[] }[] = [
  { name: 'one unit without a POC role', doc: patch(good, 'force', { pocRole: '' }) },
  {
    name: 'a field forum chaired by its focal point',
    doc: withLinks(unlink(good, 'chairs', 'fo-hoo', 'fo-wg'), link('chairs', 'fo-poc', 'fo-wg')),
  },
  { name: 'OCHA tasked', doc: withLinks(good, link('tasks', 'hls', 'ocha')) },
  {
    name: 'a JPT of one kind',
    doc: unlink(unlink(good, 'member-of', 'fo-cp', 'fo-jpt'), 'member-of', 'fo-ipo', 'fo-jpt'),
  },
  {
    name: 'a JPT with no members',
    doc: ['fo-ca', 'fo-cp', 'fo-ipo'].reduce((d, m) => unlink(d, 'member-of', m, 'fo-jpt'), good),
  },
  {
    name: 'a coordinator graded P4',
    doc: patch(good, 'poc-adviser', { authority: { ...adviser, grade: 'P4' } }),
  },
  { name: 'two operational forums, neither escalating', doc: twinForum },
  {
    name: 'neither Force nor Police in the SMG-P',
    doc: unlink(unlink(good, 'member-of', 'force', 'smg-p'), 'member-of', 'police', 'smg-p'),
  },
  { name: 'the JMAC outside the POC WG', doc: unlink(good, 'member-of', 'jmac', 'poc-wg') },
  { name: 'the DSRSG outside the SMG-P', doc: unlink(good, 'member-of', 'dsrsg-rchc', 'smg-p') },
  { name: 'the Force outside the SMG-P', doc: unlink(good, 'member-of', 'force', 'smg-p') },
  { name: 'a custom pack', doc: good, rules: customPack },
  { name: 'a rule that throws', doc: good, rules: [broken] },
];

function keysOf(text: FindingText): string[] {
  return [
    text.key,
    ...Object.values(text.values).flatMap((v) =>
      typeof v !== 'object'
        ? []
        : 'text' in v
          ? keysOf(v.text)
          : 'texts' in v
            ? v.texts.flatMap(keysOf)
            : [],
    ),
  ];
}

/**
 * Each preset, the preset with each unit taken away in turn, and the preset stripped of its ToRs
 * and authority with every unit marked coordinator: together they break most rules most ways.
 */
function variants(doc: OrgDoc): OrgDoc[] {
  const stripped = edit(doc, (d) => {
    for (const u of Object.values(d.units)) {
      delete u.tor;
      delete u.authority;
      u.isCoordinator = true;
    }
  });
  return [doc, stripped, ...Object.keys(doc.units).map((id) => without(doc, id))];
}

const runs = [
  ...presets().flatMap((p) => variants(p.doc).map((doc) => ({ doc, rules: undefined }))),
  ...CASES,
].map((c) => ({ ...c, findings: evaluate(c.doc, c.rules).findings }));

describe.each(CASES)('in French: $name', ({ doc, rules }) => {
  it('renders each finding fully in French', () => {
    const findings: Finding[] = evaluate(doc, rules).findings;
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.text, f.message).toBeDefined();
      const fr = findingMessage(f, doc, 'fr');
      expect(fr).not.toContain('{{');
      expect(fr).not.toBe(f.message);
    }
  });
});

describe('finding messages', () => {
  it('render fully in French in every variant of every preset', () => {
    for (const { doc, findings } of runs)
      for (const f of findings) {
        const fr = findingMessage(f, doc, 'fr');
        expect(fr, f.message).not.toContain('{{');
        expect(fr, f.message).not.toBe(f.message);
      }
  });

  it('are each reached by a preset or a case above', () => {
    const seen = new Set(
      runs.flatMap((r) => r.findings.flatMap((f) => (f.text ? keysOf(f.text) : []))),
    );
    // List words are used by the renderer itself, not named by a finding.
    const unseen = Object.keys(MESSAGES).filter((k) => !k.startsWith('list.') && !seen.has(k));
    expect(unseen).toEqual([]);
  });

  it('join long lists with "et" and count the rest in French', () => {
    const long = runs
      .flatMap((r) => r.findings.map((f) => ({ f, doc: r.doc })))
      .find(({ f }) => / and \d+ more/.test(f.message));
    expect(long).toBeDefined();
    if (!long) return;
    expect(findingMessage(long.f, long.doc, 'fr')).toMatch(/ et \d+ autres/);
  });
});
