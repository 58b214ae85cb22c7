// @vitest-environment jsdom
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildPdf, checklistBlocks, torDocumentBlocks } from '../../src/export';
import { BUILT_IN_RULES, evaluate, score, withPlacement } from '../../src/model';
import { doc as makeDoc, link, unit } from '../fixtures/builders';
import { DATE, stubSvgLayout } from './helpers';

// The PDF in French: the organogram's title block and legend, the text pages, the metadata and
// the notices. English PDFs are covered by pdf.test.ts.

// Node resolves svg2pdf.js to its UMD build; the ES build is what browsers get (as in pdf.test.ts).
vi.mock('svg2pdf.js', () => {
  const esBuild = 'svg2pdf.js/dist/svg2pdf.es.js';
  return import(/* @vite-ignore */ esBuild);
});

const PDFTOTEXT = '/usr/bin/pdftotext';
const PDFINFO = '/usr/bin/pdfinfo';
const dir = mkdtempSync(join(tmpdir(), 'poc-pdf-fr-'));

beforeAll(stubSvgLayout);

/** A French chart two units wide but 5,000 px across, with one Hebrew label. */
function wideChart() {
  const d = makeDoc(
    [
      unit('hom', 'hom', { label: 'Head of Mission', labelFr: 'Cheffe de mission' }),
      unit('poc-wg', 'wg', {
        label: 'POC Working Group',
        labelFr: 'Groupe de travail PdC',
        position: { x: 5000, y: 0 },
      }),
      unit('joc', 'he', { label: 'שלום JOC', position: { x: 2500, y: 0 } }),
    ],
    [link('chairs', 'hom', 'wg')],
  );
  return withPlacement({ ...d, titleFr: 'Architecture PdC' });
}

describe.skipIf(!existsSync(PDFTOTEXT) || !existsSync(PDFINFO))('PDF in French', () => {
  it('writes the organogram, the text pages, the metadata and the notices in French', async () => {
    const d = wideChart();
    const { findings, applicable } = evaluate(d);
    const input = {
      doc: d,
      findings,
      score: score(d, findings, BUILT_IN_RULES, applicable),
      rules: BUILT_IN_RULES,
    };
    const r = await buildPdf(
      [
        { kind: 'organogram', doc: d, svgOptions: { date: DATE } },
        { kind: 'text', blocks: checklistBlocks(input, DATE, 'fr') },
        { kind: 'text', blocks: torDocumentBlocks(d, DATE, 'fr') },
      ],
      { lang: 'fr', loadFont: () => Promise.reject(new Error('hors ligne')) },
    );
    const file = join(dir, 'fr.pdf');
    writeFileSync(file, new Uint8Array(await r.blob.arrayBuffer()));
    const text = execFileSync(PDFTOTEXT, [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    // The organogram page takes the PDF's language when its own options name none.
    for (const word of [
      'Architecture PdC',
      '14 mars 2026',
      'Cheffe de mission',
      'LIENS',
      'présidence',
      'Rapport sur la liste de contrôle',
      'Score global :',
      'Termes de référence',
      'Présidence :',
      'à déterminer',
    ])
      expect(text, word).toContain(word);
    for (const word of ['LINKS', 'March', 'Overall score', 'Terms of reference', 'Chair:'])
      expect(text, word).not.toContain(word);
    const info = execFileSync(PDFINFO, [file], { encoding: 'utf8' });
    expect(info).toMatch(/^Subject:\s*Structure de coordination de la protection des civils$/m);
    expect(info).toMatch(/^Creator:\s*Concepteur d’organigrammes PdC$/m);
    expect(info).toMatch(/^Title:\s*Organigramme$/m);
    const notices = r.notices.join(' ');
    expect(notices).toContain('La police du PDF n’a pas pu être chargée (Error: hors ligne)');
    expect(notices).toMatch(/\d+ caractères hors des alphabets d’Europe occidentale s’affichent/);
    expect(notices).toMatch(/imprimé à \d+\u00a0% pour tenir sur une page A4/);
    expect(notices).not.toMatch(/could not|outside|printed/);
  });
});
