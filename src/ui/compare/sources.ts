import type { OrgDoc } from '../../model';
import { laidOut, needsLayout } from '../../editor';
import { openPreset, presets, storage } from '../../state';
import { pickFile, readOrgFile } from '../file-io';

/** Where a compared document comes from: the open one, a preset, a saved one, or a file. */
export interface SourceOption {
  value: string;
  label: string;
  group: string;
}

/** Every document the Compare view can show, grouped for the picker. */
export async function sourceOptions(currentTitle: string): Promise<SourceOption[]> {
  const saved = await storage.listDocs().catch(() => []);
  return [
    { value: 'current', label: `${currentTitle} (open now)`, group: 'Open document' },
    ...presets().map((p) => ({ value: `preset:${p.id}`, label: p.doc.title, group: 'Presets' })),
    ...saved.map((s) => ({ value: `saved:${s.id}`, label: s.title, group: 'My organograms' })),
    { value: 'file', label: 'A file…', group: 'File' },
  ];
}

export type Loaded = { ok: true; doc: OrgDoc } | { ok: false; message: string } | undefined;

/**
 * Loads the document behind a source value; presets come laid out. A file that fails its checks
 * gives a message and changes nothing; a cancelled file choice gives undefined.
 */
export async function loadSource(value: string, current: OrgDoc): Promise<Loaded> {
  let doc: OrgDoc | undefined;
  if (value === 'current') doc = current;
  else if (value.startsWith('preset:')) doc = openPreset(value.slice(7));
  else if (value.startsWith('saved:')) doc = await storage.loadDoc(value.slice(6));
  else if (value === 'file') {
    const f = await pickFile();
    if (!f) return undefined;
    const r = await readOrgFile(f);
    if (!r.ok)
      return {
        ok: false,
        message: `${f.name} could not be opened: ${r.problems[0]?.message ?? 'not an organogram'}`,
      };
    doc = r.doc;
  }
  if (!doc) return { ok: false, message: 'That organogram could not be read.' };
  return { ok: true, doc: needsLayout(doc) ? await laidOut(doc) : doc };
}
