// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import '../setup-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import {
  diffDocuments,
  findKind,
  LINK_KIND_DEFS,
  structureMetrics,
  whatIfRemoved,
} from '../../src/model';
import type { OrgDoc } from '../../src/model';
import { fixedT, setLanguage } from '../../src/i18n';
import { storage } from '../../src/state';
import { kindText, linkKindText } from '../../src/i18n/catalogue-text';
import { wordIn } from '../../src/i18n/words-text';
import { ChangeList } from '../../src/ui/compare/ChangeList';
import { MetricsTable } from '../../src/ui/compare/MetricsTable';
import { metricRows } from '../../src/ui/compare/metric-rows';
import { sourceOptions } from '../../src/ui/compare/sources';
import { WhatIfFindings } from '../../src/ui/compare/WhatIfFindings';
import { doc, link, unit } from '../fixtures/builders';

// The Compare view in both languages: English exactly as before (end-to-end tests and trainers'
// habits rely on it), French from the interface text and the units' French labels.

const A = doc(
  [
    unit('hom', 'hom', { label: 'HOM', labelFr: 'CM' }),
    unit('poc-adviser', 'adv', {
      label: 'POC Adviser',
      labelFr: 'Conseiller PdC',
      isCoordinator: true,
    }),
    unit('joc', 'joc', { label: 'JOC' }),
    unit('field-office', 'north', { label: 'North', labelFr: 'Nord' }),
  ],
  [link('advises', 'adv', 'hom', { id: 'l1' }), link('feeds', 'joc', 'hom')],
);
const B = doc(
  [
    unit('hom', 'hom', { label: 'HOM', labelFr: 'CM' }),
    unit('poc-adviser', 'adv', { label: 'POC Unit', level: 'tactical', parent: 'north' }),
    unit('jmac', 'jmac', { label: 'JMAC' }),
    unit('field-office', 'north', { label: 'North', labelFr: 'Nord' }),
  ],
  [link('advises', 'adv', 'north', { id: 'l1' })],
);

const wrap = (node: ReactNode) => render(<MantineProvider env="test">{node}</MantineProvider>);
const entries = (name: string) =>
  within(screen.getByRole('region', { name }))
    .getAllByRole('button')
    .map((b) => b.textContent);
const short = (kind: string) => kindText(findKind(kind)!, 'short', 'fr');

afterEach(async () => {
  await setLanguage('en');
});

describe('the change list', () => {
  const diff = diffDocuments(A, B);

  it('reads as before in English', () => {
    wrap(<ChangeList a={A} b={B} diff={diff} onPick={() => {}} />);
    const list = screen.getByRole('region', { name: 'Changes' });
    expect(list.textContent).toContain(
      '1 units added, 1 removed, 1 changed; 0 links added, 1 removed, 1 re-pointed.',
    );
    expect(entries('Units added')).toEqual(['JMAC “JMAC”']);
    expect(entries('Units removed')).toEqual(['JOC “JOC”']);
    expect(entries('Units changed')).toEqual([
      'POC Adviser “POC Adviser”: label “POC Adviser” → “POC Unit”; container none → Field Office “North”; level “strategic” → “tactical”',
    ]);
    expect(entries('Links removed')).toEqual(['JOC feeds HOM']);
    expect(entries('Links re-pointed')).toEqual([
      'POC Adviser advises HOM: target HOM “HOM” → Field Office “North”',
    ]);
  });

  it('speaks French, with the units’ French labels', async () => {
    await setLanguage('fr');
    wrap(<ChangeList a={A} b={B} diff={diff} onPick={() => {}} />);
    const list = screen.getByRole('region', { name: 'Modifications' });
    expect(list.textContent).toContain('Unités ajoutées\u00a0: 1, supprimées\u00a0: 1');
    const advises = linkKindText(LINK_KIND_DEFS.advises, 'label', 'fr').toLowerCase();
    const level = (l: string) => wordIn('levels', l, l, 'fr').toLowerCase();
    expect(entries('Unités modifiées')).toEqual([
      `${short('poc-adviser')} «\u00a0Conseiller PdC\u00a0»\u00a0: ` +
        'libellé «\u00a0POC Adviser\u00a0» → «\u00a0POC Unit\u00a0»\u00a0; ' +
        `conteneur aucun → ${short('field-office')} «\u00a0Nord\u00a0»\u00a0; ` +
        `niveau «\u00a0${level('strategic')}\u00a0» → «\u00a0${level('tactical')}\u00a0»`,
    ]);
    expect(entries('Liens réorientés')).toEqual([
      `Conseiller PdC ${advises} CM\u00a0: cible ${short('hom')} «\u00a0CM\u00a0» → ${short('field-office')} «\u00a0Nord\u00a0»`,
    ]);
  });
});

describe('the metrics table', () => {
  const ma = structureMetrics(A);
  const mb = structureMetrics(B);

  it('keeps its English row names', () => {
    const names = metricRows(fixedT('en'), 'en').map((r) => r.name);
    expect(names.slice(0, 8)).toEqual([
      'Units',
      'Links',
      'Checklist score',
      'Centralisation index',
      'Forums at strategic level',
      'Forums at operational level',
      'Forums at tactical level',
      'Span of control',
    ]);
    expect(names).toContain('Units: Joint structures');
    expect(names).toContain('Field coverage: POC focal point');
  });

  it('is headed and filled in French, with French number conventions', async () => {
    await setLanguage('fr');
    wrap(<MetricsTable a={A} b={B} ma={ma} mb={mb} />);
    const table = screen.getByRole('region', { name: 'Indicateurs de structure' });
    expect(within(table).getByRole('columnheader', { name: 'Indicateur' })).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: /^Gauche\u00a0: / })).toBeTruthy();
    const row = within(table).getByRole('row', { name: /^Score de la liste de contrôle/ });
    expect(row.textContent).toMatch(/\d+ sur \d+ \(\d+\u00a0%\)/);
    const rows = metricRows(fixedT('fr'), 'fr');
    expect(rows.map((r) => r.name)).toContain('Couverture du terrain\u00a0: point focal PdC');
    const mean = rows
      .find((r) => r.id === 'span')!
      .value({ ...ma, spanOfControl: { max: 3, mean: 1.5, maxUnit: 'north', managers: 1 } }, A);
    expect(mean).toBe('max. 3 (Nord), moyenne 1,5');
  });
});

describe('what breaks', () => {
  it('titles the what-if document in both languages; the English is as before', () => {
    const d: OrgDoc = { ...A, titleFr: 'Organigramme d’essai' };
    const w = whatIfRemoved(d);
    expect(w.doc.title).toBe('Test organogram — without POC Adviser');
    expect(w.doc.titleFr).toBe('Organigramme d’essai — sans Conseiller PdC');
    // Without a French title, the French one starts from the English title.
    expect(whatIfRemoved(A).doc.titleFr).toBe('Test organogram — sans Conseiller PdC');
  });

  it('summarises the findings in French', async () => {
    const w = whatIfRemoved(A);
    wrap(<WhatIfFindings whatIf={w} before={A} />);
    const en = screen.getByRole('region', { name: 'What breaks' });
    const n = w.appeared.length;
    expect(en.textContent).toContain(
      `Without POC Adviser, the checklist finds ${n} new problem${n === 1 ? '' : 's'}. The saved organogram is unchanged.`,
    );
    expect(within(en).getByText('Findings that appear')).toBeTruthy();
    await setLanguage('fr');
    const fr = screen.getByRole('region', { name: 'Points de rupture' });
    expect(fr.textContent).toContain('Sans Conseiller PdC, la liste de contrôle relève');
    expect(within(fr).getByText('Constats qui apparaissent')).toBeTruthy();
  });
});

describe('the document pickers', () => {
  it('group and name the sources in the language asked for', async () => {
    const fr = await sourceOptions({ title: 'Draft', titleFr: 'Projet' }, 'fr');
    expect(fr[0]).toEqual({ value: 'current', label: 'Projet (ouvert)', group: 'Document ouvert' });
    expect(fr.at(-1)).toEqual({ value: 'file', label: 'Un fichier…', group: 'Fichier' });
    expect(fr.some((o) => o.group === 'Modèles')).toBe(true);
    const en = await sourceOptions({ title: 'Draft', titleFr: 'Projet' }, 'en');
    expect(en[0]).toEqual({ value: 'current', label: 'Draft (open now)', group: 'Open document' });
    expect(en.at(-1)).toEqual({ value: 'file', label: 'A file…', group: 'File' });
  });

  it('name a saved organogram by its French title in French', async () => {
    await storage.saveDoc({
      ...doc([]),
      id: 'saved-a',
      title: 'Sector plan',
      titleFr: 'Plan du secteur',
    });
    const label = async (lang: 'en' | 'fr') =>
      (await sourceOptions({ title: 'Draft' }, lang)).find((o) => o.value === 'saved:saved-a')
        ?.label;
    expect(await label('fr')).toBe('Plan du secteur');
    expect(await label('en')).toBe('Sector plan');
  });
});
