import { fillTemplate } from './template';

/** The English of each way JSON text can go wrong; `{{name}}` is filled from the error's values. */
export const JSON_ERRORS = {
  empty: 'The file is empty',
  valueMissing: 'Unexpected end of file: a value is missing',
  propertyName: 'Expected a property name in double quotes',
  propertyNameAfterComma: 'Expected a property name in double quotes (is there a trailing comma?)',
  colon: 'Expected ":" after a property name',
  trailingComma: 'Trailing comma before "]"',
  commaOrClose: 'Expected "," or "{{close}}"',
  closeMissing: 'Unexpected end of file: "{{close}}" is missing',
  unexpectedCharacter: 'Unexpected character {{character}}',
  textAfterEnd: 'Unexpected text after the end of the document',
  badUnicodeEscape: 'Bad \\u escape in a string',
  badEscape: 'Bad escape in a string',
  controlCharacter: 'Control character (such as a line break) inside a string',
  unterminatedString: 'Unterminated string',
  badNumber: 'Bad number',
  none: 'No error found',
} as const;

export type JsonErrorCode = keyof typeof JSON_ERRORS;

/** What is wrong, as a code and the characters its sentence quotes (languages word it themselves). */
export interface JsonError {
  code: JsonErrorCode;
  values: Readonly<Record<string, string>>;
}

/** Where JSON text goes wrong: line and column (from 1), the error, and its English sentence. */
export interface JsonErrorAt extends JsonError {
  line: number;
  column: number;
  message: string;
}

/**
 * Finds where a JSON text first goes wrong, as line and column (both from 1).
 * JSON.parse's messages differ between engines and some carry no position at all, so we scan
 * the text ourselves once JSON.parse has failed. Iterative, so deep nesting cannot overflow the stack.
 */
export function locateJsonError(text: string): JsonErrorAt {
  let i = 0;
  const n = text.length;
  const fail = (code: JsonErrorCode, values: Record<string, string> = {}): JsonErrorAt => {
    const at = Math.min(i, n);
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    const message = fillTemplate(JSON_ERRORS[code], values);
    return { line, column, message, code, values };
  };
  const ws = () => {
    while (i < n && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const str = (): JsonErrorCode | null => {
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
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return 'badUnicodeEscape';
          i += 6;
        } else if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else return 'badEscape';
      } else if (c.charCodeAt(0) < 0x20) return 'controlCharacter';
      else i++;
    }
    return 'unterminatedString';
  };
  const num = (): JsonErrorCode | null => {
    // Sticky, so it reads a number of any length in place without copying the rest of the text.
    const re = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) return 'badNumber';
    i += m[0].length;
    return null;
  };
  // Stack of containers: 'o' object, 'a' array. State machine over value positions.
  const stack: ('o' | 'a')[] = [];
  let expectValue = true;
  ws();
  if (i >= n) return fail('empty');
  for (;;) {
    ws();
    if (expectValue) {
      const c = text[i];
      if (c === undefined) return fail('valueMissing');
      if (c === '{') {
        i++;
        ws();
        if (text[i] === '}') {
          i++;
          expectValue = false;
          continue;
        }
        stack.push('o');
        if (text[i] !== '"') return fail('propertyName');
        const e = str();
        if (e) return fail(e);
        ws();
        if (text[i] !== ':') return fail('colon');
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
      let e: JsonErrorCode | null = null;
      if (c === '"') e = str();
      else if (c === '-' || (c >= '0' && c <= '9')) e = num();
      else if (text.startsWith('true', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (text.startsWith('null', i)) i += 4;
      else return fail('unexpectedCharacter', { character: JSON.stringify(c) });
      if (e) return fail(e);
      expectValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) {
      if (i < n) return fail('textAfterEnd');
      return fail('none');
    }
    const c = text[i];
    if (c === ',') {
      i++;
      ws();
      if (top === 'o') {
        if (text[i] !== '"') return fail('propertyNameAfterComma');
        const e = str();
        if (e) return fail(e);
        ws();
        if (text[i] !== ':') return fail('colon');
        i++;
      } else if (text[i] === ']') return fail('trailingComma');
      expectValue = true;
      continue;
    }
    if ((c === '}' && top === 'o') || (c === ']' && top === 'a')) {
      i++;
      stack.pop();
      continue;
    }
    if (c === undefined) return fail('closeMissing', { close: top === 'o' ? '}' : ']' });
    return fail('commaOrClose', { close: top === 'o' ? '}' : ']' });
  }
}
