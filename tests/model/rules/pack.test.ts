import { describe, expect, it } from 'vitest';
import {
  builtInRule,
  compilePack,
  compileRule,
  isAutomatic,
  isManual,
  parseRulePack,
  RuleDeclSchema,
  score,
  validate,
  W1_DECL,
  W2_DECL,
} from '../../../src/model';
import type { RuleDeclInput } from '../../../src/model';
import { goodMission, link, unit, unlink, withLinks, withUnits, without } from './fixtures';

const good = goodMission();

const GOOD_PACK = {
  id: 'mission-x',
  title: 'Mission X additions',
  rules: [
    {
      type: 'manual',
      id: 'X-Q1',
      group: 'national',
      title: 'Joint security committees meet monthly',
      question: 'Do the joint security committees meet at least monthly?',
    },
    {
      type: 'kind-exists',
      id: 'X1',
      group: 'early-warning',
      title: 'A JOTC exists',
      severity: 'info',
      kind: 'jotc',
    },
    {
      type: 'kind-count',
      id: 'X2',
      group: 'field',
      title: 'At least one JPT',
      kind: 'jpt',
      op: '>=',
      n: 1,
    },
    {
      type: 'link-between',
      id: 'X3',
      group: 'partners',
      title: 'OCHA observes the SMG-P',
      link: 'observer-of',
      from: 'ocha',
      to: 'smg-p',
    },
    {
      type: 'forum-has-member',
      id: 'X4',
      group: 'forums',
      title: 'Gender sits in the POC WG',
      forum: 'poc-wg',
      member: 'gender',
    },
    {
      type: 'container-contains',
      id: 'X5',
      group: 'field',
      title: 'Every field office has a CLA',
      container: 'field-office',
      contains: 'cla',
    },
  ],
};

describe('parseRulePack', () => {
  it('reads a good pack and fills in defaults', () => {
    const r = parseRulePack(JSON.stringify(GOOD_PACK));
    expect(r.ok ? [] : r.problems).toEqual([]);
    if (!r.ok) return;
    expect(r.pack.rules).toHaveLength(6);
    expect(r.pack.rules[2]).toMatchObject({
      severity: 'warning',
      why: '',
      remedy: '',
      sources: [],
    });
  });

  it.each([
    [
      'a JSON syntax error',
      '{ "id": "x", "title": "X", "rules": [ }',
      '',
      /Not valid JSON.*line 1, column/,
    ],
    [
      'an unknown kind',
      JSON.stringify({ ...GOOD_PACK, rules: [{ ...GOOD_PACK.rules[1], kind: 'jocc' }] }),
      'rules[0].kind',
      /Unknown unit kind "jocc"/,
    ],
    [
      'a bad comparison',
      JSON.stringify({ ...GOOD_PACK, rules: [{ ...GOOD_PACK.rules[2], op: '>' }] }),
      'rules[0].op',
      /Invalid option/,
    ],
    [
      'an unknown rule type',
      JSON.stringify({ ...GOOD_PACK, rules: [{ ...GOOD_PACK.rules[1], type: 'kind-missing' }] }),
      'rules[0].type',
      /discriminator/i,
    ],
    [
      'a forum form on a unit that is not a forum',
      JSON.stringify({ ...GOOD_PACK, rules: [{ ...GOOD_PACK.rules[4], forum: 'joc' }] }),
      'rules[0].forum',
      /not a forum or team kind/,
    ],
    [
      'a container form on a unit that is not a container',
      JSON.stringify({ ...GOOD_PACK, rules: [{ ...GOOD_PACK.rules[5], container: 'hoo' }] }),
      'rules[0].container',
      /not a container kind/,
    ],
    [
      'an unknown link kind',
      JSON.stringify({ ...GOOD_PACK, rules: [{ ...GOOD_PACK.rules[3], link: 'supports' }] }),
      'rules[0].link',
      /Invalid option/,
    ],
    [
      'an unknown group',
      JSON.stringify({ ...GOOD_PACK, rules: [{ ...GOOD_PACK.rules[1], group: 'logistics' }] }),
      'rules[0].group',
      /Invalid option/,
    ],
    [
      'an unexpected field',
      JSON.stringify({ ...GOOD_PACK, rules: [{ ...GOOD_PACK.rules[1], colour: 'red' }] }),
      'rules[0]',
      /Unrecognized key/,
    ],
    [
      'a duplicate rule id',
      JSON.stringify({ ...GOOD_PACK, rules: [GOOD_PACK.rules[1], GOOD_PACK.rules[1]] }),
      'rules[1].id',
      /Duplicate rule id "X1"/,
    ],
    [
      'a built-in rule id',
      JSON.stringify({ ...GOOD_PACK, rules: [{ ...GOOD_PACK.rules[1], id: 'W1' }] }),
      'rules[0].id',
      /built-in/,
    ],
    ['a missing rules list', JSON.stringify({ id: 'x', title: 'X' }), 'rules', /expected array/i],
    ['not an object', '[1, 2]', '', /expected object/i],
  ])('reports %s with its path', (_name, text, path, message) => {
    const r = parseRulePack(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(
      r.problems.some((p) => p.path === path && message.test(p.message)),
      JSON.stringify(r.problems),
    ).toBe(true);
  });

  it('never throws, whatever it is given', () => {
    for (const text of ['', 'null', '"x"', '{"rules": null}', '\u0000', '{'.repeat(5000)]) {
      expect(() => parseRulePack(text)).not.toThrow();
      expect(parseRulePack(text).ok).toBe(false);
    }
  });

  it('gives the line and column of a syntax error', () => {
    const r = parseRulePack('{\n  "id": "x",\n  "title": oops\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ line: 3 });
  });
});

describe('compiled declarative rules', () => {
  const parsed = parseRulePack(JSON.stringify(GOOD_PACK));
  if (!parsed.ok) throw new Error('the good pack must parse');
  const rules = compilePack(parsed.pack);
  const byId = (id: string) => rules.find((r) => r.id === id)!;
  const fires = (id: string, doc: typeof good) => validate(doc, [byId(id)]).length > 0;

  it('keep the pack id, and are derived unless the pack says otherwise', () => {
    for (const r of rules)
      expect(r).toMatchObject({ pack: 'mission-x', provenance: 'reconstructed' });
    expect(isManual(byId('X-Q1'))).toBe(true);
  });

  it.each([
    ['X1', withUnits(good, unit('jotc', 'jotc', { parent: 'hq' })), good],
    ['X2', good, without(good, 'fo-jpt')],
    ['X3', good, unlink(good, 'observer-of', 'ocha', 'smg-p')],
    [
      'X4',
      withLinks(
        withUnits(good, unit('gender', 'gender', { parent: 'hq' })),
        link('member-of', 'gender', 'poc-wg'),
      ),
      good,
    ],
    ['X5', good, without(good, 'fo-cla')],
  ])('%s passes on one document and fires on another', (id, passing, failing) => {
    expect(fires(id, passing)).toBe(false);
    expect(fires(id, failing)).toBe(true);
  });

  it('kind-count compares with <=, >= and ==', () => {
    const decl = (op: '>=' | '<=' | '==', n: number): RuleDeclInput => ({
      type: 'kind-count',
      id: 'K',
      group: 'field',
      title: 'Count field offices',
      kind: 'field-office',
      op,
      n,
    });
    const count = (op: '>=' | '<=' | '==', n: number) =>
      validate(good, [compileRule(decl(op, n))]).length === 0;
    expect([
      count('==', 1),
      count('>=', 1),
      count('<=', 1),
      count('==', 2),
      count('>=', 2),
      count('<=', 0),
    ]).toEqual([true, true, true, false, false, false]);
  });

  it('forum-has-member and container-contains do not apply when there is no such forum or container', () => {
    const noWg = without(good, 'poc-wg');
    const s = score(noWg, validate(noWg, [byId('X4')]), [byId('X4')]);
    expect(s.overall).toEqual({ passed: 0, total: 0 });
  });

  it('the manual question of a pack is scored like a built-in one', () => {
    const answered = { ...good, answers: { 'X-Q1': { answer: 'yes' as const } } };
    expect(score(answered, [], [byId('X-Q1')]).byGroup.national).toEqual({ passed: 1, total: 1 });
  });
});

describe('built-in rules in declarative form', () => {
  it.each([
    ['W1', W1_DECL],
    ['W2', W2_DECL],
  ])('%s is declared in a form a custom pack could use, and compiled', (id, decl) => {
    expect(RuleDeclSchema.safeParse(decl).success).toBe(true);
    const rule = builtInRule(id);
    expect(rule && isAutomatic(rule)).toBe(true);
    const compiled = compileRule(decl, 'built-in');
    const doc = without(
      good,
      decl.type === 'kind-exists' ? (decl.kind === 'joc' ? 'joc' : 'jmac') : '',
    );
    expect(validate(doc, [rule!])).toEqual(validate(doc, [compiled]));
    expect(validate(doc, [rule!])).toHaveLength(1);
  });
});
