import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { BUILT_IN_RULES, compilePack, parseRulePack } from '../../model';
import type { Problem } from '../../model';
import { useEditor, useEditorStore } from '../../state';
import type { EditorStore } from '../../state';
import { pickFile } from '../file-io';
import { ProblemsDialog } from '../ProblemsDialog';

const PACK_KEY = 'poc-organogram.rule-pack';

/** Turns a rule pack's text into the rules in force, or its problems. */
function applyPack(store: EditorStore, text: string): Problem[] | undefined {
  const r = parseRulePack(text);
  if (!r.ok) return r.problems;
  store.getState().setRules([...BUILT_IN_RULES, ...compilePack(r.pack)]);
  store
    .getState()
    .notify('info', `Rule pack “${r.pack.title}” loaded: ${r.pack.rules.length} rules added.`);
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
        Load rule pack
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
          Remove rule pack
        </Button>
      )}
      <ProblemsDialog
        name={problems?.name ?? ''}
        problems={problems?.list}
        onClose={() => setProblems(undefined)}
        title="This rule pack cannot be loaded"
        unchanged="The checklist in force has not changed."
      />
    </Group>
  );
}
