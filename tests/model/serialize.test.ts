import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FILE_FORMAT,
  LINK_KINDS,
  MAX_FILE_BYTES,
  MIGRATIONS,
  SCHEMA_VERSION,
  UNIT_KINDS,
  migrate,
  parseDocument,
  serializeDocument,
  toFile,
} from '../../src/model';
import type { OrgDoc, ParseResult, Problem } from '../../src/model';
import { doc, link, unit } from '../fixtures/builders';

type Json = Record<string, unknown>;

const sample = (): OrgDoc => {
  const d = doc(
    [
      unit('mission-hq', 'mission-hq', {
        position: { x: 0, y: 0 },
        size: { width: 900, height: 500 },
      }),
      unit('smg-p', 'smg-p', {
        parent: 'mission-hq',
        tor: { frequency: 'monthly', functions: ['decision'] },
      }),
      unit('hom', 'hom', { parent: 'mission-hq', label: 'SRSG', labelFr: 'RSSG' }),
      unit('poc-adviser', 'poc-adviser', {
        parent: 'mission-hq',
        isCoordinator: true,
        authority: { reportingLine: 'direct_to_HOM', dedicatedStaff: 4 },
        provenance: { status: 'verified', sources: ['S4'] },
      }),
      unit('field-office', 'fo-2'),
      unit('field-office', 'fo-1', { level: 'operational' }),
      unit('hoo', 'hoo-1', { parent: 'fo-1', notes: 'Head of Office, FO 1' }),
      unit('ocha'),
      unit('joc', 'joc', { parent: 'mission-hq' }),
    ],
    [
      link('secretariat-of', 'poc-adviser', 'smg-p'),
      link('chairs', 'hom', 'smg-p'),
      link('reports-to', 'hoo-1', 'hom', { label: 'weekly' }),
      link('liaises-with', 'ocha', 'poc-adviser'),
      link('advises', 'poc-adviser', 'hom'),
      link('observer-of', 'ocha', 'smg-p'),
    ],
  );
  d.answers = { 'q-tor': { answer: 'yes' } };
  d.references = [{ id: 'S4', title: 'POC Handbook' }];
  d.meta.classification = 'UNCLASSIFIED';
  return d;
};

/** The sample as file JSON, changed by `edit`, as text. */
const fileText = (
  edit: (f: Json & { units: Json[]; links: Json[] }) => void = () => {},
): string => {
  const f = JSON.parse(serializeDocument(sample())) as Json & { units: Json[]; links: Json[] };
  edit(f);
  return JSON.stringify(f, null, 2);
};

const problemsOf = (r: ParseResult): Problem[] => (r.ok ? [] : r.problems);

const expectProblem = (text: string, path: string | undefined, message: RegExp): void => {
  const r = parseDocument(text);
  expect(r.ok).toBe(false);
  const ps = problemsOf(r);
  expect(
    ps.some((p) => p.path === path && message.test(p.message)),
    JSON.stringify(ps, null, 1),
  ).toBe(true);
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('parseDocument', () => {
  it('opens a sound file', () => {
    const r = parseDocument(fileText());
    expect(r).toEqual({ ok: true, doc: sample() });
  });

  it('refuses empty text as an empty file', () => {
    expect(problemsOf(parseDocument(''))).toEqual([
      {
        message: 'Not valid JSON: The file is empty (line 1, column 1).',
        line: 1,
        column: 1,
        code: 'notJson',
        values: { detail: { json: { code: 'empty', values: {} } }, line: 1, column: 1 },
      },
    ]);
  });

  it('refuses text of only white space as an empty file', () => {
    const ps = problemsOf(parseDocument('  \n\t '));
    expect(ps).toHaveLength(1);
    expect(ps[0]?.message).toMatch(/^Not valid JSON: The file is empty/);
  });

  it.each<[string, string, number, number, RegExp]>([
    [
      'a missing comma',
      '{\n  "format": "poc-organogram",\n  "schemaVersion": 2\n  "id": "x"\n}',
      4,
      3,
      /Expected "," or "}"/,
    ],
    ['a trailing comma in an object', '{\n  "id": "x",\n  "units": [],\n}', 4, 1, /trailing comma/],
    [
      'a trailing comma in an array',
      '{\n  "units": [1, 2,\n  ]\n}',
      3,
      3,
      /Trailing comma before "]"/,
    ],
    ['an unterminated string', '{\n  "title": "Mission', 2, 20, /Unterminated string/],
    ['a single-quoted string', "{\n  'title': 1\n}", 2, 3, /property name in double quotes/],
    ['text after the document', '{}\n{}', 2, 1, /after the end/],
    ['a cut-off file', '{\n  "units": [\n', 3, 1, /end of file/],
  ])('reports %s with its line and column', (_name, text, line, column, message) => {
    const ps = problemsOf(parseDocument(text));
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ line, column });
    expect(ps[0]?.message).toMatch(message);
    expect(ps[0]?.message).toContain(`(line ${line}, column ${column})`);
  });

  it.each([
    ['an array', '[]'],
    ['a number', '42'],
    ['null', 'null'],
    ['a string', '"organogram"'],
    ['a boolean', 'true'],
  ])('refuses %s: not an organogram file', (_name, text) => {
    expect(problemsOf(parseDocument(text))).toEqual([
      {
        message: 'This is not an organogram file: expected a JSON object.',
        code: 'notObject',
        values: {},
      },
    ]);
  });

  it.each<[string, unknown]>([
    ['missing', undefined],
    ['a string', '2'],
    ['a fraction', 1.5],
    ['null', null],
  ])('refuses a schemaVersion that is %s', (_name, version) => {
    expectProblem(
      fileText((f) => (f.schemaVersion = version)),
      'schemaVersion',
      /no schemaVersion/,
    );
  });

  it('refuses a newer schema version, naming both versions', () => {
    const r = parseDocument(fileText((f) => (f.schemaVersion = SCHEMA_VERSION + 5)));
    const ps = problemsOf(r);
    expect(ps).toHaveLength(1);
    expect(ps[0]?.path).toBe('schemaVersion');
    expect(ps[0]?.message).toMatch(/newer/);
    expect(ps[0]?.message).toContain(`schema ${SCHEMA_VERSION + 5}`);
    expect(ps[0]?.message).toContain(`schema ${SCHEMA_VERSION}`);
  });

  it.each([0, -1])('refuses schema version %i as too old', (version) => {
    expectProblem(
      fileText((f) => (f.schemaVersion = version)),
      'schemaVersion',
      /too old/,
    );
  });

  it.each<[string, unknown]>([
    ['another format', 'drawio'],
    ['no format', undefined],
  ])('refuses %s', (_name, format) => {
    expectProblem(
      fileText((f) => (f.format = format)),
      'format',
      new RegExp(`"format" must be "${FILE_FORMAT}"`),
    );
  });

  it.each<[string, (f: Json & { units: Json[]; links: Json[] }) => void, string, RegExp]>([
    [
      'a label that is a number',
      (f) => ((f.units[0] as Json).label = 42),
      'units[0].label',
      /expected string, received number/,
    ],
    ['a missing title', (f) => delete f.title, 'title', /expected string/],
    [
      'an id with spaces',
      (f) => ((f.units[2] as Json).id = 'head of mission'),
      'units[2].id',
      /letters, digits/,
    ],
    [
      'a link kind that does not exist',
      (f) => ((f.links[1] as Json).kind = 'manages'),
      'links[1].kind',
      /reports-to/,
    ],
    [
      'a negative size',
      (f) => ((f.units[0] as Json).size = { width: -5, height: 10 }),
      'units[0].size.width',
      /expected number to be >0/,
    ],
    [
      'an unknown field',
      (f) => ((f.units[3] as Json).colour = 'red'),
      'units[3]',
      /Unrecognized key.*colour/,
    ],
    [
      'a forum function that does not exist',
      (f) => ((f.units[1] as Json).tor = { functions: ['gossip'] }),
      'units[1].tor.functions[0]',
      /information_sharing/,
    ],
    ['units that are not a list', (f) => ((f as Json).units = {}), 'units', /expected array/],
  ])(
    'reports a schema error, with its path and what was expected: %s',
    (_name, edit, path, message) => {
      expectProblem(fileText(edit), path, message);
    },
  );

  it.each<[string, (f: Json & { units: Json[]; links: Json[] }) => void, string, RegExp]>([
    [
      'an unknown unit kind',
      (f) => ((f.units[7] as Json).kind = 'spaceship'),
      'units[7].kind',
      /Unknown unit kind "spaceship"/,
    ],
    [
      'a dangling link source',
      (f) => ((f.links[2] as Json).source = 'ghost'),
      'links[2].source',
      /source "ghost" is not a unit/,
    ],
    [
      'a dangling link target',
      (f) => ((f.links[4] as Json).target = 'ghost'),
      'links[4].target',
      /target "ghost" is not a unit/,
    ],
    [
      'a duplicate unit id',
      (f) => ((f.units[8] as Json).id = 'ocha'),
      'units[8].id',
      /Duplicate unit id "ocha"/,
    ],
    [
      'a duplicate link id',
      (f) => ((f.links[3] as Json).id = (f.links[0] as Json).id),
      'links[3].id',
      /Duplicate id/,
    ],
    [
      'a link id that is a unit id',
      (f) => ((f.links[3] as Json).id = 'hom'),
      'links[3].id',
      /Duplicate id "hom"/,
    ],
    [
      'a parent that is not a unit',
      (f) => ((f.units[6] as Json).parent = 'fo-9'),
      'units[6].parent',
      /"fo-9" is not a unit/,
    ],
    [
      'a parent that is not a container',
      (f) => ((f.units[6] as Json).parent = 'hom'),
      'units[6].parent',
      /not a container/,
    ],
    [
      'a containment cycle',
      (f) => {
        (f.units[4] as Json).parent = 'fo-1';
        (f.units[5] as Json).parent = 'fo-2';
      },
      'units[4].parent',
      /containment cycle/,
    ],
    [
      'a unit inside itself',
      (f) => ((f.units[4] as Json).parent = 'fo-2'),
      'units[4].parent',
      /containment cycle/,
    ],
    [
      'a link canConnect refuses',
      (f) => f.links.push({ id: 't', kind: 'tasks', source: 'joc', target: 'ocha' }),
      'links[6]',
      /Link "t" is not allowed: .*never tasks humanitarian/,
    ],
    [
      'a second chair',
      (f) => f.links.push({ id: 'c2', kind: 'chairs', source: 'poc-adviser', target: 'smg-p' }),
      'links[6]',
      /already has a chair/,
    ],
  ])('reports %s with its path', (_name, edit, path, message) => {
    expectProblem(fileText(edit), path, message);
  });

  it('reports every integrity problem of a file, not just the first', () => {
    const ps = problemsOf(
      parseDocument(
        fileText((f) => {
          (f.units[7] as Json).kind = 'spaceship';
          (f.links[0] as Json).target = 'ghost';
        }),
      ),
    );
    expect(ps.map((p) => p.path)).toEqual(['units[7].kind', 'links[0].target']);
  });

  it('refuses a file over 10 MB without parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const big = `{"title": "${'x'.repeat(MAX_FILE_BYTES)}"}`;
    const ps = problemsOf(parseDocument(big));
    expect(ps).toEqual([
      {
        message: 'The file is larger than 10 MB and was not opened.',
        code: 'tooLarge',
        values: { max: 10 },
      },
    ]);
    expect(parse).not.toHaveBeenCalled();
  });

  it('does not refuse a large file under the limit for its size', () => {
    const text = fileText((f) => (f.description = 'x'.repeat(4000)));
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    expect(parseDocument(text).ok).toBe(true);
  });

  describe('never throws', () => {
    const expectShape = (r: ParseResult) => {
      if (r.ok) expect(Object.keys(r.doc.units)).toBeDefined();
      else {
        expect(r.problems.length).toBeGreaterThan(0);
        for (const p of r.problems) expect(typeof p.message).toBe('string');
      }
    };

    it('on random text', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (s) => expectShape(parseDocument(s))),
        { numRuns: 300 },
      );
    });

    it('on random JSON', () => {
      fc.assert(
        fc.property(fc.json(), (s) => expectShape(parseDocument(s))),
        { numRuns: 300 },
      );
    });

    it('on random values', () => {
      fc.assert(
        fc.property(fc.anything(), (v) =>
          expectShape(parseDocument(JSON.stringify(v) ?? 'undefined')),
        ),
        { numRuns: 300 },
      );
    });

    it('on files with random units and links, and round-trips the ones it opens', () => {
      const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e');
      const unitArb = fc.record(
        {
          id: ids,
          kind: fc.constantFrom(...UNIT_KINDS.map((k) => k.id), 'spaceship'),
          label: fc.string(),
          parent: ids,
        },
        { requiredKeys: ['id', 'kind', 'label'] },
      );
      const linkArb = fc.record({
        id: fc.constantFrom('l1', 'l2', 'l3', 'a'),
        kind: fc.constantFrom(...LINK_KINDS),
        source: ids,
        target: ids,
      });
      const fileArb = fc.record({
        format: fc.constant(FILE_FORMAT),
        schemaVersion: fc.constantFrom(1, 2),
        id: fc.constant('fuzz'),
        title: fc.string(),
        units: fc.array(fc.oneof(unitArb, fc.anything()), { maxLength: 6 }),
        links: fc.array(fc.oneof(linkArb, fc.anything()), { maxLength: 4 }),
      });
      let opened = 0;
      fc.assert(
        fc.property(fileArb, (f) => {
          const r = parseDocument(JSON.stringify(f));
          expectShape(r);
          if (r.ok) {
            opened++;
            expect(parseDocument(serializeDocument(r.doc))).toEqual({ ok: true, doc: r.doc });
          }
        }),
        { numRuns: 400 },
      );
      expect(opened).toBeGreaterThan(0);
    });
  });
});

describe('serializeDocument', () => {
  it('round-trips a document, keeping the order of units and links', () => {
    const d = sample();
    const r = parseDocument(serializeDocument(d));
    expect(r).toEqual({ ok: true, doc: d });
    if (!r.ok) return;
    expect(Object.keys(r.doc.units)).toEqual(Object.keys(d.units));
    expect(Object.keys(r.doc.links)).toEqual(Object.keys(d.links));
  });

  it('writes the format, the current schema version and, if given, the schema reference', () => {
    const text = serializeDocument(sample(), './organogram.schema.json');
    const raw = JSON.parse(text) as Json;
    expect(Object.keys(raw).slice(0, 3)).toEqual(['$schema', 'format', 'schemaVersion']);
    expect(raw).toMatchObject({
      $schema: './organogram.schema.json',
      format: FILE_FORMAT,
      schemaVersion: SCHEMA_VERSION,
    });
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseDocument(text).ok).toBe(true);
  });

  it('writes units and links as arrays in document order', () => {
    const f = toFile(sample());
    expect(f.units.map((u) => u.id)).toEqual(Object.keys(sample().units));
    expect(f.links.map((l) => l.id)).toEqual(Object.keys(sample().links));
  });
});

describe('migrations', () => {
  const v1 = () => ({
    schemaVersion: 1,
    id: 'old',
    title: 'Old file',
    units: [
      { id: 'hom', kind: 'hom', label: 'HOM' },
      { id: 'cos', kind: 'cos', label: 'COS' },
      { id: 'smg-p', kind: 'smg-p', label: 'SMG-P' },
    ],
    links: [
      { id: 'cos-hom', type: 'reports_to', source: 'cos', target: 'hom' },
      { id: 'cos-smg', type: 'co_chairs', source: 'cos', target: 'smg-p' },
    ],
  });

  it('opens a version 1 file as the current version, with kebab-case link kinds under "kind"', () => {
    const r = parseDocument(JSON.stringify(v1()));
    expect(r.ok && r.migratedFrom).toBe(1);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(r.doc.links['cos-hom']).toEqual({
      id: 'cos-hom',
      kind: 'reports-to',
      source: 'cos',
      target: 'hom',
    });
    expect(r.doc.links['cos-smg']?.kind).toBe('co-chairs');
    expect(JSON.parse(serializeDocument(r.doc))).toMatchObject({
      format: FILE_FORMAT,
      schemaVersion: SCHEMA_VERSION,
    });
  });

  it('does not mark a current file as migrated', () => {
    const r = parseDocument(fileText());
    expect(r.ok && 'migratedFrom' in r).toBe(false);
  });

  it('still checks a migrated file', () => {
    const f = v1();
    f.links[0]!.type = 'bosses';
    expectProblem(JSON.stringify(f), 'links[0].kind', /Invalid option/);
  });

  it('does not change the file it migrates', () => {
    const f = v1();
    const copy = structuredClone(f);
    migrate(f, 1, 2);
    expect(f).toEqual(copy);
  });

  it('applies the steps in order, one version at a time', () => {
    const trail: string[] = [];
    const step = (v: number) => (file: Json) => {
      trail.push(`${v}->${v + 1}`);
      return { ...file, schemaVersion: v + 1, trail: [...((file.trail as string[]) ?? []), v] };
    };
    MIGRATIONS[2] = step(2);
    MIGRATIONS[3] = step(3);
    try {
      const out = migrate(v1(), 1, 4);
      expect(trail).toEqual(['2->3', '3->4']);
      expect(out.schemaVersion).toBe(4);
      expect(out.trail).toEqual([2, 3]);
      expect((out.links as Json[])[0]?.kind).toBe('reports-to');
    } finally {
      delete MIGRATIONS[2];
      delete MIGRATIONS[3];
    }
  });

  it('returns the file itself when there is nothing to do', () => {
    const f = v1();
    expect(migrate(f, 2, 2)).toBe(f);
  });

  it('throws when a step is missing', () => {
    expect(() => migrate({}, 7, 9)).toThrow(/No migration from schema version 7/);
  });

  it('leaves what it does not understand for the schema check', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.anything()), fc.anything(), (file, links) => {
        expect(() => migrate({ ...file, links }, 1, 2)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});
