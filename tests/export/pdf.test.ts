// @vitest-environment jsdom
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildPdf, exportPdf, forumIds, isWinAnsi, torDocumentBlocks } from '../../src/export';
import type { FontLoader } from '../../src/export';
import { findKind, withPlacement } from '../../src/model';
import { doc as makeDoc, link, unit } from '../fixtures/builders';
import { DATE, loadPreset, stubSvgLayout } from './helpers';

// Node resolves svg2pdf.js to its UMD build, which cannot load as a module; the ES build is the
// one browsers get through Vite.
vi.mock('svg2pdf.js', () => {
  const esBuild = 'svg2pdf.js/dist/svg2pdf.es.js';
  return import(/* @vite-ignore */ esBuild);
});

const PDFTOTEXT = '/usr/bin/pdftotext';
const hasPdftotext = existsSync(PDFTOTEXT);
if (!hasPdftotext)
  console.warn(
    'SKIPPED: pdftotext is missing (apt-get install -y poppler-utils); PDF text is not checked.',
  );

const FONT_DIR = join(__dirname, '../../node_modules/dejavu-fonts-ttf/ttf');
const loadFont: FontLoader = async (w) =>
  new Uint8Array(
    readFileSync(join(FONT_DIR, w === 'bold' ? 'DejaVuSans-Bold.ttf' : 'DejaVuSans.ttf')),
  );

const dir = mkdtempSync(join(tmpdir(), 'poc-pdf-'));

async function pdfText(blob: Blob, name: string): Promise<string> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, new Uint8Array(await blob.arrayBuffer()));
  const text = execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' });
  // Bidi marks that pdftotext adds around right-to-left runs, and the layout's spacing.
  return text.replace(/[\u200e\u200f\u202a-\u202e]/g, '').replace(/\s+/g, ' ');
}

beforeAll(stubSvgLayout);

describe('PDF', () => {
  it('knows which characters the standard fonts can write', () => {
    expect(isWinAnsi('Café — “quoted” … €')).toBe(true);
    expect(isWinAnsi('שלום')).toBe(false);
    expect(isWinAnsi('🛡️')).toBe(false);
  });

  it.skipIf(!hasPdftotext)('draws the organogram as vector text on one page', async () => {
    const d = loadPreset('handbook-2020');
    d.meta.classification = 'Unclassified';
    const notices: string[] = [];
    const blob = await exportPdf(d, { date: DATE, format: 'a3', onNotice: (m) => notices.push(m) });
    const text = await pdfText(blob, 'organogram');
    expect(text).toContain('2020 POC Handbook: three-level structure');
    expect(text).toContain('UNCLASSIFIED');
    expect(text).toContain('14 March 2026');
    for (const id of forumIds(d)) {
      const short = findKind(d.units[id]?.kind ?? '')?.short ?? '';
      expect(text, id).toContain(short);
    }
    expect(text).toContain('Reports to'); // the legend
    // A 4,000-pixel-wide chart on one page: the notice says the text is small.
    expect(notices.join(' ')).toMatch(/printed at \d+%/);
  });

  it.skipIf(!hasPdftotext)(
    'assembles a briefing pack: organogram, then terms of reference on text pages',
    async () => {
      const d = loadPreset('unmiss-ocwg');
      const r = await buildPdf(
        [
          { kind: 'organogram', doc: d, svgOptions: { date: DATE } },
          { kind: 'text', blocks: torDocumentBlocks(d, DATE) },
        ],
        { format: 'a4', marking: 'unclassified', loadFont },
      );
      expect(r.font).toBe('helvetica');
      expect(r.pages).toBeGreaterThan(2);
      const text = await pdfText(r.blob, 'pack');
      expect(text).toContain(d.title);
      for (const id of forumIds(d)) expect(text, id).toContain(d.units[id]?.label);
      expect(text).toContain('to be determined');
      expect(text.match(/UNCLASSIFIED/g)?.length).toBeGreaterThanOrEqual(2 * (r.pages - 1));
    },
  );

  it.skipIf(!hasPdftotext)(
    'embeds DejaVu Sans for right-to-left text and marks what the font lacks',
    async () => {
      const d = withPlacement(
        makeDoc(
          [
            unit('poc-wg', 'ar', { label: 'فريق العمل المعني بحماية المدنيين' }),
            unit('joc', 'he', { label: 'קבוצת עבודה להגנה' }),
            unit('jmac', 'em', { label: 'Shield 🛡 team' }),
            unit('cos', 'amp', { label: `<script>alert(1)</script> & "q" 'a'` }),
          ],
          [link('member-of', 'he', 'ar'), link('member-of', 'amp', 'ar')],
        ),
      );
      d.title = 'Прозрачность & <b>bold</b>';
      const r = await buildPdf(
        [
          { kind: 'organogram', doc: d, svgOptions: { date: DATE } },
          { kind: 'text', blocks: torDocumentBlocks(d, DATE) },
        ],
        { loadFont },
      );
      expect(r.font).toBe('dejavu');
      const text = await pdfText(r.blob, 'unicode');
      expect(text).toContain('Прозрачность & <b>bold</b>');
      expect(text).toContain('<script>alert(1)</script>');
      expect(text).toMatch(/קבוצת|תצובק/);
      expect(r.notices.join(' ')).toMatch(/not in the PDF font/);
      expect(text).toContain('Shield ? team');
    },
  );

  it.skipIf(!hasPdftotext)(
    'falls back to "?" with a notice when the font cannot load',
    async () => {
      const d = withPlacement(makeDoc([unit('joc', 'he', { label: 'שלום JOC' })]));
      const r = await buildPdf([{ kind: 'organogram', doc: d, svgOptions: { date: DATE } }], {
        loadFont: () => Promise.reject(new Error('offline')),
      });
      expect(r.font).toBe('helvetica');
      expect(r.notices.join(' ')).toMatch(/could not be loaded.*offline/);
      const text = await pdfText(r.blob, 'fallback');
      expect(text).toContain('???? JOC');
    },
  );

  it.skipIf(!hasPdftotext)('breaks long text across pages', async () => {
    const para = 'The forum meets weekly and reviews the threat picture. '.repeat(30);
    const r = await buildPdf([
      {
        kind: 'text',
        title: 'Long text',
        blocks: Array.from({ length: 20 }, (_, i) => [
          { type: 'heading' as const, level: 2 as const, text: `Section ${i + 1}` },
          { type: 'paragraph' as const, text: para },
          { type: 'bullets' as const, items: ['one', 'two'] },
        ]).flat(),
      },
    ]);
    expect(r.pages).toBeGreaterThan(3);
    const text = await pdfText(r.blob, 'long');
    expect(text).toContain('Section 20');
  });
});
