import { useState } from 'react';
import type { ChangeEvent } from 'react';
import { Text, TextInput, Textarea } from '@mantine/core';
import type { TextInputProps } from '@mantine/core';
import type { Provenance } from '../../model';
import { useEditorStore } from '../../state';
import { useT } from '../../i18n';
import type { EditorState } from '../../state';
import { provenanceText } from './words';

type Recipe = Parameters<EditorState['edit']>[0];

/** Applies a recipe as one undo step; with a merge key, a burst of edits to one field is one step. */
export function useEdit(): (recipe: Recipe, merge?: string) => void {
  const store = useEditorStore();
  return (recipe, merge) => store.getState().edit(recipe, merge ? { merge } : undefined);
}

/**
 * A local copy of a document value: typing updates it at once (the caret stays put), and it
 * follows the document whenever the document value changes from elsewhere (undo, another view).
 */
function useDraft(value: string): [string, (v: string) => void] {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setDraft(value);
  }
  return [draft, setDraft];
}

type DraftTextProps = Omit<TextInputProps, 'value' | 'onChange' | 'label'> & {
  label: string;
  value: string;
  /** Called on every keystroke with the new text. */
  onText: (text: string) => void;
  multiline?: boolean;
};

/** A text field bound to a document value; each keystroke is an edit. */
export function DraftText({ value, onText, multiline, ...rest }: DraftTextProps) {
  const [draft, setDraft] = useDraft(value);
  const change = (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const text = e.currentTarget.value;
    setDraft(text);
    onText(text);
  };
  if (multiline) {
    const { size, placeholder, description, maxLength, disabled, lang } = rest;
    return (
      <Textarea
        label={rest.label}
        size={size}
        placeholder={placeholder}
        description={description}
        maxLength={maxLength}
        disabled={disabled}
        lang={lang}
        autosize
        minRows={2}
        maxRows={8}
        value={draft}
        onChange={change}
      />
    );
  }
  return <TextInput {...rest} value={draft} onChange={change} />;
}

/** Where a unit or link comes from. */
export function ProvenanceLine({ provenance }: { provenance: Provenance | undefined }) {
  const { lang } = useT();
  return (
    <Text size="xs" c="dimmed" data-testid="inspector.provenance">
      {provenanceText(provenance, lang)}
      {provenance?.note ? ` — ${provenance.note}` : ''}
    </Text>
  );
}
