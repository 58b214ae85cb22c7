/**
 * Step-by-step migrations of organogram files. `MIGRATIONS[v]` turns a version-v file into a
 * version-(v+1) file; a file is walked up one step at a time until it reaches the current version.
 * Migrations work on plain JSON (before validation) and must not throw on odd input: they leave
 * what they do not understand for the schema check to report.
 */
type Json = Record<string, unknown>;

/** Version 1 wrote link kinds in snake case under `type` ("reports_to"); version 2 uses `kind` in kebab case. */
function v1ToV2(file: Json): Json {
  const links = Array.isArray(file.links)
    ? file.links.map((l: unknown) => {
        if (!l || typeof l !== 'object' || Array.isArray(l)) return l;
        const { type, ...rest } = l as Json;
        if (rest.kind === undefined && typeof type === 'string')
          rest.kind = type.replace(/_/g, '-');
        else if (type !== undefined) rest.type = type;
        return rest;
      })
    : file.links;
  return { ...file, format: file.format ?? 'poc-organogram', links, schemaVersion: 2 };
}

export const MIGRATIONS: Record<number, (file: Json) => Json> = {
  1: v1ToV2,
};

/** The oldest schema version this build can still open. */
export const OLDEST_SUPPORTED_VERSION = 1;

/** Runs every migration from `from` up to `to`. */
export function migrate(file: Json, from: number, to: number): Json {
  let cur = file;
  for (let v = from; v < to; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration from schema version ${v}`);
    cur = step(cur);
  }
  return cur;
}
