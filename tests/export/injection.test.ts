// @vitest-environment jsdom
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  buildPdf,
  checklistBlocks,
  checklistHtml,
  checklistMarkdown,
  cleanText,
  diffMarkdown,
  escapeMarkdown,
  exportFileName,
  renderSvg,
  torDocumentBlocks,
  torMarkdown,
} from '../../src/export';
import type { ChecklistInput } from '../../src/export';
import { fixedT } from '../../src/i18n';
import {
  BUILT_IN_RULES,
  diffDocuments,
  docTitleIn,
  evaluate,
  LANGS,
  parseDocument,
  score,
  serializeDocument,
  structureMetrics,
  withPlacement,
} from '../../src/model';
import type { Lang, OrgDoc } from '../../src/model';
import { fit, HOSTILE, hostileDoc } from '../fixtures/injection';
import { DATE, stubSvgLayout } from './helpers';

// Node resolves svg2pdf.js to its UMD build; the ES build is what browsers get (as in pdf.test.ts).
vi.mock('svg2pdf.js', () => {
  const esBuild = 'svg2pdf.js/dist/svg2pdf.es.js';
  return import(/* @vite-ignore */ esBuild);
});

const report = (doc: OrgDoc): ChecklistInput => {
  const { findings, applicable } = evaluate(doc);
  const rules = BUILT_IN_RULES;
  return { doc, findings, score: score(doc, findings, rules, applicable), rules };
};
/** Text as the exports draw it, without white space (wrapping moves spaces, never characters). */
const squeeze = (s: string) => cleanText(s).replace(/\s+/g, '');
/**
 * The document as a French user's: the same hostile text in every French field (title,
 * description, unit and link labels, step texts), so the French exports read it from there.
 */
function inFrench(d: OrgDoc): OrgDoc {
  const units = Object.fromEntries(
    Object.entries(d.units).map(([id, u]) => [id, { ...u, labelFr: u.label }]),
  );
  const links = Object.fromEntries(
    Object.entries(d.links).map(([id, l]) => [id, { ...l, labelFr: l.label }]),
  );
  const steps = d.steps.map((st) => ({ ...st, titleFr: st.title, captionFr: st.caption }));
  return { ...d, titleFr: d.title, descriptionFr: d.description, units, links, steps };
}
const inLang = (d: OrgDoc, lang: Lang) => (lang === 'fr' ? inFrench(d) : d);
/** The same document with every hostile text replaced by a plain word: the shape to compare with. */
const BENIGN = hostileDoc(['benign']);
/** The document the change report starts from: same units and links, other words. */
const BEFORE = hostileDoc(['before']);

function elements(root: Element): Element[] {
  return [root, ...Array.from(root.querySelectorAll('*'))];
}

/** Nothing active: only the listed elements, no event handler, no link, no script URL. */
function expectInert(root: Element, allowed: readonly string[]): void {
  for (const e of elements(root)) {
    expect(allowed, `element <${e.localName}>`).toContain(e.localName);
    for (const a of Array.from(e.attributes)) {
      // No handler, and no attribute that loads or links anything (so no javascript: URL).
      expect(a.name.toLowerCase(), `attribute on <${e.localName}>`).not.toMatch(
        /^on|href$|^(src|action|formaction|data|style)$/,
      );
    }
  }
}

/**
 * Markdown whose user text stays text: every Markdown or HTML special character the text brought
 * is backslash-escaped or an entity, so the unescaped specials and the line structure are exactly
 * those of the same report over harmless text (no new tag, link, table, heading or list).
 */
function specials(md: string): string {
  let out = '';
  for (let i = 0; i < md.length; i++) {
    if (md[i] === '\\') i++;
    // Parentheses, "!" and a "#" inside a line do nothing without an unescaped "[" or a line start.
    else if ('<>[]`|*_~'.includes(md[i]!)) out += md[i];
    else if (md[i] === '&' && !/^&(amp|lt|gt);/.test(md.slice(i))) out += '&';
  }
  return out;
}
const shape = (md: string) => md.split('\n').map((l) => /^(#+ |- |\*\*|_|)/.exec(l)?.[1]);
function expectInertMarkdown(md: string, benign: string): void {
  expect(md).not.toMatch(/<[A-Za-z!/?]/);
  expect(shape(md)).toEqual(shape(benign));
  expect(specials(md)).toBe(specials(benign));
}

it('escapeMarkdown leaves no special character, line break or block start in any text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (s) => {
      const e = escapeMarkdown(s);
      expect(e).not.toMatch(/[<>\n\r]|^([+=#-]|\d+[.)])/);
      expect(specials(e)).toBe('');
    }),
    { numRuns: 500 },
  );
});

describe.each(HOSTILE)('hostile text: %s', (_name, s) => {
  const hostile = hostileDoc([s]);

  it('round-trips exactly through a saved file', () => {
    expect(parseDocument(serializeDocument(hostile))).toEqual({ ok: true, doc: hostile });
    const fr = inFrench(hostile);
    expect(parseDocument(serializeDocument(fr))).toEqual({ ok: true, doc: fr });
  });

  describe.each(LANGS)('in %s', (lang) => {
    const doc = inLang(hostile, lang);
    const benign = inLang(BENIGN, lang);

    it('stays text in the SVG, which is well-formed and inert', () => {
      const svg = renderSvg(withPlacement(doc), { date: DATE, lang }).svg;
      const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
      const root = parsed.documentElement;
      expectInert(root, ['svg', 'defs', 'marker', 'g', 'rect', 'path', 'text', 'tspan']);
      // The title (20 px, under the classification marking) wraps on two lines and ends with an
      // ellipsis if it is longer.
      const lines = root.querySelectorAll('[data-part="title-block"] text[font-size="20"]');
      const title = squeeze(Array.from(lines, (t) => t.textContent).join(''));
      const want = squeeze(docTitleIn(doc, lang));
      if (want.length <= 30) expect(title).toBe(want);
      else expect(want.startsWith(title.replace(/…$/, '').slice(0, 30)), title).toBe(true);
      // The card shows the start of the label, its characters as they were typed.
      const card = root.querySelector('[data-unit="joc-0"] text:last-of-type');
      const label = squeeze(card?.textContent ?? '').replace(/…$/, '');
      if (squeeze(s)) expect(squeeze(s).startsWith(label) && label.length > 0).toBe(true);
    });

    it('stays text in the terms of reference and the checklist report (Markdown)', () => {
      expectInertMarkdown(torMarkdown(doc, DATE, lang), torMarkdown(benign, DATE, lang));
      expectInertMarkdown(
        checklistMarkdown(report(doc), DATE, lang),
        checklistMarkdown(report(benign), DATE, lang),
      );
    });

    it('stays text in the change report (Markdown)', () => {
      const before = inLang(BEFORE, lang);
      const diff = (d: OrgDoc) =>
        diffMarkdown(
          before,
          d,
          diffDocuments(before, d),
          structureMetrics(before),
          structureMetrics(d),
          {
            lang,
          },
        );
      expectInertMarkdown(diff(doc), diff(benign));
    });

    it('stays text in the printable checklist page (HTML)', () => {
      const html = checklistHtml(report(doc), DATE, lang);
      const page = new DOMParser().parseFromString(html, 'text/html');
      const allowed = [
        'html',
        'head',
        'meta',
        'title',
        'style',
        'body',
        'h1',
        'h2',
        'h3',
        'p',
        'strong',
        'ul',
        'li',
      ];
      expectInert(page.documentElement, allowed);
      expect(page.documentElement.lang).toBe(lang);
      expect(page.querySelectorAll('style')).toHaveLength(1);
      expect(page.querySelector('meta[http-equiv="Content-Security-Policy"]')).not.toBeNull();
      const body = squeeze(page.body.textContent ?? '');
      expect(body).toContain(squeeze(fit(s, 300)));
      const title = fixedT(lang)('exportText.checklist.title', { title: docTitleIn(doc, lang) });
      expect(squeeze(page.title)).toBe(squeeze(title));
    });

    it('never reaches a download file name', () => {
      expect(exportFileName(docTitleIn(doc, lang), 'svg', DATE, lang)).toMatch(
        /^[a-z0-9-]+-2026-03-14\.svg$/,
      );
    });
  });
});

const PDFINFO = '/usr/bin/pdfinfo';
// pdfinfo and pdftotext come together in poppler-utils.
const FONTS = join(__dirname, '../../node_modules/dejavu-fonts-ttf/ttf');

describe('PDF of every hostile text at once', () => {
  beforeAll(stubSvgLayout);

  it.skipIf(!existsSync(PDFINFO)).each(LANGS)(
    'keeps title and author in their strings and carries no script or action (%s)',
    async (lang) => {
      // The short entries only: the PDF has to draw the organogram, which takes its time.
      const doc = withPlacement(
        inLang(hostileDoc(HOSTILE.filter(([, s]) => s.length < 200).map(([, s]) => s)), lang),
      );
      // Title and author go into the PDF's information dictionary as strings: give them the
      // break-out attempt itself.
      const breakOut = HOSTILE.find(([name]) => name === 'PDF break-out')![1];
      const title = `${doc.title} ${breakOut}`;
      const r = await buildPdf(
        [
          { kind: 'organogram', doc, svgOptions: { date: DATE } },
          { kind: 'text', blocks: checklistBlocks(report(doc), DATE, lang) },
          { kind: 'text', blocks: torDocumentBlocks(doc, DATE, lang) },
        ],
        {
          lang,
          title,
          author: breakOut,
          marking: doc.meta.classification,
          loadFont: async (w) =>
            readFileSync(join(FONTS, w === 'bold' ? 'DejaVuSans-Bold.ttf' : 'DejaVuSans.ttf')),
        },
      );
      const file = join(mkdtempSync(join(tmpdir(), 'poc-inject-')), 'hostile.pdf');
      writeFileSync(file, new Uint8Array(await r.blob.arrayBuffer()));
      // A string that broke out would cut these fields short or add an action; pdfinfo reads
      // them as a viewer does.
      const info = execFileSync(PDFINFO, [file], { encoding: 'utf8' });
      const field = (k: string) => new RegExp(`^${k}:\\s*(.*)$`, 'm').exec(info)?.[1];
      expect(field('Title')).toBe(cleanText(title));
      expect(field('Author')).toBe(breakOut);
      expect(field('JavaScript')).toBe('no');
      expect(execFileSync(PDFINFO, ['-js', file], { encoding: 'utf8' }).trim()).toBe('');
      // The catalogue opens the first page (a destination array), and does nothing else.
      const catalog = /\/Type \/Catalog([\s\S]*?)>>/.exec(readFileSync(file, 'latin1'))?.[1];
      expect(catalog?.replace(/\s+/g, ' ').trim()).toMatch(
        /^\/Pages \d+ 0 R \/OpenAction \[\d+ 0 R \/FitH null\] \/PageLayout \/OneColumn$/,
      );
      // The text pages hold the hostile text as text, parentheses and all.
      const text = execFileSync('/usr/bin/pdftotext', [file, '-'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'], // poppler warns about the CID font on stderr
      });
      expect(text.replace(/\s+/g, ' ')).toContain(breakOut);
      expect(text).toContain('<script>alert(1)</script>');
    },
  );
});
