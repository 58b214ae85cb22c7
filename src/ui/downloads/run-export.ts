import {
  buildPdf,
  checklistBlocks,
  checklistHtml,
  checklistMarkdown,
  exportFileName,
  exportPng,
  exportSvg,
  snapshotVisible,
  torDocumentBlocks,
  torMarkdown,
} from '../../export';
import type { PageFormat, PageOrientation, PngScale } from '../../export';
import { fixedT } from '../../i18n';
import { docTitleIn, serializeDocument } from '../../model';
import type { Lang, OrgDoc } from '../../model';
import type { Checklist } from '../../state';
import { download } from '../file-io';

export type ExportKind =
  'png' | 'svg' | 'pdf' | 'json' | 'tor' | 'checklist-md' | 'checklist-html' | 'pack';

export interface ExportSettings {
  selectionOnly: boolean;
  scale: PngScale;
  background: 'white' | 'transparent';
  whatYouSee: boolean;
  format: PageFormat;
  orientation: PageOrientation;
}

/** What the export dialogs start with: the whole chart, PNG at 2× on white, A4 landscape. */
export const DEFAULT_EXPORT_SETTINGS: ExportSettings = {
  selectionOnly: false,
  scale: 2,
  background: 'white',
  whatYouSee: false,
  format: 'a4',
  orientation: 'landscape',
};

/**
 * Builds one export in the app's language and offers it as a download named after the title (in
 * that language) and the date. Returns a notice for the user when something had to give (a
 * lowered PNG scale, a font).
 */
export async function runExport(
  kind: ExportKind,
  doc: OrgDoc,
  selection: readonly string[],
  checklist: Checklist,
  s: ExportSettings,
  lang: Lang = 'en',
): Promise<string | undefined> {
  const t = fixedT(lang);
  const title = docTitleIn(doc, lang);
  const name = (ext: string) => exportFileName(title, ext, new Date(), lang);
  // The exporter draws each link through the route auto-layout left on it.
  const svgOpts = s.selectionOnly && selection.length ? { selection, lang } : { lang };
  const report = {
    doc,
    findings: checklist.findings,
    score: checklist.score,
    rules: checklist.rules,
  };
  switch (kind) {
    case 'svg':
      download(new Blob([exportSvg(doc, svgOpts)], { type: 'image/svg+xml' }), name('svg'));
      return undefined;
    case 'png': {
      const el = document.querySelector<HTMLElement>('.react-flow');
      const r =
        s.whatYouSee && el
          ? await snapshotVisible(el, { scale: s.scale, background: s.background, lang })
          : await exportPng(doc, { ...svgOpts, scale: s.scale, background: s.background });
      download(r.blob, name('png'));
      return r.notice;
    }
    case 'pdf': {
      const r = await buildPdf([{ kind: 'organogram', doc, svgOptions: svgOpts }], {
        format: s.format,
        orientation: s.orientation,
        title,
        author: doc.meta.author,
        marking: doc.meta.classification,
        lang,
      });
      download(r.blob, name('pdf'));
      return r.notices.join(' ') || undefined;
    }
    case 'json':
      download(new Blob([serializeDocument(doc)], { type: 'application/json' }), name('json'));
      return undefined;
    case 'tor':
      download(
        new Blob([torMarkdown(doc, new Date(), lang)], { type: 'text/markdown' }),
        name(`${t('exportText.files.tor')}.md`),
      );
      return undefined;
    case 'checklist-md':
      download(
        new Blob([checklistMarkdown(report, new Date(), lang)], { type: 'text/markdown' }),
        name(`${t('exportText.files.checklist')}.md`),
      );
      return undefined;
    case 'checklist-html':
      download(
        new Blob([checklistHtml(report, new Date(), lang)], { type: 'text/html' }),
        name(`${t('exportText.files.checklist')}.html`),
      );
      return undefined;
    case 'pack': {
      const r = await buildPdf(
        [
          { kind: 'organogram', doc, svgOptions: { lang } },
          { kind: 'text', blocks: checklistBlocks(report, new Date(), lang) },
          { kind: 'text', blocks: torDocumentBlocks(doc, new Date(), lang) },
        ],
        {
          format: s.format,
          orientation: s.orientation,
          title: t('exportText.pack.title', { title }),
          author: doc.meta.author,
          marking: doc.meta.classification,
          lang,
        },
      );
      download(r.blob, name(`${t('exportText.files.pack')}.pdf`));
      return r.notices.join(' ') || undefined;
    }
  }
}
