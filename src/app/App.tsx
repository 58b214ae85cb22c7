import { useEffect, useMemo, useState } from 'react';
import { AppShell, Center, Loader, Tabs } from '@mantine/core';
import { emptyDoc } from '../model';
import { createEditorStore, StoreProvider } from '../state';
import type { EditorStore } from '../state';
import { Canvas, EditorProvider, Palette, warmLayoutWhenIdle } from '../editor';
import {
  ChecklistPanel,
  DocumentsDialog,
  Header,
  Inspector,
  Notices,
  ProblemsDialog,
  restoreRulePack,
  StartScreen,
} from '../ui';
import { newDocId, useDocuments } from './useDocuments';
import { exposeTestHook } from './test-hook';

/** The whole application: start screen or editor, inside one store. */
export function App() {
  const store = useMemo<EditorStore>(() => createEditorStore(emptyDoc(newDocId())), []);
  useEffect(() => exposeTestHook(store), [store]);
  useEffect(() => restoreRulePack(store), [store]);
  useEffect(() => warmLayoutWhenIdle(), []);
  return (
    <StoreProvider store={store}>
      <EditorProvider>
        <Shell store={store} />
      </EditorProvider>
    </StoreProvider>
  );
}

function Shell({ store }: { store: EditorStore }) {
  const docs = useDocuments(store);
  const [listOpen, setListOpen] = useState(false);
  const editing = docs.screen === 'editor';
  return (
    <AppShell
      header={{ height: 52 }}
      navbar={editing ? { width: 232, breakpoint: 0 } : undefined}
      aside={editing ? { width: 330, breakpoint: 0 } : undefined}
      padding={0}
    >
      <a href="#canvas" className="skip-link">
        Skip to canvas
      </a>
      <AppShell.Header>
        <Header
          onNew={() => void docs.newDoc()}
          onPresets={() => docs.setScreen('start')}
          onOpen={() => void docs.openFile()}
          onSave={docs.save}
          onDocuments={() => setListOpen(true)}
        />
      </AppShell.Header>
      {editing && (
        <AppShell.Navbar>
          <Palette />
        </AppShell.Navbar>
      )}
      {editing && (
        <AppShell.Aside>
          <SidePanels />
        </AppShell.Aside>
      )}
      <AppShell.Main className="main">
        {docs.screen === 'loading' && (
          <Center h="60vh">
            <Loader aria-label="Loading" />
          </Center>
        )}
        {docs.screen === 'start' && (
          <StartScreen
            onNew={() => void docs.newDoc()}
            onOpenPreset={(id) => void docs.openPresetById(id)}
          />
        )}
        {editing && <Canvas onFileDrop={(f) => void docs.openFile(f)} />}
      </AppShell.Main>
      <Notices />
      <ProblemsDialog
        name={docs.problems?.name ?? ''}
        problems={docs.problems?.list}
        onClose={docs.clearProblems}
      />
      <DocumentsDialog
        opened={listOpen}
        currentId={store.getState().doc.id}
        onClose={() => setListOpen(false)}
        onOpen={(id) => {
          setListOpen(false);
          void docs.openSaved(id);
        }}
        onRename={docs.rename}
        onDuplicate={docs.duplicate}
        onDelete={docs.remove}
      />
    </AppShell>
  );
}

/** The right-hand side: properties of the selection, and the checklist. */
function SidePanels() {
  const [tab, setTab] = useState<string | null>('properties');
  return (
    <Tabs value={tab} onChange={setTab} className="side-tabs" keepMounted={false}>
      <Tabs.List grow>
        <Tabs.Tab value="properties">Properties</Tabs.Tab>
        <Tabs.Tab value="checklist">Checklist</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="properties" className="side-tabs__panel">
        <Inspector />
      </Tabs.Panel>
      <Tabs.Panel value="checklist" className="side-tabs__panel">
        <ChecklistPanel />
      </Tabs.Panel>
    </Tabs>
  );
}
