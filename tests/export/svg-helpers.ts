import { DOMParser } from '@xmldom/xmldom';
import type { Element as XmlElement } from '@xmldom/xmldom';
import { expect } from 'vitest';

const ALLOWED = new Set(['svg', 'defs', 'marker', 'path', 'rect', 'text', 'tspan', 'g']);

/** Parses an SVG string, failing on any XML error or warning. */
export function parseSvg(svg: string): XmlElement {
  const problems: string[] = [];
  const parsed = new DOMParser({
    onError: (level, msg) => {
      problems.push(`${level}: ${msg}`);
    },
  }).parseFromString(svg, 'image/svg+xml');
  expect(problems).toEqual([]);
  const root = parsed.documentElement;
  if (!root) throw new Error('no root element');
  expect(root.nodeName).toBe('svg');
  return root;
}

export function all(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    out.push(e);
    for (let n = e.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) walk(n as XmlElement);
  };
  walk(root);
  return out;
}

/** Element and attribute checks every export must pass: nothing active, nothing outside. */
export function expectInert(root: XmlElement): void {
  const ids = new Set<string>();
  const refs: string[] = [];
  for (const e of all(root)) {
    expect(ALLOWED.has(e.nodeName), `element <${e.nodeName}>`).toBe(true);
    for (let i = 0; i < e.attributes.length; i++) {
      const a = e.attributes.item(i);
      if (!a) continue;
      expect(a.name.toLowerCase().startsWith('on'), `attribute ${a.name}`).toBe(false);
      expect(a.name.toLowerCase()).not.toMatch(/href$/);
      if (a.name === 'id') ids.add(a.value);
      for (const m of a.value.matchAll(/url\(([^)]*)\)/g)) refs.push(m[1] ?? '');
    }
  }
  for (const r of refs) {
    expect(r.startsWith('#'), `reference ${r}`).toBe(true);
    expect(ids.has(r.slice(1)), `reference ${r} resolves`).toBe(true);
  }
}

/** The drawn text under an element: each text run (a text or a tspan) joined with a space. */
export function textOf(e: XmlElement): string {
  const runs: string[] = [];
  const walk = (n: XmlElement) => {
    let own = '';
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) own += c.nodeValue ?? '';
      else if (c.nodeType === 1) walk(c as XmlElement);
    }
    if (own) runs.push(own);
  };
  walk(e);
  return runs.join(' ').replace(/\s+/g, ' ').trim();
}
