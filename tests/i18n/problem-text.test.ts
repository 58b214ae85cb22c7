import { describe, expect, it } from 'vitest';
import {
  canConnect,
  fileTooLarge,
  fileUnreadable,
  JSON_ERRORS,
  MAX_FILE_BYTES,
  parseDocument,
  problem,
  PROBLEM_MESSAGES,
  serializeDocument,
  summarizeIssue,
  UnitSchema,
} from '../../src/model';
import type { JsonErrorCode, ProblemCode, ProblemValues } from '../../src/model';
import { jsonErrorText, problemText } from '../../src/i18n';
import { doc, link, unit } from '../fixtures/builders';
import { expectFrench } from './french-check';

// Problems with a file, in French: every code, every JSON syntax error, and broken files read end
// to end through parseDocument. The English stays the model's own sentence.

const refused = canConnect(doc([unit('joc'), unit('ocha')]), 'joc', 'ocha', 'tasks');
if (refused.ok) throw new Error('tasking OCHA must be refused');
const refusal = { reason: refused.reason, code: refused.code, values: refused.values };
const zod = UnitSchema.safeParse({ id: 'x1', kind: 'joc', label: 5 }, { reportInput: true });
const issue = summarizeIssue(zod.error!.issues[0]!);

const SAMPLES: Record<ProblemCode, ProblemValues> = {
  unreadable: { error: 'TypeError: x1' },
  tooLarge: { max: 10 },
  fileTooLarge: {
    name: 'x1.json',
    size: { amount: 12.5, digits: 1 },
    max: { amount: 10, digits: 0 },
  },
  fileUnreadable: { name: 'x1.json', error: 'NotReadableError' },
  notJson: { detail: { json: { code: 'empty', values: {} } }, line: 1, column: 1 },
  notObject: {},
  noSchemaVersion: {},
  newerSchema: { version: 7, current: 2 },
  tooOld: { version: 0 },
  wrongFormat: { format: 'poc-organogram' },
  schema: { issue: { issue } },
  duplicateUnitId: { id: 'x1' },
  unknownKind: { kind: 'x1' },
  parentMissing: { parent: 'x1' },
  parentNotContainer: { parent: 'x1', kind: { kind: 'joc' } },
  cycle: { id: 'x1' },
  duplicateId: { id: 'x1' },
  sourceMissing: { id: 'x1' },
  targetMissing: { id: 'x1' },
  linkNotAllowed: { id: 'x1', reason: { refusal } },
  duplicateStepId: { id: 's1' },
  highlightMissing: { step: 's1', unit: 'x1' },
  packUnreadable: { error: 'TypeError: x1' },
  packTooLarge: { max: 1 },
  builtInRuleId: { id: 'W1' },
  duplicateRuleId: { id: 'X1' },
};

const JSON_SAMPLES: Record<JsonErrorCode, Record<string, string>> = {
  ...(Object.fromEntries(Object.keys(JSON_ERRORS).map((c) => [c, {}])) as Record<
    JsonErrorCode,
    Record<string, string>
  >),
  commaOrClose: { close: '}' },
  closeMissing: { close: ']' },
  unexpectedCharacter: { character: '"x"' },
};

describe('problems in French', () => {
  it.each(Object.keys(PROBLEM_MESSAGES) as ProblemCode[])('says %s in French', (code) => {
    const p = problem(code, SAMPLES[code]);
    expect(problemText(p, 'en')).toBe(p.message);
    expect(p.message).not.toMatch(/\{\{/);
    const french = problemText(p, 'fr');
    expect(french).not.toBe(p.message);
    expectFrench(french, code);
  });

  it.each(Object.keys(JSON_ERRORS) as JsonErrorCode[])('says JSON error %s in French', (code) => {
    const e = { code, values: JSON_SAMPLES[code] };
    expectFrench(jsonErrorText(e, 'fr'), code);
    expect(jsonErrorText(e, 'en')).not.toMatch(/\{\{/);
  });

  it('names kinds, refusals and numbers in French', () => {
    const kind = problemText(problem('parentNotContainer', SAMPLES.parentNotContainer), 'fr');
    expect(kind).toContain('Centre d’opérations conjoint');
    const link = problemText(problem('linkNotAllowed', SAMPLES.linkNotAllowed), 'fr');
    expect(link).toContain('acteurs humanitaires');
    const big = problemText(fileTooLarge('grand.json', 12.5 * 1024 * 1024), 'fr');
    expect(big).toBe(
      'grand.json pèse 12,5\u00a0Mo\u00a0; les fichiers de plus de 10\u00a0Mo ne sont pas ouverts.',
    );
  });

  it('keeps the interface’s English for files refused before they are read', () => {
    expect(fileTooLarge('big.json', 12.5 * 1024 * 1024).message).toBe(
      'big.json is 12.5 MB; files over 10 MB are not opened.',
    );
    expect(fileUnreadable('a.json', new Error('gone')).message).toBe(
      'a.json could not be read: Error: gone',
    );
    expect(MAX_FILE_BYTES).toBe(10 * 1024 * 1024);
  });
});

type Json = Record<string, unknown>;
type FileJson = Json & { units: Json[]; links: Json[] };
const base = (): FileJson =>
  JSON.parse(
    serializeDocument(
      doc(
        [unit('mission-hq'), unit('hom'), unit('joc'), unit('ocha')],
        [link('reports-to', 'joc', 'hom')],
      ),
    ),
  ) as FileJson;
const edited = (edit: (f: FileJson) => void) => {
  const f = base();
  edit(f);
  return JSON.stringify(f);
};

describe('a broken file read in French', () => {
  it.each<[string, string, ProblemCode]>([
    ['too large', ' '.repeat(MAX_FILE_BYTES + 1), 'tooLarge'],
    ['a syntax error', '{\n  "units": [,]\n}', 'notJson'],
    ['not an object', '[1, 2]', 'notObject'],
    ['no schema version', '{}', 'noSchemaVersion'],
    ['a newer schema', edited((f) => (f.schemaVersion = 9)), 'newerSchema'],
    ['an old schema', edited((f) => (f.schemaVersion = 0)), 'tooOld'],
    ['another format', edited((f) => (f.format = 'drawio')), 'wrongFormat'],
    ['a schema error', edited((f) => ((f.units[0] as Json).label = 5)), 'schema'],
    ['a duplicate unit id', edited((f) => ((f.units[1] as Json).id = 'joc')), 'duplicateUnitId'],
    ['an unknown kind', edited((f) => ((f.units[1] as Json).kind = 'x9')), 'unknownKind'],
    ['a missing parent', edited((f) => ((f.units[1] as Json).parent = 'x9')), 'parentMissing'],
    [
      'a parent that is no container',
      edited((f) => ((f.units[2] as Json).parent = 'hom')),
      'parentNotContainer',
    ],
    ['a containment cycle', edited((f) => ((f.units[0] as Json).parent = 'mission-hq')), 'cycle'],
    ['a duplicate link id', edited((f) => ((f.links[0] as Json).id = 'hom')), 'duplicateId'],
    ['a missing source', edited((f) => ((f.links[0] as Json).source = 'x9')), 'sourceMissing'],
    ['a missing target', edited((f) => ((f.links[0] as Json).target = 'x9')), 'targetMissing'],
    ['a refused link', edited((f) => ((f.links[0] as Json).kind = 'command')), 'linkNotAllowed'],
    ['a duplicate step', edited((f) => (f.steps = [step('s1'), step('s1')])), 'duplicateStepId'],
    ['a missing highlight', edited((f) => (f.steps = [step('s1', ['x9'])])), 'highlightMissing'],
  ])('says %s in French', (_name, text, code) => {
    const r = parseDocument(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.code)).toContain(code);
    for (const p of r.problems) expectFrench(problemText(p, 'fr'), `${code}: ${p.message}`);
  });

  it('keeps no part of the file on a problem but the ids its sentence quotes', () => {
    const r = parseDocument(edited((f) => (f.links = { secret: 'TOP-SECRET' } as never)));
    expect(JSON.stringify(r)).not.toContain('TOP-SECRET');
  });
});

function step(id: string, highlight: string[] = []) {
  return { id, title: '', caption: '', highlight };
}
