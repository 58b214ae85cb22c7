import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { BUILT_IN_RULES, compilePack, parseRulePack } from '../../model';
import type { Problem } from '../../model';
import { useEditor, useEditorStore } from '../../state';
import type { EditorStore } from '../../state';
import { pickFile } from '../file-io';
import { ProblemsDialog } from '../ProblemsDialog';
import { currentLanguage, fixedT, useT } from '../../i18n';

const PACK_KEY = 'poc-organogram.rule-pack';

/** Turns a rule pack's text into the rules in force, or its problems. */
function applyPack(store: EditorStore, text: string): Problem[] | undefined {
  const r = parseRulePack(text);
  if (!r.ok) return r.problems;
  store.getState().setRules([...BUILT_IN_RULES, ...compilePack(r.pack)]);
  const t = fixedT(currentLanguage());
  store
    .getState()
    .notify(
      'info',
      t('checklist.pack.loaded', { title: r.pack.title, count: r.pack.rules.length }),
    );
  return undefined;
}

/** Restores the custom rule pack loaded in an earlier visit, if any. */
export function restoreRulePack(store: EditorStore): void {
  try {
    const text = localStorage.getItem(PACK_KEY);
    if (text && parseRulePack(text).ok) {
      const r = parseRulePack(text);
      if (r.ok) store.getState().setRules([...BUILT_IN_RULES, ...compilePack(r.pack)]);
    }
  } catch {
    // No storage: the built-in checklist stays in force.
  }
}

/** Loads a mission's own rule pack (JSON), with clear errors; a bad pack changes nothing. */
export function RulePackButton() {
  const store = useEditorStore();
  const custom = useEditor((s) => s.rules.length > BUILT_IN_RULES.length);
  const { t } = useT();
  const [problems, setProblems] = useState<{ name: string; list: Problem[] }>();
  const load = async () => {
    const file = await pickFile();
    if (!file) return;
    const text = await file.text();
    const list = applyPack(store, text);
    if (list) setProblems({ name: file.name, list });
    else
      try {
        localStorage.setItem(PACK_KEY, text);
      } catch {
        // Loaded for this visit only.
      }
  };
  return (
    <Group gap={4}>
      <Button size="compact-xs" variant="default" onClick={() => void load()}>
        {t('checklist.pack.load')}
      </Button>
      {custom && (
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          onClick={() => {
            store.getState().setRules(BUILT_IN_RULES);
            localStorage.removeItem(PACK_KEY);
          }}
        >
          {t('checklist.pack.remove')}
        </Button>
      )}
      <ProblemsDialog
        name={problems?.name ?? ''}
        problems={problems?.list}
        onClose={() => setProblems(undefined)}
        title={t('checklist.pack.refused')}
        unchanged={t('checklist.pack.unchanged')}
      />
    </Group>
  );
}
