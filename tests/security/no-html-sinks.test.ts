import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The app never turns text into markup or code: React renders every label as text, the exports
 * escape what they write, and nothing evaluates strings. This keeps it that way by refusing the
 * APIs that would undo it anywhere in src/. (The Content-Security-Policy of the built page,
 * script-src 'self' without 'unsafe-eval', would also stop eval and new Function at run time.)
 */

const SRC = join(__dirname, '../../src');

/** Each sink, with a line that uses it (to prove the pattern catches it). */
const SINKS: [name: string, pattern: RegExp, example: string][] = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/, '<p dangerouslySetInnerHTML={x} />'],
  ['innerHTML =', /\.innerHTML\s*\+?=(?!=)/, 'el.innerHTML += s;'],
  ['outerHTML', /\.outerHTML\b/, 'const h = el.outerHTML;'],
  ['insertAdjacentHTML', /\.insertAdjacentHTML\b/, "el.insertAdjacentHTML('beforeend', s);"],
  ['document.write', /\bdocument\.write(?:ln)?\s*\(/, 'document.write(s);'],
  ['eval(', /(?<![.\w])eval\s*\(/, 'eval(s);'],
  ['new Function(', /\bnew\s+Function\s*\(/, "new Function('return 1');"],
  ['a string as timer code', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/, "setTimeout('f()', 9);"],
  ['createContextualFragment', /\.createContextualFragment\b/, 'r.createContextualFragment(s);'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|jsx|mjs)$/.test(e.name) ? [path] : [];
  });
}

/** The source without comments, so a comment that names a sink (as this file does) is no finding. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

describe('no HTML or code sinks in src/', () => {
  const files = sourceFiles(SRC);

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.endsWith('main.tsx'))).toBe(true);
  });

  it.each(SINKS)('no file uses %s', (_name, pattern) => {
    const hits = files.flatMap((f) =>
      code(readFileSync(f, 'utf8'))
        .split('\n')
        .flatMap((line, i) =>
          pattern.test(line) ? [`${relative(SRC, f)}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(hits).toEqual([]);
  });

  it.each(SINKS)('would catch %s', (_name, pattern, example) => {
    expect(pattern.test(example)).toBe(true);
  });

  it('does not mistake a comparison or a method for a sink', () => {
    expect(SINKS[1]![1].test('if (el.innerHTML === s) el.innerHTML2 = 1')).toBe(false);
    expect(SINKS[5]![1].test('rules.evaluate(doc); retrieval(x); x.eval(y)')).toBe(false);
  });
});
