import { describe, expect, it } from 'vitest';
import { forumIds, forumToR, TBD, torMarkdown } from '../../src/export';
import type { TorItem } from '../../src/export';
import { doc, link, unit } from '../fixtures/builders';
import { DATE, loadPreset, PRESET_IDS } from './helpers';

const texts = (items: TorItem[]) => items.map((i) => i.text);

describe('forum terms of reference', () => {
  const d = doc(
    [
      unit('mission-hq', 'hq', { label: 'Mission HQ' }),
      unit('poc-wg', 'wg', {
        label: 'POC Working Group',
        parent: 'hq',
        tor: {
          purpose: 'Turns the strategy into action.',
          frequency: 'weekly',
          inputs: ['Field reports'],
        },
      }),
      unit('smg-p', 'smg', { label: 'Senior Management Group', parent: 'hq' }),
      unit('poc-adviser', 'adv', { label: 'Senior POC Adviser', parent: 'hq' }),
      unit('poc-focal-point', 'sec', { label: 'POC Unit' }),
      unit('joc', 'joc', { label: 'Joint Operations Centre' }),
      unit('jmac', 'jmac', { label: 'Joint Mission Analysis Centre' }),
      unit('ocha', 'ocha', { label: 'OCHA' }),
      unit('field-poc-wg', 'fwg', { label: 'Field POC WG' }),
      unit('mlt', 'empty', { label: 'Empty forum' }),
    ],
    [
      link('chairs', 'adv', 'wg'),
      link('secretariat-of', 'sec', 'wg', { provenance: { status: 'reconstructed' } }),
      link('member-of', 'joc', 'wg'),
      link('member-of', 'jmac', 'wg'),
      link('observer-of', 'ocha', 'wg'),
      link('escalates-to', 'wg', 'smg'),
      link('escalates-to', 'fwg', 'wg'),
      link('feeds', 'jmac', 'wg', { label: 'threat assessments' }),
      link('feeds', 'wg', 'smg', { label: 'recommendations' }),
    ],
  );

  it('reads chair, secretariat, members, observers, escalation and feeds from the links', () => {
    const t = forumToR(d, 'wg');
    expect(t.name).toBe('POC Working Group');
    expect(t.acronym).toBe('POC WG');
    expect(t.level).toBe('Operational');
    expect(t.location).toBe('Mission HQ');
    expect(texts(t.purpose)).toEqual(['Turns the strategy into action.']);
    expect(texts(t.frequency)).toEqual(['Weekly']);
    expect(texts(t.chair)).toEqual(['Senior POC Adviser']);
    expect(texts(t.secretariat)).toEqual(['POC Unit']);
    expect(t.secretariat[0]?.derived).toBe(true);
    expect(t.chair[0]?.derived).toBe(false);
    expect(t.chair[0]?.fromLinks).toBe(true);
    expect(texts(t.members)).toEqual(['Joint Operations Centre', 'Joint Mission Analysis Centre']);
    expect(texts(t.observers)).toEqual(['OCHA']);
    expect(texts(t.escalatesTo)).toEqual(['Senior Management Group']);
    expect(texts(t.receivesEscalationsFrom)).toEqual(['Field POC WG']);
    expect(texts(t.inputs)).toEqual([
      'Field reports',
      'Joint Mission Analysis Centre: threat assessments',
    ]);
    expect(texts(t.outputs)).toEqual(['recommendations, to Senior Management Group']);
    // OCHA is humanitarian: its observer link answers the humanitarian-participation field.
    expect(texts(t.humanitarianParticipation)).toEqual(['Humanitarian actors attend as observers']);
  });

  it('reads "to be determined" for a forum with nothing', () => {
    const t = forumToR(d, 'empty');
    for (const k of [
      'purpose',
      'chair',
      'secretariat',
      'members',
      'observers',
      'frequency',
      'inputs',
      'outputs',
      'reportsTo',
      'escalatesTo',
    ] as const)
      expect(t[k], k).toEqual([]);
    const md = torMarkdown(doc([unit('mlt', 'empty', { label: 'Empty forum' })]), DATE);
    expect(md).toContain('## Empty forum (MLT)');
    expect(md).toContain(`**Purpose:** ${TBD}`);
    expect(md).toContain(`**Chair:** ${TBD}`);
    expect(md).toContain(`**Members:** ${TBD}`);
    expect(md).toContain(`**Frequency:** ${TBD}`);
    expect(md).toContain(`**Escalates to:** ${TBD}`);
  });

  it('writes one Markdown document with a section per forum and says where it comes from', () => {
    const md = torMarkdown(d, DATE);
    expect(md.match(/^## /gm)?.length).toBe(forumIds(d).length);
    expect(md).toContain('generated from the organogram "Test organogram" on 14 March 2026');
    expect(md).toContain('**Secretariat:** POC Unit (derived)');
    expect(md).toContain('- Joint Operations Centre\n');
    expect(md).toContain('**Chair:** Senior POC Adviser\n');
  });

  it('keeps hostile labels inert in Markdown', () => {
    const h = doc(
      [
        unit('poc-wg', 'wg', {
          label: '<script>alert(1)</script> *bold* [x](javascript:alert(1))',
          tor: { purpose: '# not a heading\n- nor a list <img src=x onerror=alert(1)>' },
        }),
        unit('joc', 'joc', { label: `&amp; "quotes" 'apos' | pipe` }),
        unit('jmac', 'rtl', { label: 'فريق العمل 🛡️ קבוצת' }),
      ],
      [link('member-of', 'joc', 'wg'), link('member-of', 'rtl', 'wg')],
    );
    const md = torMarkdown(h, DATE);
    expect(md).not.toMatch(/<[a-z/!]/i);
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).toContain('\\*bold\\*');
    expect(md).toContain('\\[x\\]');
    expect(md).toContain('&amp;amp; "quotes" \'apos\' \\| pipe');
    expect(md).toContain('فريق العمل 🛡️ קבוצת');
    expect(md).toContain('\\# not a heading - nor a list &lt;img');
  });

  it.each(PRESET_IDS)('covers every forum of preset %s', (id) => {
    const p = loadPreset(id);
    const md = torMarkdown(p, DATE);
    for (const f of forumIds(p))
      expect(md, f).toContain(forumToR(p, f).acronym.replace(/[*_[\]|~\\`]/g, (c) => `\\${c}`));
  });
});
