import { produce } from 'immer';
import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  OrgFileSchema,
  StepSchema,
  commands,
  parseDocument,
  serializeDocument,
} from '../../src/model';
import type { OrgDoc, Step } from '../../src/model';
import { doc, link, unit } from '../fixtures/builders';

const step = (id: string, highlight: string[] = [], extra: Partial<Step> = {}): Step => ({
  id,
  title: `Title ${id}`,
  caption: `Caption of ${id}.`,
  highlight,
  ...extra,
});

// A field office holding a head of office, beside the HQ units; three steps that highlight them.
const start = (): OrgDoc => {
  const d = doc(
    [
      unit('hom'),
      unit('poc-adviser', 'poc-adviser', { isCoordinator: true }),
      unit('smg-p'),
      unit('field-office', 'fo'),
      unit('hoo', 'hoo', { parent: 'fo' }),
    ],
    [link('chairs', 'hom', 'smg-p'), link('reports-to', 'hoo', 'hom')],
  );
  d.steps = [
    step('who', ['poc-adviser', 'hom']),
    step('field', ['hoo', 'fo'], { view: { x: 0, y: 0, width: 400, height: 300 } }),
    step('forum', ['smg-p'], { provenance: { status: 'reconstructed', sources: ['S6'] } }),
  ];
  return d;
};

/** Runs a recipe and checks that the input document was left exactly as it was. */
function apply(before: OrgDoc, recipe: (d: Draft<OrgDoc>) => void): OrgDoc {
  const snapshot = structuredClone(before);
  const after = produce(before, recipe);
  expect(before).toStrictEqual(snapshot);
  return after;
}

const ids = (d: OrgDoc) => d.steps.map((s) => s.id);

/** The file of `start()` with `edit` applied to its JSON, as text. */
const fileWith = (edit: (f: { steps?: unknown[]; [k: string]: unknown }) => void): string => {
  const f = JSON.parse(serializeDocument(start())) as { steps?: unknown[] };
  edit(f);
  return JSON.stringify(f);
};

describe('StepSchema', () => {
  it.each<[string, unknown]>([
    ['a minimal step (highlight defaults to none)', { id: 's', title: '', caption: '' }],
    [
      'a step with every field',
      {
        ...step('s', ['a', 'b']),
        view: { x: -5.5, y: 0, width: 1, height: 2 },
        provenance: { status: 'user' },
      },
    ],
    [
      'HTML-like caption text (it is shown as plain text, never parsed)',
      { ...step('s'), caption: '<b>not bold</b>' },
    ],
  ])('accepts %s', (_name, value) => {
    expect(StepSchema.safeParse(value).success).toBe(true);
  });

  const s = (extra: Record<string, unknown>) => ({ ...step('s'), ...extra });
  const view = (width: number, height: number, x = 0) => s({ view: { x, y: 0, width, height } });
  const many = Array.from({ length: 5001 }, (_, i) => `u${i}`);
  it.each<[string, unknown, string]>([
    ['an id starting with a digit', s({ id: '1st' }), 'id'],
    ['a reserved id', s({ id: 'constructor' }), 'id'],
    ['a title over 200 characters', s({ title: 'x'.repeat(201) }), 'title'],
    ['a missing caption', { id: 's', title: 't' }, 'caption'],
    ['a zero-width view', view(0, 1), 'view.width'],
    ['a negative-height view', view(1, -1), 'view.height'],
    ['an infinite view origin', view(1, 1, Infinity), 'view.x'],
    ['a view with extra keys', s({ view: { x: 0, y: 0, width: 1, height: 1, zoom: 2 } }), 'view'],
    ['a malformed highlight id', step('s', ['ok', 'not ok']), 'highlight.1'],
    ['over 5000 highlights', step('s', many), 'highlight'],
    ['an unknown provenance status', s({ provenance: { status: 'derived' } }), 'provenance.status'],
    ['an unknown field', s({ html: '<p>' }), ''],
  ])('refuses %s', (_name, value, path) => {
    const r = StepSchema.safeParse(value);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('allows at most 200 steps in a file, and none at all when the key is absent', () => {
    const file = JSON.parse(serializeDocument(start())) as Record<string, unknown>;
    const many = Array.from({ length: 201 }, (_, i) => step(`s${i}`));
    expect(OrgFileSchema.safeParse({ ...file, steps: many }).success).toBe(false);
    expect(OrgFileSchema.safeParse({ ...file, steps: many.slice(1) }).success).toBe(true);
    delete file.steps;
    const r = OrgFileSchema.safeParse(file);
    expect(r.success && r.data.steps).toEqual([]);
  });
});

describe('integrity of steps', () => {
  it('reports a highlight of a unit that does not exist, with its path', () => {
    const r = parseDocument(
      fileWith((f) => ((f.steps![2] as Step).highlight = ['smg-p', 'ghost'])),
    );
    expect(r.ok ? [] : r.problems).toMatchObject([
      {
        path: 'steps[2].highlight[1]',
        message: 'Step "forum" highlights "ghost", but there is no unit with id "ghost"',
        code: 'highlightMissing',
      },
    ]);
  });

  it('reports a duplicate step id', () => {
    const r = parseDocument(fileWith((f) => ((f.steps![1] as Step).id = 'who')));
    expect(r.ok ? [] : r.problems).toMatchObject([
      { path: 'steps[1].id', message: 'Duplicate step id "who"', code: 'duplicateStepId' },
    ]);
  });
});

describe('step commands', () => {
  it('addStep appends by default, inserts at a clamped index, and refuses a taken id', () => {
    const before = start();
    const after = apply(before, (d) => commands.addStep(d, step('end')));
    expect(ids(after)).toEqual(['who', 'field', 'forum', 'end']);
    before.steps.forEach((s, i) => expect(after.steps[i]).toBe(s));
    expect(after.units).toBe(before.units);
    expect(ids(apply(before, (d) => commands.addStep(d, step('x'), 1)))).toEqual([
      'who',
      'x',
      'field',
      'forum',
    ]);
    expect(ids(apply(before, (d) => commands.addStep(d, step('x'), -3)))[0]).toBe('x');
    expect(ids(apply(before, (d) => commands.addStep(d, step('x'), 99)))[3]).toBe('x');
    expect(() => apply(before, (d) => commands.addStep(d, step('field')))).toThrow(
      /"field" already exists/,
    );
  });

  it('updateStep changes only the patched step; undefined clears view and provenance', () => {
    const before = start();
    const after = apply(before, (d) =>
      commands.updateStep(d, 'field', {
        title: 'In the field',
        view: undefined,
        highlight: ['hoo'],
      }),
    );
    expect(after.steps[1]).toEqual({
      id: 'field',
      title: 'In the field',
      caption: 'Caption of field.',
      highlight: ['hoo'],
    });
    expect(after.steps[0]).toBe(before.steps[0]);
    expect(after.steps[2]).toBe(before.steps[2]);
    expect(after.units).toBe(before.units);
    const noProv = apply(before, (d) => commands.updateStep(d, 'forum', { provenance: undefined }));
    expect('provenance' in noProv.steps[2]!).toBe(false);
    expect(apply(before, (d) => commands.updateStep(d, 'nope', { title: 'x' }))).toBe(before);
  });

  it('removeStep removes one step and keeps the others; an unknown id changes nothing', () => {
    const before = start();
    const after = apply(before, (d) => commands.removeStep(d, 'field'));
    expect(ids(after)).toEqual(['who', 'forum']);
    expect(after.steps[0]).toBe(before.steps[0]);
    expect(after.steps[1]).toBe(before.steps[2]);
    expect(apply(before, (d) => commands.removeStep(d, 'nope'))).toBe(before);
  });

  it.each<[string, number, string[]]>([
    ['who', 2, ['field', 'forum', 'who']],
    ['forum', 0, ['forum', 'who', 'field']],
    ['field', 0, ['field', 'who', 'forum']],
    ['who', 99, ['field', 'forum', 'who']],
    ['forum', -1, ['forum', 'who', 'field']],
    ['who', 1.7, ['field', 'who', 'forum']],
  ])('moveStep(%s, %d) gives %j, keeping every step object', (id, to, order) => {
    const before = start();
    const after = apply(before, (d) => commands.moveStep(d, id, to));
    expect(ids(after)).toEqual(order);
    for (const s of after.steps) expect(before.steps).toContain(s);
  });

  it.each<[string, string, number]>([
    ['to its own index', 'field', 1],
    ['with a NaN index', 'field', NaN],
    ['with an unknown id', 'nope', 0],
  ])('moveStep %s returns the same document', (_name, id, to) => {
    const before = start();
    expect(apply(before, (d) => commands.moveStep(d, id, to))).toBe(before);
  });
});

describe('deleting units prunes step highlights', () => {
  it('drops a deleted unit, and everything inside a deleted container, from every step', () => {
    const before = start();
    const after = apply(before, (d) => commands.removeUnits(d, ['fo', 'hom']));
    expect(after.steps.map((s) => s.highlight)).toEqual([['poc-adviser'], [], ['smg-p']]);
    // The step that highlighted neither keeps its identity; the field step keeps its view.
    expect(after.steps[2]).toBe(before.steps[2]);
    expect(after.steps[1]!.view).toBe(before.steps[1]!.view);
    const r = parseDocument(serializeDocument(after));
    expect(r.ok ? [] : r.problems).toEqual([]);
  });

  it('leaves the steps array alone when no step highlights a deleted unit', () => {
    const before = apply(start(), (d) => commands.addUnit(d, unit('ocha')));
    const after = apply(before, (d) => commands.removeUnits(d, ['ocha']));
    expect(after.units.ocha).toBeUndefined();
    expect(after.steps).toBe(before.steps);
  });
});

describe('saving and opening steps', () => {
  it('round-trips the steps, in order, written after the links', () => {
    const d = start();
    const text = serializeDocument(d);
    const keys = Object.keys(JSON.parse(text) as object);
    expect(keys.indexOf('steps')).toBeGreaterThan(keys.indexOf('links'));
    expect(keys.indexOf('steps')).toBeGreaterThan(keys.indexOf('answers'));
    expect(parseDocument(text)).toEqual({ ok: true, doc: d });
  });

  it('opens a version 2 file written before steps existed, with no steps', () => {
    const r = parseDocument(fileWith((f) => delete f.steps));
    expect(r.ok && r.doc.steps).toEqual([]);
  });
});
