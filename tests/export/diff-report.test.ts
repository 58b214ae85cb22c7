import { describe, expect, it } from 'vitest';
import { diffMarkdown } from '../../src/export';
import { diffDocuments, structureMetrics } from '../../src/model';
import type { OrgDoc } from '../../src/model';
import { doc, link, unit } from '../fixtures/builders';
import { loadPreset } from './helpers';

function titled(d: OrgDoc, title: string): OrgDoc {
  return { ...d, title };
}

/** The cells of a Markdown table row, split on pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

/** The rows of the table under a heading (header and separator included). */
function tableUnder(md: string, heading: string): string[] {
  const lines = md.split('\n');
  const start = lines.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const rows: string[] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(lines[i]!);
  return rows;
}

describe('diffMarkdown', () => {
  const a = titled(
    doc(
      [
        unit('mission-hq', 'hq', { label: 'Mission HQ' }),
        unit('hom', 'hom', { label: 'SRSG', parent: 'hq' }),
        unit('cos', 'cos', { label: 'Chief of Staff', parent: 'hq' }),
        unit('joc', 'joc', { label: 'JOC', parent: 'hq' }),
        unit('jmac', 'jmac', { label: 'JMAC' }),
      ],
      [
        link('reports-to', 'cos', 'hom'),
        link('reports-to', 'joc', 'cos'),
        link('feeds', 'jmac', 'hom'),
      ],
    ),
    'Before',
  );
  const b = titled(
    doc(
      [
        unit('mission-hq', 'hq', { label: 'Mission HQ' }),
        unit('hom', 'hom', { label: 'SRSG', parent: 'hq' }),
        unit('cos', 'cos', { label: 'Chief of Staff', parent: 'hq' }),
        unit('joc', 'joc', { label: 'Joint Operations Centre', parent: 'hq', level: 'strategic' }),
        unit('poc-adviser', 'adv', { label: 'POC Adviser', parent: 'hq' }),
      ],
      [
        link('reports-to', 'cos', 'hom'),
        link('reports-to', 'joc', 'hom'),
        link('reports-to', 'adv', 'hom'),
      ],
    ),
    'After',
  );
  const md = diffMarkdown(a, b, diffDocuments(a, b));

  it('titles both documents and gives the summary counts', () => {
    expect(md.startsWith('# Changes: Before → After\n')).toBe(true);
    expect(tableUnder(md, '## Summary').slice(2).map(cells)).toEqual([
      ['Added', '1', '1'],
      ['Removed', '1', '1'],
      ['Changed or re-pointed', '1', '1'],
      ['Unchanged', '3', '1'],
    ]);
  });

  it.each([
    ['## Added units', [['POC Adviser', 'POC Adviser', 'Mission HQ']]],
    ['## Removed units', [['JMAC', 'JMAC', '(top level)']]],
    [
      '## Changed units',
      [
        [
          'JOC',
          'Joint Operations Centre',
          'same id',
          'Name: JOC → Joint Operations Centre; Level: Operational → Strategic',
        ],
      ],
    ],
    ['## Added links', [['Reports to', 'POC Adviser', 'SRSG']]],
    ['## Removed links', [['Feeds', 'JMAC', 'SRSG']]],
    [
      '## Re-pointed links',
      [['Reports to', 'JOC → Chief of Staff', 'To', 'Chief of Staff → SRSG']],
    ],
  ])('%s', (heading, rows) => {
    expect(tableUnder(md, heading).slice(2).map(cells)).toEqual(rows);
  });

  it('says "None." for an empty section and has no metrics table unless given both', () => {
    const same = diffMarkdown(a, a, diffDocuments(a, a));
    expect(same).toContain('The two structures are the same.');
    expect(same).toContain('## Added units\n\nNone.');
    expect(same).not.toContain('## Metrics');
    expect(diffMarkdown(a, b, diffDocuments(a, b), structureMetrics(a))).not.toContain(
      '## Metrics',
    );
  });

  it('keeps user text inert: no HTML, no broken tables, no emphasis', () => {
    const evil = '<img src=x onerror=alert(1)> | *bold* [link](javascript:x) `code`';
    const x = titled(doc([unit('joc', 'joc', { label: 'JOC' })]), '<script>alert(1)</script>');
    const y = titled(doc([unit('joc', 'joc', { label: evil })]), 'Pipe | title');
    const out = diffMarkdown(x, y, diffDocuments(x, y));
    expect(out).not.toMatch(/<[a-z/]/i);
    expect(out).toContain('&lt;script&gt;');
    expect(out).toContain('Pipe \\| title');
    const row = tableUnder(out, '## Changed units')[2]!;
    expect(cells(row)).toHaveLength(4);
    expect(cells(row)[3]).toContain('\\*bold\\* \\[link\\](javascript:x) \\`code\\`');
  });
});

describe('diffMarkdown with metrics: the teaching presets', () => {
  const c = loadPreset('centralised-teaching');
  const d = loadPreset('decentralised-teaching');
  const md = diffMarkdown(c, d, diffDocuments(c, d), structureMetrics(c), structureMetrics(d));

  it.each([
    ['Centralisation index', '1', '0.36'],
    ['Forums: Tactical', '0', '3'],
    ['Field offices with a forum', '0%', '100%'],
    ['Field offices with all three', '0%', '100%'],
    ['Alert hops to the JOC: mean', '1.5', '1.5'],
  ])('shows %s side by side', (name, left, right) => {
    const row = tableUnder(md, '## Metrics').find((r) => cells(r)[0] === name);
    expect(row && cells(row)).toEqual([name, left, right]);
  });

  it('lists the field forums as added and the JPT tasking as re-pointed', () => {
    const added = tableUnder(md, '## Added units').slice(2).map(cells);
    expect(added).toContainEqual([
      'Field POC Working Group, North',
      'Field POC WG',
      'Field Office North',
    ]);
    const moved = tableUnder(md, '## Re-pointed links').slice(2).map(cells);
    expect(moved).toContainEqual([
      'Tasks',
      'POC Working Group (HQ) → Joint Protection Team, North',
      'From',
      'POC Working Group (HQ) → Field POC Working Group, North',
    ]);
  });
});

describe('a renamed unit in the French report', () => {
  const report = (before: OrgDoc, after: OrgDoc) =>
    diffMarkdown(
      before,
      after,
      diffDocuments(before, after),
      structureMetrics(before),
      structureMetrics(after),
      { lang: 'fr' },
    );
  it.each([
    // English label before and after, French label before and after, the line the report gives
    [
      'North office',
      'North field office',
      'Bureau Nord',
      'Bureau de terrain Nord',
      'Nom\u00a0: Bureau Nord → Bureau de terrain Nord',
    ],
    // Only the English changed: the French names are equal, so the English change is shown.
    [
      'North office',
      'North field office',
      'Bureau Nord',
      'Bureau Nord',
      'Nom\u00a0: North office → North field office',
    ],
  ])('%s → %s (%s → %s)', (en1, en2, fr1, fr2, line) => {
    const a = doc([unit('hoo', 'n', { label: en1, labelFr: fr1 })]);
    const b = doc([unit('hoo', 'n', { label: en2, labelFr: fr2 })]);
    expect(report(a, b)).toContain(line);
  });
});
