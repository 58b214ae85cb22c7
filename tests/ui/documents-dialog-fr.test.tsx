// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import '../setup-dom';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { createEditorStore, storage } from '../../src/state';
import { closeDb } from '../../src/state/idb';
import { setLanguage } from '../../src/i18n';
import { DocumentsDialog } from '../../src/ui/DocumentsDialog';
import { doc } from '../fixtures/builders';
import { renderWithStore } from './render-with-store';

// "My organograms" lists each document by its title in the app's language, and renaming edits
// the title it shows: the French one in French when the document has one.

beforeEach(async () => {
  closeDb();
  globalThis.indexedDB = new IDBFactory();
  await storage.saveDoc({ ...doc([]), id: 'a', title: 'Sector plan', titleFr: 'Plan du secteur' });
  await storage.saveDoc({ ...doc([]), id: 'b', title: 'Field plan' });
});
afterEach(async () => {
  await act(() => setLanguage('en'));
});

async function open(lang: 'en' | 'fr') {
  await act(() => setLanguage(lang));
  const onRename = vi.fn(async () => {});
  renderWithStore(
    createEditorStore(doc([])),
    <DocumentsDialog
      opened
      currentId="none"
      onClose={() => {}}
      onOpen={() => {}}
      onRename={onRename}
      onDuplicate={async () => {}}
      onDelete={async () => {}}
    />,
  );
  return onRename;
}

describe('My organograms', () => {
  it.each([
    // language, names listed, rename button of document a, its box, field renamed
    ['en', ['Sector plan', 'Field plan'], 'Rename Sector plan', 'Sector plan', 'title'],
    [
      'fr',
      ['Plan du secteur', 'Field plan'],
      'Renommer Plan du secteur',
      'Plan du secteur',
      'titleFr',
    ],
  ] as const)(
    'in %s lists %j and renames the title shown',
    async (lang, names, rename, shown, field) => {
      const onRename = await open(lang);
      for (const n of names) expect(await screen.findByText(n)).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: rename }));
      const box = screen.getByRole('textbox') as HTMLInputElement;
      expect(box.value).toBe(shown);
      fireEvent.change(box, { target: { value: 'Nouveau nom' } });
      await act(async () => {
        fireEvent.keyDown(box, { key: 'Enter' });
      });
      expect(onRename).toHaveBeenCalledWith('a', 'Nouveau nom', field);
    },
  );
});
