/**
 * The terms of reference as a document: the fields in reading order under their group headings,
 * the preamble, and the Markdown writer. Every fixed word comes from exportText.json.
 */
import { docTitleIn } from '../model';
import type { Lang, OrgDoc } from '../model';
import { fixedT } from '../i18n';
import { colon, formatDate } from './format';
import { escapeMarkdown } from './markdown';
import type { TextBlock } from './markdown';
import { cleanText } from './text';
import { forumIds, forumToR } from './tor';
import type { ForumToR, TorItem } from './tor';

const GROUP = {
  mandate: 'exportText.tor.group.mandate',
  composition: 'exportText.tor.group.composition',
  meetings: 'exportText.tor.group.meetings',
  io: 'exportText.tor.group.inputsOutputs',
  reporting: 'exportText.tor.group.reporting',
  information: 'exportText.tor.group.information',
} as const;

/** The ToR fields in reading order, with the keys of their headings. */
export const TOR_FIELDS = [
  { key: 'purpose', label: 'exportText.tor.field.purpose', group: GROUP.mandate },
  { key: 'functions', label: 'exportText.tor.field.functions', group: GROUP.mandate },
  { key: 'decisionRights', label: 'exportText.tor.field.decisionRights', group: GROUP.mandate },
  { key: 'decisionAreas', label: 'exportText.tor.field.decisionAreas', group: GROUP.mandate },
  { key: 'chair', label: 'exportText.tor.field.chair', group: GROUP.composition },
  { key: 'coChairs', label: 'exportText.tor.field.coChairs', group: GROUP.composition },
  { key: 'secretariat', label: 'exportText.tor.field.secretariat', group: GROUP.composition },
  { key: 'members', label: 'exportText.tor.field.members', group: GROUP.composition },
  { key: 'observers', label: 'exportText.tor.field.observers', group: GROUP.composition },
  {
    key: 'humanitarianParticipation',
    label: 'exportText.tor.field.humanitarian',
    group: GROUP.composition,
  },
  { key: 'frequency', label: 'exportText.tor.field.frequency', group: GROUP.meetings },
  { key: 'crisisConvening', label: 'exportText.tor.field.crisisConvening', group: GROUP.meetings },
  { key: 'quorum', label: 'exportText.tor.field.quorum', group: GROUP.meetings },
  { key: 'inputs', label: 'exportText.tor.field.inputs', group: GROUP.io },
  { key: 'outputs', label: 'exportText.tor.field.outputs', group: GROUP.io },
  { key: 'tasks', label: 'exportText.tor.field.tasks', group: GROUP.io },
  { key: 'reportsTo', label: 'exportText.tor.field.reportsTo', group: GROUP.reporting },
  { key: 'escalatesTo', label: 'exportText.tor.field.escalatesTo', group: GROUP.reporting },
  {
    key: 'receivesEscalationsFrom',
    label: 'exportText.tor.field.receivesEscalations',
    group: GROUP.reporting,
  },
  { key: 'infoSharing', label: 'exportText.tor.field.infoSharing', group: GROUP.information },
  { key: 'endorsement', label: 'exportText.tor.field.endorsement', group: GROUP.information },
] as const satisfies readonly { key: keyof ForumToR; label: string; group: string }[];

/** Fields that are shown even when empty, as "to be determined" (the rest are left out when empty). */
const ALWAYS = new Set<keyof ForumToR>([
  'purpose',
  'functions',
  'decisionRights',
  'chair',
  'secretariat',
  'members',
  'observers',
  'humanitarianParticipation',
  'frequency',
  'crisisConvening',
  'inputs',
  'outputs',
  'reportsTo',
  'escalatesTo',
  'infoSharing',
]);

/** The line that opens every ToR document. */
export function torPreamble(
  doc: OrgDoc,
  date: Date | string = new Date(),
  lang: Lang = 'en',
): string {
  const t = fixedT(lang);
  return t('exportText.tor.preamble', {
    title: cleanText(docTitleIn(doc, lang)),
    date: formatDate(date, lang),
    tbd: t('exportText.tor.tbd'),
  });
}

/**
 * One ToR as text blocks (headings, paragraphs, bullet lists): for Markdown and for PDF pages.
 * `lang` names the fixed words; build `tor` with forumToR in the same language.
 */
export function torBlocks(tor: ForumToR, lang: Lang = 'en'): TextBlock[] {
  const t = fixedT(lang);
  const itemText = (i: TorItem) =>
    i.derived ? t('exportText.tor.derivedItem', { text: i.text }) : i.text;
  const blocks: TextBlock[] = [];
  const title = tor.name.includes(tor.acronym) ? tor.name : `${tor.name} (${tor.acronym})`;
  blocks.push({ type: 'heading', level: 2, text: title });
  blocks.push({
    type: 'bullets',
    items: [
      t('exportText.tor.type', { value: tor.kindName }),
      t('exportText.tor.level', { value: tor.level }),
      t('exportText.tor.location', { value: tor.location }),
    ],
  });
  let group = '';
  for (const field of TOR_FIELDS) {
    const items = tor[field.key];
    if (items.length === 0 && !ALWAYS.has(field.key)) continue;
    if (field.group !== group) {
      group = field.group;
      blocks.push({ type: 'heading', level: 3, text: t(field.group) });
    }
    const label = t(field.label);
    if (items.length <= 1) {
      const text = items[0] ? itemText(items[0]) : t('exportText.tor.tbd');
      blocks.push({ type: 'field', label, text });
    } else {
      blocks.push({ type: 'field', label, text: '' });
      blocks.push({ type: 'bullets', items: items.map(itemText) });
    }
  }
  const provenance = t('exportText.tor.provenance', { text: tor.provenance });
  blocks.push({ type: 'paragraph', text: provenance, muted: true });
  return blocks;
}

/** Every forum's ToR as text blocks under one title and the preamble. */
export function torDocumentBlocks(
  doc: OrgDoc,
  date: Date | string = new Date(),
  lang: Lang = 'en',
): TextBlock[] {
  const t = fixedT(lang);
  const title = t('exportText.tor.title', { title: cleanText(docTitleIn(doc, lang)) });
  const blocks: TextBlock[] = [
    { type: 'heading', level: 1, text: title },
    { type: 'paragraph', text: torPreamble(doc, date, lang), muted: true },
  ];
  const ids = forumIds(doc);
  if (ids.length === 0) blocks.push({ type: 'paragraph', text: t('exportText.tor.noForums') });
  for (const id of ids) blocks.push(...torBlocks(forumToR(doc, id, lang), lang));
  return blocks;
}

/** One Markdown document with a section per forum; user text is escaped so it stays inert. */
export function torMarkdown(
  doc: OrgDoc,
  date: Date | string = new Date(),
  lang: Lang = 'en',
): string {
  const out: string[] = [];
  const c = colon(lang);
  for (const b of torDocumentBlocks(doc, date, lang)) {
    switch (b.type) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`, '');
        break;
      case 'paragraph':
        out.push(b.muted ? `_${escapeMarkdown(b.text)}_` : escapeMarkdown(b.text), '');
        break;
      case 'field':
        out.push(
          b.text
            ? `**${escapeMarkdown(b.label)}${c}** ${escapeMarkdown(b.text)}`
            : `**${escapeMarkdown(b.label)}${c}**`,
          '',
        );
        break;
      case 'bullets':
        out.push(...b.items.map((i) => `- ${escapeMarkdown(i)}`), '');
        break;
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
