import type { z } from 'zod';
import { checkIntegrity, toDoc } from './integrity';
import type { Problem } from './integrity';
import { locateJsonError } from './json-locate';
import { migrate, OLDEST_SUPPORTED_VERSION } from './migrations';
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
    return { ok: false, problems: [{ message: `The file could not be read: ${String(e)}` }] };
  }
}

function parseUnsafe(text: string): ParseResult {
  if (text.length > MAX_FILE_BYTES)
    return fail({
      message: `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB and was not opened.`,
    });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const at = locateJsonError(text);
    return fail({
      message: `Not valid JSON: ${at.message} (line ${at.line}, column ${at.column}).`,
      line: at.line,
      column: at.column,
    });
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return fail({ message: 'This is not an organogram file: expected a JSON object.' });
  const obj = raw as Record<string, unknown>;
  const version = obj.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version))
    return fail({
      path: 'schemaVersion',
      message: 'This is not an organogram file: it has no schemaVersion.',
    });
  if (version > SCHEMA_VERSION)
    return fail({
      path: 'schemaVersion',
      message: `This file was saved by a newer version of the app (schema ${version}); this version reads schema ${SCHEMA_VERSION} and older. Update the app to open it.`,
    });
  if (version < OLDEST_SUPPORTED_VERSION)
    return fail({
      path: 'schemaVersion',
      message: `Schema version ${version} is too old to open.`,
    });
  if (version === SCHEMA_VERSION && obj.format !== FILE_FORMAT)
    return fail({
      path: 'format',
      message: `This is not an organogram file: "format" must be "${FILE_FORMAT}".`,
    });
  const current = version < SCHEMA_VERSION ? migrate(obj, version, SCHEMA_VERSION) : obj;
  const parsed = OrgFileSchema.safeParse(current);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const problems = checkIntegrity(parsed.data);
  if (problems.length > 0) return { ok: false, problems };
  const doc = toDoc(parsed.data);
  return version < SCHEMA_VERSION ? { ok: true, doc, migratedFrom: version } : { ok: true, doc };
}

function fail(p: Problem): ParseResult {
  return { ok: false, problems: [p] };
}

function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.slice(0, 50).map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
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
