// @vitest-environment jsdom
import '../setup-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { parseDocument, parseRulePack, serializeDocument } from '../../src/model';
import type { Problem } from '../../src/model';
import { createEditorStore } from '../../src/state';
import { setLanguage } from '../../src/i18n';
import { ProblemsDialog } from '../../src/ui/ProblemsDialog';
import { doc, link, unit } from '../fixtures/builders';
import { expectFrench } from '../i18n/french-check';
import { renderWithStore } from './render-with-store';

// The dialog that says why a file cannot be opened speaks the language on screen: its own words
// and every problem, which follows a switch of language while it is open.

function problemsOf(result: { ok: true } | { ok: false; problems: Problem[] }): Problem[] {
  if (result.ok) throw new Error('a broken file was read');
  return result.problems;
}

/** A file whose units and links break three integrity checks. */
function brokenFile(): string {
  const f = JSON.parse(
    serializeDocument(
      doc([unit('hom'), unit('joc'), unit('ocha')], [link('advises', 'joc', 'hom')]),
    ),
  ) as { units: Record<string, unknown>[]; links: Record<string, unknown>[] };
  f.units[1]!.parent = 'hom';
  f.units.push({ id: 'x9', kind: 'x9', label: 'X' });
  f.links.push({ id: 't1', kind: 'tasks', source: 'joc', target: 'ocha' });
  return JSON.stringify(f);
}

function show(problems: Problem[], title?: string) {
  renderWithStore(
    createEditorStore(doc([])),
    <ProblemsDialog name="x9.json" problems={problems} onClose={() => {}} title={title} />,
  );
  return () => screen.getAllByRole('listitem').map((li) => (li.textContent ?? '').trim());
}

afterEach(async () => {
  await act(() => setLanguage('en'));
});

describe('ProblemsDialog in French', () => {
  it('says a broken file’s problems in French, each with its path', async () => {
    await act(() => setLanguage('fr'));
    const problems = problemsOf(parseDocument(brokenFile()));
    const items = show(problems);
    const dialog = screen.getByRole('dialog', { name: 'Ce fichier ne peut pas être ouvert' });
    expect(within(dialog).getByText(/L’organigramme ouvert n’a pas changé/)).toBeTruthy();
    expect(items()).toHaveLength(problems.length);
    const texts = items();
    expect(texts.some((t) => t.startsWith('units[1].parent'))).toBe(true);
    expect(texts.join('\n')).toContain('Type d’unité inconnu\u00a0: «\u00a0x9\u00a0»');
    for (const [i, p] of problems.entries())
      expectFrench(texts[i]!.replace(p.path ?? '', ''), p.message);
  });

  it('follows a switch of language while it is open', async () => {
    const problems = problemsOf(parseDocument('{\n  "units": [,]\n}'));
    const items = show(problems);
    expect(items()).toEqual([problems[0]!.message]);
    expect(items()[0]).toMatch(/^Not valid JSON: .*\(line 2, column 13\)\.$/);
    await act(() => setLanguage('fr'));
    expect(items()[0]).toMatch(/^JSON non valide\u00a0: .*\(ligne 2, colonne 13\)\.$/);
    expect(screen.getByRole('dialog', { name: 'Ce fichier ne peut pas être ouvert' })).toBeTruthy();
  });

  it('says a rule pack’s problems in French', async () => {
    await act(() => setLanguage('fr'));
    const pack = { id: 'p', title: 'P', rules: [{ id: 'W1', type: 'manual', group: 'x9' }] };
    const items = show(problemsOf(parseRulePack(JSON.stringify(pack))), 'Refusé');
    expect(items().length).toBeGreaterThan(1);
    for (const text of items()) expectFrench(text.replace(/^rules\[0\]\.\w+/, ''));
  });
});
