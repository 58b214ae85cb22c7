// @vitest-environment jsdom
import '../setup-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { createEditorStore } from '../../src/state';
import { setLanguage } from '../../src/i18n';
import type { Lang } from '../../src/model';
import { TitleField } from '../../src/ui/Header';
import { doc } from '../fixtures/builders';
import { renderWithStore } from './render-with-store';

// The header's title box edits the title the reader sees: the French one in French when the
// document has one, the title itself otherwise.

async function setup(lang: Lang, titleFr?: string) {
  await act(() => setLanguage(lang));
  const d = doc([]);
  const store = createEditorStore(titleFr === undefined ? d : { ...d, titleFr });
  renderWithStore(store, <TitleField />);
  const box = screen.getByRole('textbox', { name: lang === 'fr' ? 'Titre' : 'Title' });
  return { store, box: box as HTMLInputElement };
}

afterEach(async () => {
  await act(() => setLanguage('en'));
});

describe('the header title', () => {
  it.each([
    // language, French title on the document, shown, field edited
    ['en', undefined, 'Test organogram', 'title'],
    ['en', 'Organigramme d’essai', 'Test organogram', 'title'],
    ['fr', undefined, 'Test organogram', 'title'],
    ['fr', 'Organigramme d’essai', 'Organigramme d’essai', 'titleFr'],
    // A French title of spaces only is no title: the box shows what every other view shows.
    ['fr', '  ', 'Test organogram', 'title'],
  ] as const)(
    'in %s with French title %s shows %s and edits %s',
    async (lang, fr, shown, field) => {
      const { store, box } = await setup(lang, fr);
      expect(box.value).toBe(shown);
      fireEvent.change(box, { target: { value: 'Plan du secteur' } });
      const after = store.getState().doc;
      expect(after[field]).toBe('Plan du secteur');
      // The other title is left as it was.
      const other = field === 'title' ? 'titleFr' : 'title';
      expect(after[other]).toBe(other === 'title' ? 'Test organogram' : fr);
    },
  );

  it('keeps editing the French title while it is cleared and typed again', async () => {
    const { store, box } = await setup('fr', 'Organigramme');
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: '' } });
    // Cleared: the document has no French title now, but the box still edits it.
    expect(store.getState().doc.titleFr).toBeUndefined();
    expect(box.value).toBe('');
    fireEvent.change(box, { target: { value: 'Nouveau' } });
    expect(store.getState().doc.titleFr).toBe('Nouveau');
    expect(store.getState().doc.title).toBe('Test organogram');
    // Left empty, the box falls back to the title itself once it loses focus.
    fireEvent.change(box, { target: { value: '' } });
    fireEvent.blur(box);
    expect(box.value).toBe('Test organogram');
  });
});
