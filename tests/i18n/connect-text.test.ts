import { describe, expect, it } from 'vitest';
import { brokenLink, canConnect, CONNECT_REASONS, findKind, LINK_KINDS } from '../../src/model';
import type { ConnectRefusal, LinkKind } from '../../src/model';
import { connectReason } from '../../src/i18n/connect-text';
import { kindText } from '../../src/i18n/catalogue-text';
import FR from '../../src/i18n/locales/fr/connect.json';
import { doc, link, unit } from '../fixtures/builders';

// canConnect's refusals: the English stays the model's own sentence, word for word; the French
// comes from fr/connect.json, filled with the refusal's parts named in French.

const fr = FR as Record<string, string>;
const names = (s: string) =>
  [...s.matchAll(/\{\{\s*([\w:-]+)\s*\}\}/g)]
    .map((m) => m[1] ?? '')
    .filter((n) => !n.includes(':'));
const links = (s: string) => [...s.matchAll(/\{\{\s*link:([\w-]+)\s*\}\}/g)].map((m) => m[1] ?? '');

function refused(kind: LinkKind, source: string, target: string, extra = doc([])) {
  const d = doc(
    [
      unit('hom', 'hom', { label: 'Head of Mission', labelFr: 'Chef de mission' }),
      unit('joc', 'joc', { label: 'Joint Operations Centre', labelFr: "Centre d'opérations" }),
      unit('jmac'),
      unit('poc-wg'),
      unit('ocha'),
      unit('mission-hq'),
      unit('force'),
      unit('battalion'),
      unit('police'),
    ],
    Object.values(extra.links),
  );
  const v = canConnect(d, source, target, kind);
  if (v.ok) throw new Error(`${kind} ${source} -> ${target} was allowed`);
  return v;
}

describe('link refusals in French', () => {
  it('has a French sentence for every refusal, and no other', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(CONNECT_REASONS).sort());
  });

  it('names the same parts in both languages, and only link kinds that exist', () => {
    for (const [code, english] of Object.entries(CONNECT_REASONS)) {
      const french = fr[code] ?? '';
      expect(french.trim(), code).not.toBe('');
      expect(names(french).sort(), code).toEqual(names(english).sort());
      for (const k of [...links(english), ...links(french)])
        expect(LINK_KINDS as readonly string[], `${code}: ${k}`).toContain(k);
    }
  });

  it('keeps the English sentences word for word', () => {
    expect(refused('coordinates-with', 'joc', 'joc').reason).toBe(
      'A unit cannot be linked to itself.',
    );
    expect(refused('advises', 'joc', 'hom', doc([], [link('advises', 'joc', 'hom')])).reason).toBe(
      'Joint Operations Centre already advises Head of Mission.',
    );
    expect(refused('coordinates-with', 'joc', 'ocha').reason).toBe(
      `Use "liaises with" for ${findKind('ocha')!.name}, which is outside the mission.`,
    );
    expect(refused('reports-to', 'hom', 'mission-hq').reason).toBe(
      'Mission headquarters is a container: link a unit inside it (for example its Head of Office) instead.',
    );
    expect(refused('command', 'joc', 'battalion').reason).toBe(
      `Command only comes from uniformed leadership or units; ${findKind('joc')!.name} is civilian. Use "tasks" or "reports to".`,
    );
    expect(refused('command', 'force', 'police').reason).toBe(
      'Military and police keep separate command chains; use "coordinates with" between them.',
    );
  });

  it('gives the English sentence in English', () => {
    const v = refused('member-of', 'joc', 'jmac');
    expect(connectReason(v, 'en')).toBe(v.reason);
  });

  it('says it in French, with units and kinds named in French', () => {
    const dup = refused('advises', 'joc', 'hom', doc([], [link('advises', 'joc', 'hom')]));
    const text = connectReason(dup, 'fr');
    expect(text).toContain("Centre d'opérations");
    expect(text).toContain('Chef de mission');
    expect(text).not.toMatch(/\{\{|Joint Operations/);
    const ext = connectReason(refused('coordinates-with', 'joc', 'ocha'), 'fr');
    expect(ext).toContain(kindText(findKind('ocha')!, 'name', 'fr'));
    expect(ext).not.toMatch(/\{\{/);
  });

  it('says every refusal of a random walk in French without a placeholder left', () => {
    const d = doc([
      unit('hom'),
      unit('joc'),
      unit('poc-wg'),
      unit('ocha'),
      unit('force'),
      unit('battalion'),
      unit('national-army'),
      unit('mission-hq'),
    ]);
    const seen = new Set<string>();
    for (const s of Object.keys(d.units))
      for (const t of Object.keys(d.units))
        for (const k of LINK_KINDS) {
          const v = canConnect(d, s, t, k);
          if (v.ok) continue;
          seen.add(v.code);
          expect(connectReason(v, 'fr')).not.toMatch(/\{\{|\}\}/);
        }
    expect(seen.size).toBeGreaterThan(10);
  });

  it('carries the parts with a broken link too', () => {
    const d = doc(
      [unit('force'), unit('battalion', 'b'), unit('sector-hq', 's')],
      [link('command', 'b', 'force')],
    );
    const broken = brokenLink(d, ['b']) as ConnectRefusal | undefined;
    expect(broken?.code).toBeDefined();
    expect(connectReason(broken!, 'fr')).not.toBe(broken!.reason);
  });
});
