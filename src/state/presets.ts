import { MODELS, parseDocument } from '../model';
import type { CoordinationModel, OrgDoc } from '../model';

// Preset files are bundled as text and read through the same parser as a user's file,
// so a preset that the parser would refuse can never ship.
const files = import.meta.glob(['../../presets/*.json', '!../../presets/*.schema.json'], {
  eager: true,
  query: '?raw',
  import: 'default',
}) as Record<string, string>;

/** A preset organogram from the study, ready to open. */
export interface Preset {
  id: string;
  /** The file's text, as shipped. */
  text: string;
  doc: OrgDoc;
}

function load(): Preset[] {
  const out: Preset[] = [];
  for (const [path, text] of Object.entries(files)) {
    if (path.endsWith('.schema.json')) continue;
    const r = parseDocument(text);
    if (!r.ok)
      throw new Error(
        `Preset ${path} is invalid: ${r.problems.map((p) => `${p.path ?? ''} ${p.message}`).join('; ')}`,
      );
    out.push({ id: r.doc.id, text, doc: r.doc });
  }
  return out.sort(
    (a, b) => ORDER.indexOf(a.doc.model ?? 'custom') - ORDER.indexOf(b.doc.model ?? 'custom'),
  );
}

// Gallery order: the blank template first, then the models in the order the schema lists them.
const ORDER: readonly CoordinationModel[] = ['template', ...MODELS.filter((m) => m !== 'template')];

let cache: Preset[] | undefined;

/** Every shipped preset, in gallery order. */
export function presets(): Preset[] {
  cache ??= load();
  return cache;
}

/** A preset's document, as shipped (without positions: the app lays it out when it opens). */
export function openPreset(id: string): OrgDoc | undefined {
  return presets().find((x) => x.id === id)?.doc;
}
