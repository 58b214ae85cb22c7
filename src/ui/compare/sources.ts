import { docTitleIn } from '../../model';
import type { Lang, OrgDoc } from '../../model';
import { fixedT, problemText } from '../../i18n';
import { laidOut, needsLayout } from '../../editor';
import { openPreset, presets, storage } from '../../state';
import { pickFile, readOrgFile } from '../file-io';

/** Where a compared document comes from: the open one, a preset, a saved one, or a file. */
export interface SourceOption {
  value: string;
  label: string;
  group: string;
}

/** Every document the Compare view can show, grouped for the picker, each titled in a language. */
export async function sourceOptions(
  current: Pick<OrgDoc, 'title' | 'titleFr'>,
  lang: Lang,
): Promise<SourceOption[]> {
  const t = fixedT(lang);
  const saved = await storage.listDocs().catch(() => []);
  const presetGroup = t('compare.source.presets');
  const savedGroup = t('compare.source.myOrganograms');
  return [
    {
      value: 'current',
      label: t('compare.source.openNow', { title: docTitleIn(current, lang) }),
      group: t('compare.source.openDocument'),
    },
    ...presets().map((p) => ({
      value: `preset:${p.id}`,
      label: docTitleIn(p.doc, lang),
      group: presetGroup,
    })),
    ...saved.map((s) => ({
      value: `saved:${s.id}`,
      label: docTitleIn(s, lang),
      group: savedGroup,
    })),
    { value: 'file', label: t('compare.source.aFile'), group: t('compare.source.file') },
  ];
}

export type Loaded = { ok: true; doc: OrgDoc } | { ok: false; message: string } | undefined;

/**
 * Loads the document behind a source value; presets come laid out. A file that fails its checks
 * gives a message and changes nothing; a cancelled file choice gives undefined.
 */
export async function loadSource(value: string, current: OrgDoc, lang: Lang): Promise<Loaded> {
  const t = fixedT(lang);
  let doc: OrgDoc | undefined;
  if (value === 'current') doc = current;
  else if (value.startsWith('preset:')) doc = openPreset(value.slice(7));
  else if (value.startsWith('saved:')) doc = await storage.loadDoc(value.slice(6));
  else if (value === 'file') {
    const f = await pickFile();
    if (!f) return undefined;
    const r = await readOrgFile(f);
    if (!r.ok) {
      const first = r.problems[0];
      return {
        ok: false,
        message: t('compare.source.notOpened', {
          name: f.name,
          problem: first ? problemText(first, lang) : t('compare.source.notOrganogram'),
        }),
      };
    }
    doc = r.doc;
  }
  if (!doc) return { ok: false, message: t('compare.source.unreadable') };
  return { ok: true, doc: needsLayout(doc) ? await laidOut(doc) : doc };
}
