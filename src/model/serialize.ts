import { checkIntegrity, toDoc } from './integrity';
import { locateJsonError } from './json-locate';
import { migrate, OLDEST_SUPPORTED_VERSION } from './migrations';
import { problem } from './problems';
import type { Problem, ProblemCode, ProblemPlace, ProblemValues } from './problems';
import { schemaProblems } from './schema-issue';
import { FILE_FORMAT, OrgFileSchema, SCHEMA_VERSION } from './schema';
import type { OrgDoc, OrgFile } from './schema';

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type ParseResult =
  { ok: true; doc: OrgDoc; migratedFrom?: number } | { ok: false; problems: Problem[] };

/**
 * Reads an organogram file. Never throws and never touches any open document: it returns either
 * a document or the list of problems a user can act on.
 * @example const r = parseDocument(text); if (r.ok) open(r.doc); else show(r.problems);
 */
export function parseDocument(text: string): ParseResult {
  try {
    return parseUnsafe(text);
  } catch (e) {
    return fail('unreadable', { error: String(e) });
  }
}

function parseUnsafe(text: string): ParseResult {
  if (text.length > MAX_FILE_BYTES) return fail('tooLarge', { max: MAX_FILE_BYTES / 1024 / 1024 });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const { code, values, line, column } = locateJsonError(text);
    return fail('notJson', { detail: { json: { code, values } }, line, column }, { line, column });
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail('notObject');
  const obj = raw as Record<string, unknown>;
  const version = obj.schemaVersion;
  const at = { path: 'schemaVersion' };
  if (typeof version !== 'number' || !Number.isInteger(version))
    return fail('noSchemaVersion', {}, at);
  if (version > SCHEMA_VERSION)
    return fail('newerSchema', { version, current: SCHEMA_VERSION }, at);
  if (version < OLDEST_SUPPORTED_VERSION) return fail('tooOld', { version }, at);
  if (version === SCHEMA_VERSION && obj.format !== FILE_FORMAT)
    return fail('wrongFormat', { format: FILE_FORMAT }, { path: 'format' });
  const current = version < SCHEMA_VERSION ? migrate(obj, version, SCHEMA_VERSION) : obj;
  // The input is reported only so an issue can name the type it received; it is not kept.
  const parsed = OrgFileSchema.safeParse(current, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error, 50) };
  const problems = checkIntegrity(parsed.data);
  if (problems.length > 0) return { ok: false, problems };
  const doc = toDoc(parsed.data);
  return version < SCHEMA_VERSION ? { ok: true, doc, migratedFrom: version } : { ok: true, doc };
}

function fail(code: ProblemCode, values?: ProblemValues, place?: ProblemPlace): ParseResult {
  return { ok: false, problems: [problem(code, values, place)] };
}

/** The problem of a file refused for its size before it is read (the interface checks sizes). */
export function fileTooLarge(name: string, bytes: number): Problem {
  const mb = (n: number, digits: number) => ({ amount: n / 1024 / 1024, digits });
  return problem('fileTooLarge', { name, size: mb(bytes, 1), max: mb(MAX_FILE_BYTES, 0) });
}

/** The problem of a file the browser could not read, with the browser's own error. */
export function fileUnreadable(name: string, error: unknown): Problem {
  return problem('fileUnreadable', { name, error: String(error) });
}

/**
 * Memory form to file form, in a stable field order. Steps go last, after the chart they walk
 * through, whatever order the document object happens to hold its keys in.
 */
export function toFile(doc: OrgDoc, schemaRef?: string): OrgFile {
  const { units, links, steps, ...rest } = doc;
  return {
    ...(schemaRef ? { $schema: schemaRef } : {}),
    format: FILE_FORMAT,
    ...rest,
    schemaVersion: SCHEMA_VERSION,
    units: Object.values(units),
    links: Object.values(links),
    steps,
  };
}

/** The document as file text (pretty-printed JSON). */
export function serializeDocument(doc: OrgDoc, schemaRef?: string): string {
  return `${JSON.stringify(toFile(doc, schemaRef), null, 2)}\n`;
}
