import { describe, expect, it } from 'vitest';
import {
  checklistHtml,
  checklistMarkdown,
  diffMarkdown,
  exportFileName,
  formatDate,
  renderSvg,
  scaleNotice,
  torMarkdown,
} from '../../src/export';
import type { ChecklistInput } from '../../src/export';
import { fixedT } from '../../src/i18n';
import { categoryText, kindText, linkKindText } from '../../src/i18n/catalogue-text';
import { findingMessage, groupText, ruleText } from '../../src/i18n/rule-text';
import { wordIn } from '../../src/i18n/words-text';
import {
  BUILT_IN_RULES,
  CATEGORY_LABELS,
  diffDocuments,
  evaluate,
  findKind,
  FREQUENCY_WORDS,
  GROUPS,
  isManual,
  LINK_KIND_DEFS,
  score,
  structureMetrics,
  withPlacement,
} from '../../src/model';
import type { Lang, OrgDoc, UnitKind } from '../../src/model';
import { doc as makeDoc, link, unit } from '../fixtures/builders';
import { DATE } from './helpers';
import { parseSvg, textOf } from './svg-helpers';

// Every export in French: the fixed words from exportText.json, the data in French (catalogue,
// word tables, rules) and the user's French labels and title. English output is covered, byte
// for byte, by the other tests in this folder; here English only has to be the default.

const NBSP = '\u00a0';
const derived = { status: 'reconstructed' as const };

/** A small bilingual chart: a coordinator, a forum with terms of reference, a field office. */
function bilingual(): OrgDoc {
  const d = makeDoc(
    [
      unit('mission-hq', 'hq', { label: 'Mission HQ', labelFr: 'QG de la mission' }),
      unit('hom', 'hom', {
        label: 'Head of Mission',
        labelFr: 'Cheffe de mission',
        parent: 'hq',
        isCoordinator: true,
        provenance: derived,
      }),
      unit('poc-wg', 'wg', {
        label: 'POC Working Group',
        labelFr: 'Groupe de travail PdC',
        parent: 'hq',
        provenance: derived,
        tor: {
          frequency: 'weekly',
          functions: ['analysis'],
          decisionRights: 'advisory',
          delegatedByHOM: true,
        },
      }),
      unit('joc', 'joc', { label: 'Joint Operations Centre', labelFr: 'Centre des opérations' }),
      unit('field-office', 'fo', { label: 'Field Office North', labelFr: 'Bureau Nord' }),
      unit('ocha', 'ocha', { label: 'OCHA', parent: 'fo' }),
    ],
    [
      link('chairs', 'hom', 'wg'),
      link('member-of', 'joc', 'wg'),
      link('feeds', 'joc', 'wg', { label: 'alerts', labelFr: 'alertes' }),
      link('escalates-to', 'wg', 'hom'),
      link('reports-to', 'joc', 'hom'),
    ],
  );
  return withPlacement({ ...d, titleFr: 'Architecture PdC', descriptionFr: 'Description' });
}

const D = bilingual();
/** The same chart a little changed: one unit gone, one link gone, a unit renamed. */
const D2: OrgDoc = (() => {
  const units = { ...D.units };
  delete units.ocha;
  units.joc = { ...D.units.joc!, label: 'JOC', labelFr: 'JOC (Centre)' };
  const links = { ...D.links };
  delete links['joc>hom:reports-to'];
  return { ...D, units, links };
})();

const report = (d: OrgDoc): ChecklistInput => {
  const { findings, applicable } = evaluate(d);
  return {
    doc: d,
    findings,
    score: score(d, findings, BUILT_IN_RULES, applicable),
    rules: BUILT_IN_RULES,
  };
};

const fr = fixedT('fr');
/** A group the report always shows (it asks manual questions), and the report's first finding. */
const GROUP = GROUPS.find((g) => BUILT_IN_RULES.some((r) => r.group === g.id && isManual(r)))!;
const FINDING = report(D).findings[0]!;
const FINDING_RULE = BUILT_IN_RULES.find((r) => r.id === FINDING.ruleId)!;
const kind = (id: string) => findKind(id) as UnitKind;

interface Case {
  name: string;
  /** The export as text (the SVG's drawn text, so XML escapes do not hide words). */
  make: (lang?: Lang) => string;
  /** Words the French export must hold. */
  french: string[];
  /** English fixed words that must be gone from it. */
  english: string[];
}

const CASES: Case[] = [
  {
    name: 'SVG with its title block and legend',
    make: (lang) => textOf(parseSvg(renderSvg(D, { date: DATE, ...(lang && { lang }) }).svg)),
    french: [
      'Architecture PdC',
      '14 mars 2026',
      'Cheffe de mission',
      'Bureau Nord',
      'LIENS',
      'UNITÉS',
      // textOf turns every white space, the no-break ones included, into a plain space.
      'Niveau : stratégique, opérationnel, tactique',
      'Coordonnateur PdC',
      'Conteneur du quartier général / de terrain',
      'dérivé',
      'présidence',
      'alertes',
      linkKindText(LINK_KIND_DEFS.chairs, 'label', 'fr'),
      linkKindText(LINK_KIND_DEFS['escalates-to'], 'label', 'fr'),
      categoryText('leadership', CATEGORY_LABELS.leadership, 'fr'),
      kindText(kind('joc'), 'short', 'fr'),
    ],
    english: [
      'LINKS',
      'UNITS',
      'Level:',
      'POC coordinator',
      'Headquarters',
      "study's own words",
      'March',
      'Head of Mission',
      'chair ',
    ],
  },
  {
    name: 'terms of reference (Markdown)',
    make: (lang) => torMarkdown(D, DATE, lang),
    french: [
      `# Termes de référence${NBSP}: Architecture PdC`,
      `«${NBSP}Architecture PdC${NBSP}» le 14 mars 2026`,
      '## Groupe de travail PdC',
      '### Mandat',
      '### Réunions',
      `**Objet${NBSP}:** à déterminer`,
      `**Présidence${NBSP}:** Cheffe de mission`,
      `**Fréquence${NBSP}:** ${wordIn('frequencies', 'weekly', FREQUENCY_WORDS.weekly, 'fr')}`,
      `Centre des opérations${NBSP}: alertes`,
      `Consultatif${NBSP}: formule des recommandations`,
      'Délégation du chef de mission',
      `Niveau${NBSP}: `,
      '(dérivé)',
      `Provenance${NBSP}: Dérivé${NBSP}: reconstitué`,
    ],
    english: [
      'Terms of reference',
      'to be determined',
      'Purpose',
      'Mandate',
      'Meetings',
      'Members',
      'Chair:',
      'Advisory',
      'Delegated by',
      'generated from',
      'Derived:',
      'Level:',
      'March',
      'Head of Mission',
    ],
  },
  {
    name: 'checklist report (Markdown)',
    make: (lang) => checklistMarkdown(report(D), DATE, lang),
    french: [
      `# Rapport sur la liste de contrôle${NBSP}: Architecture PdC`,
      '14 mars 2026',
      'La présente liste de contrôle est dérivée',
      `**Score global${NBSP}:**`,
      `${NBSP}%)`,
      `**Mesure corrective (dérivée)${NBSP}:**`,
      `**Unités${NBSP}:**`,
      fr('exportText.checklist.notAnswered'),
      `## ${GROUP.task}\\. ${groupText(GROUP, 'fr')}`, // "1." escaped: no list
      ruleText(FINDING_RULE, 'title', 'fr'),
      findingMessage(FINDING, D, 'fr'),
    ],
    english: [
      GROUP.title,
      'Checklist report',
      'Overall score',
      'could not be retrieved',
      'Remedy',
      'Units:',
      'Not answered',
      'March',
    ],
  },
  {
    name: 'checklist report (printable page)',
    make: (lang) => checklistHtml(report(D), DATE, lang),
    french: [
      '<html lang="fr">',
      `<title>Rapport sur la liste de contrôle${NBSP}: Architecture PdC</title>`,
      `Score global${NBSP}:</strong>`,
      '14 mars 2026',
    ],
    english: ['lang="en"', 'Checklist report', 'Overall score', 'Remedy', 'Not answered'],
  },
  {
    name: 'change report (Markdown)',
    make: (lang) =>
      diffMarkdown(
        D,
        D2,
        diffDocuments(D, D2),
        structureMetrics(D),
        structureMetrics(D2),
        lang ? { lang } : {},
      ),
    french: [
      `# Modifications${NBSP}: Architecture PdC → Architecture PdC`,
      'De **Architecture PdC** (A) à **Architecture PdC** (B).',
      '## Résumé',
      '## Unités supprimées',
      '## Unités modifiées',
      '## Liens supprimés',
      '## Indicateurs',
      'Néant.',
      `Nom${NBSP}: Centre des opérations → JOC (Centre)`,
      'Bureau Nord',
      'Indice de centralisation',
      linkKindText(LINK_KIND_DEFS['reports-to'], 'label', 'fr'),
    ],
    english: [
      'Changes:',
      'From **',
      'Summary',
      'Removed units',
      'Changed units',
      'Removed links',
      'Metrics',
      'None.',
      'Name:',
      'Centralisation index',
      'Field offices with',
    ],
  },
];

describe.each(CASES)('$name', ({ make, french, english }) => {
  const out = make('fr');

  it.each(french)('in French holds "%s"', (word) => {
    expect(out).toContain(word);
  });

  it.each(english)('in French leaves out "%s"', (word) => {
    expect(out).not.toContain(word);
  });

  it('is in English by default', () => {
    expect(make('en')).toBe(make());
    expect(make()).not.toBe(out);
  });
});

describe('French details', () => {
  it('says how much of the chart a selection shows', () => {
    const svg = renderSvg(D, { date: DATE, lang: 'fr', selection: ['joc', 'hom'] }).svg;
    expect(svg).toContain(`Sélection${NBSP}: 2 unités sur 6`);
  });

  it('writes the first of the month as "1er", and months in lower case', () => {
    expect(formatDate(new Date(2026, 4, 1), 'fr')).toBe('1er mai 2026');
    expect(formatDate(new Date(2026, 7, 15), 'fr')).toBe('15 août 2026');
    expect(formatDate(new Date(2026, 4, 1))).toBe('1 May 2026');
  });

  it('names a file with no usable title in French, and the French title otherwise', () => {
    expect(exportFileName('', 'svg', DATE, 'fr')).toBe('organigramme-2026-03-14.svg');
    expect(exportFileName('', 'svg', DATE)).toBe('organogram-2026-03-14.svg');
  });

  it('tells of a lowered PNG scale in French, with a decimal comma', () => {
    const notice = scaleNotice(3, 1.5, 'fr');
    expect(notice).toContain('1,50×');
    expect(notice).toContain('au lieu de 3×');
    expect(notice).not.toContain('browser');
  });

  it('keeps the forum ToR headings of every field in French', () => {
    const md = torMarkdown(D, DATE, 'fr');
    for (const key of [
      'exportText.tor.field.purpose',
      'exportText.tor.field.chair',
      'exportText.tor.field.members',
      'exportText.tor.group.composition',
    ] as const)
      expect(md).toContain(fr(key));
  });
});
