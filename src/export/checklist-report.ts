import { docTitleIn, GROUPS, isManual, unitNameIn } from '../model';
import type { Finding, Lang, OrgDoc, Rule, Score } from '../model';
import { fixedT } from '../i18n';
import { findingMessage, groupText, ruleText } from '../i18n';
import { colon, formatDate, formatPercent } from './format';
import { escapeMarkdown } from './markdown';
import type { TextBlock } from './markdown';
import { escapeXml } from './text';

/** What the report is made from: the document and the checklist's verdict on it. */
export interface ChecklistInput {
  doc: OrgDoc;
  findings: readonly Finding[];
  score: Score;
  rules: readonly Rule[];
}

const SEVERITY = {
  error: 'exportText.checklist.error',
  warning: 'exportText.checklist.warning',
  info: 'exportText.checklist.info',
} as const;
const ANSWER = {
  yes: 'exportText.checklist.yes',
  no: 'exportText.checklist.no',
  'n/a': 'exportText.checklist.notApplicable',
  unknown: 'exportText.checklist.unknown',
} as const;

const pct = (p: number, t: number) => (t === 0 ? 100 : Math.round((p / t) * 100));

/**
 * The checklist report as structured blocks (the source of the Markdown, the printable page and
 * the briefing pack's pages): score, every finding with its remedy, every manual answer.
 */
export function checklistBlocks(
  { doc, findings, score, rules }: ChecklistInput,
  date: Date | string = new Date(),
  lang: Lang = 'en',
): TextBlock[] {
  const t = fixedT(lang);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const { passed, total } = score.overall;
  const classification = doc.meta.classification;
  const blocks: TextBlock[] = [
    { type: 'heading', level: 1, text: reportTitle(doc, lang) },
    {
      type: 'paragraph',
      text: `${formatDate(date, lang)}${classification ? ` · ${classification}` : ''}`,
      muted: true,
    },
    { type: 'paragraph', text: t('exportText.checklist.intro'), muted: true },
    {
      type: 'field',
      label: t('exportText.checklist.overall'),
      text: t('exportText.checklist.overallValue', {
        passed,
        total,
        percent: formatPercent(pct(passed, total), lang),
      }),
    },
    {
      type: 'bullets',
      items: score.groups
        .filter((g) => g.total > 0)
        .map((g) =>
          t('exportText.checklist.groupValue', {
            title: groupText(g.group, lang),
            passed: g.passed,
            total: g.total,
          }),
        ),
    },
  ];
  for (const g of GROUPS) {
    const fs = findings.filter((f) => byId.get(f.ruleId)?.group === g.id);
    const qs = rules.filter((r) => r.group === g.id && isManual(r));
    if (fs.length === 0 && qs.length === 0) continue;
    const heading = `${g.task ? `${g.task}. ` : ''}${groupText(g, lang)}`;
    blocks.push({ type: 'heading', level: 2, text: heading });
    for (const f of fs) {
      const r = byId.get(f.ruleId);
      const units = f.unitIds.map((id) => unitNameIn(doc, id, lang));
      const title = r ? ruleText(r, 'title', lang) : '';
      blocks.push({
        type: 'heading',
        level: 3,
        text: `${t(SEVERITY[f.severity])} · ${f.ruleId} · ${title}`,
      });
      blocks.push({ type: 'paragraph', text: findingMessage(f, doc, lang) });
      if (units.length)
        blocks.push({
          type: 'field',
          label: t('exportText.checklist.units'),
          text: units.join(', '),
        });
      if (r)
        blocks.push({
          type: 'field',
          label:
            r.provenance === 'reconstructed'
              ? t('exportText.checklist.remedyDerived')
              : t('exportText.checklist.remedy'),
          text: ruleText(r, 'remedy', lang),
        });
    }
    for (const q of qs) {
      const a = doc.answers[q.id];
      const answer = a ? t(ANSWER[a.answer]) : t('exportText.checklist.notAnswered');
      blocks.push({
        type: 'field',
        label: `${q.id} · ${ruleText(q, 'question', lang)}`,
        text: `${answer}${a?.note ? ` (${a.note})` : ''}`,
      });
    }
  }
  return blocks;
}

function reportTitle(doc: OrgDoc, lang: Lang): string {
  return fixedT(lang)('exportText.checklist.title', { title: docTitleIn(doc, lang) });
}

/** The report in Markdown; everything the user typed is escaped so it stays text. */
export function checklistMarkdown(
  input: ChecklistInput,
  date?: Date | string,
  lang: Lang = 'en',
): string {
  return blocksToMarkdown(checklistBlocks(input, date, lang), lang);
}

/** Text blocks as Markdown, with user text escaped. */
export function blocksToMarkdown(blocks: readonly TextBlock[], lang: Lang = 'en'): string {
  const c = colon(lang);
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'heading') out.push(`${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`);
    else if (b.type === 'paragraph')
      out.push(b.muted ? `_${escapeMarkdown(b.text)}_` : escapeMarkdown(b.text));
    else if (b.type === 'field')
      out.push(`**${escapeMarkdown(b.label)}${c}** ${escapeMarkdown(b.text)}`);
    else out.push(b.items.map((i) => `- ${escapeMarkdown(i)}`).join('\n'));
  }
  return `${out.join('\n\n')}\n`;
}

/** A self-contained printable HTML page (no script, inline styles only), ready for the browser's Print. */
export function checklistHtml(
  input: ChecklistInput,
  date?: Date | string,
  lang: Lang = 'en',
): string {
  const c = colon(lang);
  const body = checklistBlocks(input, date, lang)
    .map((b) => {
      if (b.type === 'heading') return `<h${b.level}>${escapeXml(b.text)}</h${b.level}>`;
      if (b.type === 'paragraph')
        return `<p${b.muted ? ' class="muted"' : ''}>${escapeXml(b.text)}</p>`;
      if (b.type === 'field')
        return `<p><strong>${escapeXml(b.label)}${c}</strong> ${escapeXml(b.text)}</p>`;
      return `<ul>${b.items.map((i) => `<li>${escapeXml(i)}</li>`).join('')}</ul>`;
    })
    .join('\n');
  // `lang` is one of two fixed codes, never user text.
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeXml(reportTitle(input.doc, lang))}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font-family:'Liberation Sans',Arial,Helvetica,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#111827;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.2rem;border-bottom:1px solid #cbd5e1;padding-bottom:.2rem;margin-top:1.6rem}h3{font-size:1rem;margin:.9rem 0 .2rem}
.muted{color:#4b5563;font-size:.9rem}@media print{body{margin:0}h2{break-after:avoid}}</style></head>
<body>
${body}
</body></html>
`;
}
