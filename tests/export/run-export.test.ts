// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { withPlacement } from '../../src/model';
import type { Lang } from '../../src/model';
import { checklistOf } from '../../src/state';
import { DEFAULT_EXPORT_SETTINGS, runExport } from '../../src/ui/downloads/run-export';
import type { ExportKind, ExportSettings } from '../../src/ui/downloads/run-export';
import { doc as makeDoc, unit } from '../fixtures/builders';

// The Export menu hands the app's language to every export and to the file name.

const saved: { blob: Blob; name: string }[] = [];
vi.mock('../../src/ui/file-io', () => ({
  download: (blob: Blob, name: string) => saved.push({ blob, name }),
}));

const D = withPlacement({
  ...makeDoc([
    unit('poc-wg', 'wg', { label: 'POC Working Group', labelFr: 'Groupe de travail PdC' }),
  ]),
  title: 'POC architecture',
  titleFr: 'Architecture de la PdC',
});
const SETTINGS: ExportSettings = DEFAULT_EXPORT_SETTINGS;

async function run(kind: ExportKind, lang?: Lang): Promise<{ text: string; name: string }> {
  saved.length = 0;
  await runExport(kind, D, [], checklistOf(D), SETTINGS, lang);
  const out = saved[0]!;
  return { text: await out.blob.text(), name: out.name };
}

const DAY = '\\d{4}-\\d\\d-\\d\\d';

describe('runExport', () => {
  beforeEach(() => {
    saved.length = 0;
  });

  it.each([
    ['tor', `architecture-de-la-pdc-${DAY}\\.tdr\\.md`, 'Termes de référence'],
    ['checklist-md', `architecture-de-la-pdc-${DAY}\\.liste-de-controle\\.md`, 'Score global'],
    ['checklist-html', `architecture-de-la-pdc-${DAY}\\.liste-de-controle\\.html`, 'lang="fr"'],
    ['svg', `architecture-de-la-pdc-${DAY}\\.svg`, 'Groupe de travail PdC'],
  ] as const)('writes %s in French under a French name', async (kind, name, word) => {
    const r = await run(kind, 'fr');
    expect(r.name).toMatch(new RegExp(`^${name}$`));
    expect(r.text).toContain(word);
    expect(r.text).toContain('Architecture de la PdC');
  });

  it.each([
    ['tor', `poc-architecture-${DAY}\\.tor\\.md`, 'Terms of reference'],
    ['checklist-md', `poc-architecture-${DAY}\\.checklist\\.md`, 'Overall score'],
    ['checklist-html', `poc-architecture-${DAY}\\.checklist\\.html`, 'lang="en"'],
    ['svg', `poc-architecture-${DAY}\\.svg`, 'POC Working Group'],
  ] as const)('writes %s in English by default, as before', async (kind, name, word) => {
    const r = await run(kind);
    expect(r.name).toMatch(new RegExp(`^${name}$`));
    expect(r.text).toContain(word);
    expect(r.text).not.toContain('Architecture de la PdC');
  });
});
