import type { Element as XmlElement } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { exportSvg, measureText, renderSvg } from '../../src/export';
import { absolutePosition, findKind, sizeOf, withPlacement } from '../../src/model';
import type { OrgDoc } from '../../src/model';
import { doc as makeDoc, link, unit } from '../fixtures/builders';
import { DATE, loadPreset, PRESET_IDS } from './helpers';
import { all, expectInert, parseSvg, textOf } from './svg-helpers';

/** The unit's group: its drawn text, lines joined with spaces. */
function unitGroups(root: XmlElement): Map<string, XmlElement> {
  const m = new Map<string, XmlElement>();
  for (const e of all(root))
    if (e.nodeName === 'g' && e.getAttribute('data-unit'))
      m.set(e.getAttribute('data-unit') as string, e);
  return m;
}

/** Every word of the label is drawn, or the drawn text is the ellipsised start of the label. */
function expectLabelShown(label: string, groupText: string, where: string): void {
  const clean = label.replace(/\s+/g, ' ').trim();
  if (groupText.includes(clean)) return;
  const m = /(.*?)…/.exec(groupText);
  expect(m, `${where}: "${groupText}" shows "${clean}"`).not.toBeNull();
  // The text before the ellipsis ends a prefix of the label (after the short label and level tag).
  const shown = (m?.[1] ?? '').trim();
  const words = shown.split(' ');
  // Find the longest tail of the shown text that starts the label.
  let ok = false;
  for (let i = 0; i < words.length && !ok; i++) {
    const tail = words.slice(i).join(' ');
    if (tail && clean.startsWith(tail)) ok = true;
  }
  expect(ok, `${where}: "${groupText}" starts "${clean}"`).toBe(true);
}

describe.each(PRESET_IDS)('SVG of preset %s', (id) => {
  const d = loadPreset(id);
  const r = renderSvg(d, { date: DATE });
  const root = parseSvg(r.svg);

  it('parses as XML and holds only inert drawing elements', () => {
    expectInert(root);
    expect(r.svg).not.toMatch(/foreignObject|<script|javascript:|xlink/i);
  });

  it('shows every unit label as text', () => {
    const groups = unitGroups(root);
    for (const u of Object.values(d.units)) {
      const g = groups.get(u.id);
      expect(g, u.id).toBeDefined();
      expectLabelShown(u.label, textOf(g as XmlElement), u.id);
    }
  });

  it('draws one path per link', () => {
    const paths = all(root).filter((e) => e.nodeName === 'path' && e.getAttribute('data-link'));
    expect(paths.map((p) => p.getAttribute('data-link')).sort()).toEqual(
      Object.keys(d.links).sort(),
    );
  });

  it('has a viewBox around every unit box, and the title block', () => {
    const [x, y, w, h] = (root.getAttribute('viewBox') ?? '').split(' ').map(Number) as number[];
    for (const u of Object.values(d.units)) {
      const p = absolutePosition(d, u.id);
      const s = sizeOf(u);
      expect(p.x, u.id).toBeGreaterThanOrEqual(x as number);
      expect(p.y, u.id).toBeGreaterThanOrEqual(y as number);
      expect(p.x + s.width, u.id).toBeLessThanOrEqual((x as number) + (w as number));
      expect(p.y + s.height, u.id).toBeLessThanOrEqual((y as number) + (h as number));
    }
    expect(textOf(root)).toContain(d.title.slice(0, 20));
    expect(textOf(root)).toContain('14 March 2026');
  });
});

describe('SVG details', () => {
  const base = loadPreset('handbook-2020');

  it('shows the classification marking top and bottom, the version and a legend of the kinds used', () => {
    const d: OrgDoc = {
      ...base,
      meta: { ...base.meta, classification: 'Unclassified', version: '3' },
    };
    const root = parseSvg(exportSvg(d, { date: DATE }));
    const marks = all(root).filter((e) => e.getAttribute('data-marking'));
    expect(marks.map(textOf)).toEqual(['UNCLASSIFIED', 'UNCLASSIFIED']);
    expect(textOf(root)).toContain('Version 3');
    const legend = all(root).find((e) => e.getAttribute('data-part') === 'legend') as XmlElement;
    const kinds = new Set(Object.values(d.links).map((l) => l.kind));
    expect(textOf(legend)).toContain('Reports to');
    if (!kinds.has('tasks')) expect(textOf(legend)).not.toContain('Tasks');
  });

  it('exports a selection: those units, the links among them and their containers as frames', () => {
    const some = Object.values(base.units)
      .filter((u) => !findKind(u.kind)?.container && u.parent)
      .slice(0, 4)
      .map((u) => u.id);
    const r = renderSvg(base, { selection: some, date: DATE });
    const root = parseSvg(r.svg);
    const groups = unitGroups(root);
    const frames = new Set(some.map((id) => base.units[id]?.parent));
    expect([...groups.keys()].sort()).toEqual([...new Set([...some, ...frames])].sort());
    const among = Object.values(base.links).filter(
      (l) => some.includes(l.source) && some.includes(l.target),
    );
    const paths = all(root).filter((e) => e.getAttribute('data-link'));
    expect(paths.length).toBe(among.length);
    expect(textOf(root)).toMatch(/Selection: 4 of \d+ units/);
  });

  it('draws given routes through their bend points', () => {
    const l = Object.values(base.links)[0];
    if (!l) throw new Error('no link');
    const route = [
      { x: 10, y: 10 },
      { x: 10, y: 300 },
      { x: 400, y: 300 },
    ];
    const svg = exportSvg(base, { routes: { [l.id]: route }, date: DATE });
    const root = parseSvg(svg);
    const p = all(root).find((e) => e.getAttribute('data-link') === l.id);
    expect(p?.getAttribute('d')).toBe('M10 10L10 292Q10 300 18 300L400 300');
    // A route stored on the link by auto-layout is drawn too, unless one is given.
    const stored = structuredClone(base);
    (stored.links[l.id] as { route?: typeof route }).route = route.map((q) => ({
      x: q.x + 5,
      y: q.y,
    }));
    const fromModel = all(parseSvg(exportSvg(stored, { date: DATE }))).find(
      (e) => e.getAttribute('data-link') === l.id,
    );
    expect(fromModel?.getAttribute('d')).toBe('M15 10L15 292Q15 300 23 300L405 300');
  });

  it('is transparent on request and white by default', () => {
    expect(exportSvg(base, { date: DATE })).toMatch(
      /<rect [^>]*fill="#ffffff"\/><g data-part="title-block"/,
    );
    expect(exportSvg(base, { background: 'transparent', date: DATE })).not.toMatch(
      /<\/defs><rect [^>]*fill="#ffffff"\/><g data-part="title-block"/,
    );
  });
});

describe('hostile labels', () => {
  const long = `${'Joint protection coordination mechanism '.repeat(7)}end`.slice(0, 300);
  const labels = {
    script: '<script>alert(1)</script>',
    amp: `&amp; "quotes" 'apos'`,
    arabic: 'فريق العمل المعني بحماية المدنيين',
    hebrew: 'קבוצת עבודה להגנה על אזרחים',
    emoji: 'Protection 🛡️ team 👩🏽‍⚕️',
    long,
    nospace: 'X'.repeat(300),
    controls: 'Bell\u0007 and\u0000 null\u001b[31m',
  };
  const units = Object.entries(labels).map(([k, label], i) =>
    unit(i % 2 ? 'joc' : 'poc-wg', k, { label }),
  );
  const d = withPlacement(
    makeDoc(units, [
      link('member-of', 'script', 'amp', { label: '<img src=x onerror=alert(1)>' }),
      link('reports-to', 'arabic', 'hebrew'),
    ]),
  );
  d.title = '<b>Title</b> & "more"';
  d.meta.classification = '<i>secret</i>';
  const svg = exportSvg(d, { date: DATE });
  const root = parseSvg(svg);
  const groups = unitGroups(root);

  it('stays valid, inert XML', () => {
    expectInert(root);
    expect(svg).not.toMatch(/<script|<img|<b>|<i>/);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&amp;amp; &quot;quotes&quot; &apos;apos&apos;');
    // eslint-disable-next-line no-control-regex
    expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('shows the text as written', () => {
    expect(textOf(groups.get('script') as XmlElement)).toContain('<script>alert(1)</script>');
    expect(textOf(groups.get('amp') as XmlElement)).toContain(`&amp; "quotes" 'apos'`);
    expect(textOf(groups.get('arabic') as XmlElement)).toContain('فريق العمل');
    expect(textOf(groups.get('hebrew') as XmlElement)).toContain('קבוצת עבודה');
    expect(textOf(groups.get('emoji') as XmlElement)).toContain('🛡️');
    expect(textOf(groups.get('controls') as XmlElement)).toContain('Bell and null[31m');
    expect(textOf(root)).toContain('<b>Title</b> & "more"');
    expect(textOf(root)).toContain('<I>SECRET</I>');
    expect(textOf(root)).toContain('<img src=x onerror=alert(1)>'.slice(0, 10));
  });

  it('wraps and ellipsises long names inside the card', () => {
    for (const id of ['long', 'nospace']) {
      const g = groups.get(id) as XmlElement;
      const spans = all(g).filter((e) => e.nodeName === 'tspan');
      expect(spans.length, id).toBe(2);
      const last = textOf(spans[1] as XmlElement);
      expect(last.endsWith('…'), id).toBe(true);
      const u = d.units[id];
      if (!u) throw new Error(id);
      const p = absolutePosition(d, id);
      const s = sizeOf(u);
      for (const sp of spans) {
        const x = Number(sp.getAttribute('x'));
        const w = measureText(textOf(sp), 12, false);
        expect(x, id).toBeGreaterThanOrEqual(p.x);
        expect(x + w, id).toBeLessThanOrEqual(p.x + s.width - 8);
        const y = Number(sp.getAttribute('y'));
        expect(y).toBeLessThan(p.y + s.height);
      }
    }
  });
});
