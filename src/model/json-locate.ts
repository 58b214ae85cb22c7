/**
 * Finds where a JSON text first goes wrong, as line and column (both from 1).
 * JSON.parse's messages differ between engines and some carry no position at all, so we scan
 * the text ourselves once JSON.parse has failed. Iterative, so deep nesting cannot overflow the stack.
 */
export function locateJsonError(text: string): { line: number; column: number; message: string } {
  let i = 0;
  const n = text.length;
  const fail = (message: string) => {
    const at = Math.min(i, n);
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    return { line, column, message };
  };
  const ws = () => {
    while (i < n && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const str = (): string | null => {
    i++; // opening quote
    while (i < n) {
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return null;
      }
      if (c === '\\') {
        const e = text[i + 1] ?? '';
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            return 'Bad \\u escape in a string';
          i += 6;
        } else if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else return 'Bad escape in a string';
      } else if (c.charCodeAt(0) < 0x20)
        return 'Control character (such as a line break) inside a string';
      else i++;
    }
    return 'Unterminated string';
  };
  const num = (): string | null => {
    // Sticky, so it reads a number of any length in place without copying the rest of the text.
    const re = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) return 'Bad number';
    i += m[0].length;
    return null;
  };
  // Stack of containers: 'o' object, 'a' array. State machine over value positions.
  const stack: ('o' | 'a')[] = [];
  let expectValue = true;
  ws();
  if (i >= n) return fail('The file is empty');
  for (;;) {
    ws();
    if (expectValue) {
      const c = text[i];
      if (c === undefined) return fail('Unexpected end of file: a value is missing');
      if (c === '{') {
        i++;
        ws();
        if (text[i] === '}') {
          i++;
          expectValue = false;
          continue;
        }
        stack.push('o');
        if (text[i] !== '"') return fail('Expected a property name in double quotes');
        const e = str();
        if (e) return fail(e);
        ws();
        if (text[i] !== ':') return fail('Expected ":" after a property name');
        i++;
        continue;
      }
      if (c === '[') {
        i++;
        ws();
        if (text[i] === ']') {
          i++;
          expectValue = false;
          continue;
        }
        stack.push('a');
        continue;
      }
      let e: string | null = null;
      if (c === '"') e = str();
      else if (c === '-' || (c >= '0' && c <= '9')) e = num();
      else if (text.startsWith('true', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (text.startsWith('null', i)) i += 4;
      else e = `Unexpected character ${JSON.stringify(c)}`;
      if (e) return fail(e);
      expectValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) {
      if (i < n) return fail('Unexpected text after the end of the document');
      return fail('No error found');
    }
    const c = text[i];
    if (c === ',') {
      i++;
      ws();
      if (top === 'o') {
        if (text[i] !== '"')
          return fail('Expected a property name in double quotes (is there a trailing comma?)');
        const e = str();
        if (e) return fail(e);
        ws();
        if (text[i] !== ':') return fail('Expected ":" after a property name');
        i++;
      } else if (text[i] === ']') return fail('Trailing comma before "]"');
      expectValue = true;
      continue;
    }
    if ((c === '}' && top === 'o') || (c === ']' && top === 'a')) {
      i++;
      stack.pop();
      continue;
    }
    if (c === undefined)
      return fail(`Unexpected end of file: "${top === 'o' ? '}' : ']'}" is missing`);
    return fail(`Expected "," or "${top === 'o' ? '}' : ']'}"`);
  }
}
