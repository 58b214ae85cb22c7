import { useEffect, useMemo, useState } from 'react';
import { AppShell, Center, Loader, Tabs } from '@mantine/core';
import { docTitleIn, emptyDoc } from '../model';
import { createEditorStore, StoreProvider } from '../state';
import type { EditorStore } from '../state';
import { Canvas, EditorProvider, Palette, warmLayoutWhenIdle } from '../editor';
import {
  ChecklistPanel,
  CompareView,
  DocumentsDialog,
  Header,
  HistoryDialog,
  Inspector,
  Notices,
  Outline,
  Presentation,
  ProblemsDialog,
  restoreRulePack,
  StartScreen,
  StepsPanel,
  StorageWarning,
  TabConflictDialog,
} from '../ui';
import { useDocuments } from './useDocuments';
import { newDocId } from './copy';
import { exposeTestHook } from './test-hook';
import { useWindowTitle } from './useWindowTitle';
import { useT } from '../i18n';

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
  const { t, lang } = useT();
  const [listOpen, setListOpen] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [comparing, setComparing] = useState(false);
  const editing = docs.screen === 'editor' && !comparing;
  useWindowTitle(docs.screen === 'editor');
  // The step a presentation runs from, or null; kept here (with the side tab) so both survive it.
  const [present, setPresent] = useState<number | null>(null);
  const [sideTab, setSideTab] = useState<string | null>('properties');
  // Presenting replaces the whole editor: no chrome on screen, and no editing shortcuts alive.
  // (An early return: keep it below every hook of this component.)
  if (present !== null) return <Presentation start={present} onExit={() => setPresent(null)} />;
  /** Actions that open or change the document end the comparison first. */
  const leaving = (fn: () => void) => () => {
    setComparing(false);
    fn();
  };
  return (
    <AppShell
      header={{ height: 52 }}
      navbar={editing ? { width: 232, breakpoint: 0 } : undefined}
      aside={editing ? { width: 330, breakpoint: 0 } : undefined}
      padding={0}
    >
      <a href="#canvas" className="skip-link">
        {t('app.skipToCanvas')}
      </a>
      <AppShell.Header>
        <Header
          onNew={leaving(() => void docs.newDoc())}
          onPresets={leaving(() => docs.setScreen('start'))}
          onOpen={leaving(() => void docs.openFile())}
          onSave={docs.save}
          onDocuments={() => setListOpen(true)}
          onHistory={leaving(() => setHistoryOpen(true))}
          onCompare={docs.screen === 'editor' ? () => setComparing(true) : undefined}
          onPresent={editing ? () => setPresent(0) : undefined}
        />
      </AppShell.Header>
      {editing && (
        <AppShell.Navbar>
          <Palette />
        </AppShell.Navbar>
      )}
      {editing && (
        <AppShell.Aside>
          <SidePanels tab={sideTab} onTab={setSideTab} onPresent={setPresent} />
        </AppShell.Aside>
      )}
      <AppShell.Main className="main">
        {docs.screen === 'loading' && (
          <Center h="60vh">
            <Loader aria-label={t('app.loading')} />
          </Center>
        )}
        {docs.screen === 'start' && (
          <StartScreen
            onNew={() => void docs.newDoc()}
            onOpenPreset={(id) => void docs.openPresetById(id)}
          />
        )}
        {editing && <Canvas onFileDrop={(f) => void docs.openFile(f)} />}
        {comparing && docs.screen === 'editor' && (
          <CompareView onClose={() => setComparing(false)} />
        )}
      </AppShell.Main>
      <Notices />
      <StorageWarning reason={docs.fault} onDownload={docs.save} />
      <TabConflictDialog
        title={docs.conflict === undefined ? undefined : docTitleIn(store.getState().doc, lang)}
        onLoadTheirs={() => void docs.loadTheirs()}
        onKeepMine={() => void docs.keepMine()}
      />
      <HistoryDialog opened={historyOpen} onClose={() => setHistoryOpen(false)} />
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
          setComparing(false);
          void docs.openSaved(id);
        }}
        onRename={docs.rename}
        onDuplicate={docs.duplicate}
        onDelete={docs.remove}
      />
    </AppShell>
  );
}

/** The right-hand side: properties of the selection, the checklist, the presentation steps and the outline. */
function SidePanels(props: {
  tab: string | null;
  onTab: (tab: string | null) => void;
  onPresent: (step: number) => void;
}) {
  const { t } = useT();
  return (
    <Tabs value={props.tab} onChange={props.onTab} className="side-tabs" keepMounted={false}>
      <Tabs.List grow>
        <Tabs.Tab value="properties">{t('app.tabs.properties')}</Tabs.Tab>
        <Tabs.Tab value="checklist">{t('app.tabs.checklist')}</Tabs.Tab>
        <Tabs.Tab value="steps">{t('app.tabs.steps')}</Tabs.Tab>
        <Tabs.Tab value="outline">{t('app.tabs.outline')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="properties" className="side-tabs__panel">
        <Inspector />
      </Tabs.Panel>
      <Tabs.Panel value="checklist" className="side-tabs__panel">
        <ChecklistPanel />
      </Tabs.Panel>
      <Tabs.Panel value="steps" className="side-tabs__panel">
        <StepsPanel onPresent={props.onPresent} />
      </Tabs.Panel>
      <Tabs.Panel value="outline" className="side-tabs__panel">
        <Outline />
      </Tabs.Panel>
    </Tabs>
  );
}
