import { GROUPS, isManual } from '../model';
import type { Finding, OrgDoc, Rule, Score } from '../model';
import { escapeMarkdown } from './markdown';
import type { TextBlock } from './markdown';
import { formatDate } from './svg';
import { escapeXml } from './text';

/** What the report is made from: the document and the checklist's verdict on it. */
export interface ChecklistInput {
  doc: OrgDoc;
  findings: readonly Finding[];
  score: Score;
  rules: readonly Rule[];
}

const SEVERITY = { error: 'Error', warning: 'Warning', info: 'Info' } as const;
const ANSWER = { yes: 'Yes', no: 'No', 'n/a': 'Not applicable', unknown: 'Unknown' } as const;

const pct = (p: number, t: number) => (t === 0 ? 100 : Math.round((p / t) * 100));

/**
 * The checklist report as structured blocks (the source of the Markdown, the printable page and
 * the briefing pack's pages): score, every finding with its remedy, every manual answer.
 */
export function checklistBlocks(
  { doc, findings, score, rules }: ChecklistInput,
  date: Date | string = new Date(),
): TextBlock[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const blocks: TextBlock[] = [
    { type: 'heading', level: 1, text: `Checklist report: ${doc.title}` },
    {
      type: 'paragraph',
      text: `${formatDate(date)}${doc.meta.classification ? ` · ${doc.meta.classification}` : ''}`,
      muted: true,
    },
    {
      type: 'paragraph',
      text: 'This checklist is derived from the ten coordination tasks of the DPKO/DFS study on POC coordination mechanisms (2012) and related guidance. The study’s own checklist could not be retrieved: items marked “derived” are reconstructed, not quoted from the study.',
      muted: true,
    },
    {
      type: 'field',
      label: 'Overall score',
      text: `${score.overall.passed} of ${score.overall.total} (${pct(score.overall.passed, score.overall.total)}%)`,
    },
    {
      type: 'bullets',
      items: score.groups
        .filter((g) => g.total > 0)
        .map((g) => `${g.title}: ${g.passed} of ${g.total}`),
    },
  ];
  for (const g of GROUPS) {
    const fs = findings.filter((f) => byId.get(f.ruleId)?.group === g.id);
    const qs = rules.filter((r) => r.group === g.id && isManual(r));
    if (fs.length === 0 && qs.length === 0) continue;
    blocks.push({ type: 'heading', level: 2, text: `${g.task ? `${g.task}. ` : ''}${g.title}` });
    for (const f of fs) {
      const r = byId.get(f.ruleId);
      const units = f.unitIds.map((id) => doc.units[id]?.label ?? id);
      blocks.push({
        type: 'heading',
        level: 3,
        text: `${SEVERITY[f.severity]} · ${f.ruleId} · ${r?.title ?? ''}`,
      });
      blocks.push({ type: 'paragraph', text: f.message });
      if (units.length) blocks.push({ type: 'field', label: 'Units', text: units.join(', ') });
      if (r)
        blocks.push({
          type: 'field',
          label: `Remedy${r.provenance === 'reconstructed' ? ' (derived)' : ''}`,
          text: r.remedy,
        });
    }
    for (const q of qs) {
      const a = doc.answers[q.id];
      blocks.push({
        type: 'field',
        label: `${q.id} · ${q.question ?? ''}`,
        text: `${a ? ANSWER[a.answer] : 'Not answered'}${a?.note ? ` (${a.note})` : ''}`,
      });
    }
  }
  return blocks;
}

/** The report in Markdown; everything the user typed is escaped so it stays text. */
export function checklistMarkdown(input: ChecklistInput, date?: Date | string): string {
  return blocksToMarkdown(checklistBlocks(input, date));
}

/** Text blocks as Markdown, with user text escaped. */
export function blocksToMarkdown(blocks: readonly TextBlock[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'heading') out.push(`${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`);
    else if (b.type === 'paragraph')
      out.push(b.muted ? `_${escapeMarkdown(b.text)}_` : escapeMarkdown(b.text));
    else if (b.type === 'field')
      out.push(`**${escapeMarkdown(b.label)}:** ${escapeMarkdown(b.text)}`);
    else out.push(b.items.map((i) => `- ${escapeMarkdown(i)}`).join('\n'));
  }
  return `${out.join('\n\n')}\n`;
}

/** A self-contained printable HTML page (no script, inline styles only), ready for the browser's Print. */
export function checklistHtml(input: ChecklistInput, date?: Date | string): string {
  const body = checklistBlocks(input, date)
    .map((b) => {
      if (b.type === 'heading') return `<h${b.level}>${escapeXml(b.text)}</h${b.level}>`;
      if (b.type === 'paragraph')
        return `<p${b.muted ? ' class="muted"' : ''}>${escapeXml(b.text)}</p>`;
      if (b.type === 'field')
        return `<p><strong>${escapeXml(b.label)}:</strong> ${escapeXml(b.text)}</p>`;
      return `<ul>${b.items.map((i) => `<li>${escapeXml(i)}</li>`).join('')}</ul>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeXml(`Checklist report: ${input.doc.title}`)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font-family:'Liberation Sans',Arial,Helvetica,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#111827;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.2rem;border-bottom:1px solid #cbd5e1;padding-bottom:.2rem;margin-top:1.6rem}h3{font-size:1rem;margin:.9rem 0 .2rem}
.muted{color:#4b5563;font-size:.9rem}@media print{body{margin:0}h2{break-after:avoid}}</style></head>
<body>
${body}
</body></html>
`;
}
