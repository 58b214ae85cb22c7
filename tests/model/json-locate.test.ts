import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonError, parseDocument } from '../../src/model';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('locateJsonError', () => {
  it.each<[string, string, number, number, RegExp]>([
    ['empty text', '', 1, 1, /empty/],
    ['an object cut off after "{"', '{', 1, 2, /property name in double quotes/],
    ['a property without a colon', '{"a"}', 1, 5, /Expected ":"/],
    ['a property without a value', '{"a":}', 1, 6, /Unexpected character "\}"/],
    ['a trailing comma in an array', '[1,]', 1, 4, /Trailing comma before "]"/],
    ['a trailing comma in an object', '{"a":1,}', 1, 8, /trailing comma/],
    ['a missing comma in an array', '[1 2]', 1, 4, /Expected "," or "]"/],
    ['a missing comma in an object', '{"a":1 "b":2}', 1, 8, /Expected "," or "}"/],
    ['an unterminated string', '"abc', 1, 5, /Unterminated string/],
    ['a bad escape', '"a\\qb"', 1, 3, /Bad escape/],
    ['a bad unicode escape', '"\\u12G4"', 1, 2, /Bad \\u escape/],
    ['a line break inside a string', '"a\nb"', 1, 3, /Control character/],
    ['a lone minus', '-', 1, 1, /Bad number/],
    ['a misspelt literal', 'tru', 1, 1, /Unexpected character "t"/],
    ['NaN', '[NaN]', 1, 2, /Unexpected character "N"/],
    ['single quotes', "{'a': 1}", 1, 2, /property name in double quotes/],
    ['text after the document', '{} x', 1, 4, /after the end/],
    ['an unclosed array over several lines', '[\n  1,\n  2\n', 4, 1, /end of file: "]" is missing/],
    ['an unclosed object', '{"a": [1]', 1, 10, /end of file: "}" is missing/],
    ['a value missing at the end', '{"a":', 1, 6, /value is missing/],
    ['Windows line ends', '{\r\n  "a": 1,\r\n}', 3, 1, /trailing comma/],
    [
      'an error deep in a file',
      '{\n  "units": [\n    { "id": "a", },\n  ]\n}',
      3,
      18,
      /trailing comma/,
    ],
    [
      'a number longer than 400 digits',
      `[${'1'.repeat(500)}, x]`,
      1,
      504,
      /Unexpected character "x"/,
    ],
  ])('finds %s', (_name, text, line, column, message) => {
    expect(parses(text)).toBe(false);
    const at = locateJsonError(text);
    expect({ line: at.line, column: at.column }).toEqual({ line, column });
    expect(at.message).toMatch(message);
  });

  it('finds nothing wrong in valid JSON', () => {
    expect(locateJsonError('{"a": [1, -2.5e3, "x\\n", true, false, null, {}]}').message).toBe(
      'No error found',
    );
  });

  it.each([
    ['arrays', '['.repeat(100_000), 100_001],
    ['objects', '{"a":'.repeat(100_000), 500_001],
  ])('does not overflow on 100,000 nested %s', (_name, text, column) => {
    const at = locateJsonError(text);
    expect(at).toEqual({
      line: 1,
      column,
      message: 'Unexpected end of file: a value is missing',
      code: 'valueMissing',
      values: {},
    });
    const r = parseDocument(text);
    expect(r.ok).toBe(false);
    expect(r.ok ? undefined : r.problems[0]).toMatchObject({ line: 1, column });
  });

  it('agrees with JSON.parse on which texts are broken, and points inside the text', () => {
    const alphabet = fc.constantFrom(
      ...'{}[],:"0123456789-.eE \n\\tuaflsn'.split(''),
      'true',
      'null',
      '"a"',
      '\\u00e9',
    );
    const texts = fc.oneof(
      fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')),
      fc
        .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '[', '{'))
        .map(
          ([json, at, insert]) =>
            json.slice(0, at % (json.length + 1)) + insert + json.slice(at % (json.length + 1)),
        ),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const at = locateJsonError(text);
        if (parses(text)) {
          expect(at.message).toBe('No error found');
          return;
        }
        expect(at.message).not.toBe('No error found');
        const lines = text.split('\n');
        expect(at.line).toBeGreaterThanOrEqual(1);
        expect(at.line).toBeLessThanOrEqual(lines.length);
        expect(at.column).toBeGreaterThanOrEqual(1);
        expect(at.column).toBeLessThanOrEqual((lines[at.line - 1]?.length ?? 0) + 1);
      }),
      { numRuns: 2000 },
    );
  });
});
