import { SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { commands } from '../../model';
import type { Answer, ManualRule } from '../../model';
import { useEditor, useEditorStore } from '../../state';
import { useT } from '../../i18n';
import { ruleText } from '../../i18n';

// The answers in the order offered, each with its words (every key written out for the keys test).
const OPTIONS = [
  ['yes', 'checklist.answer.yes'],
  ['no', 'checklist.answer.no'],
  ['n/a', 'checklist.answer.na'],
  ['unknown', 'checklist.answer.unknown'],
] as const satisfies readonly (readonly [Answer['answer'], string])[];

/** A manual checklist question, answered in place and saved in the document. */
export function QuestionItem({ rule }: { rule: ManualRule }) {
  const store = useEditorStore();
  const answer = useEditor((s) => s.doc.answers[rule.id]);
  const { t, lang } = useT();
  const save = (next: Answer | undefined) =>
    store.getState().edit((d) => commands.setAnswer(d, rule.id, next));
  return (
    <Stack gap={4} className="question" data-testid={`checklist.question.${rule.id}`}>
      <Text size="sm">
        <b>{rule.id}</b> · {ruleText(rule, 'question', lang)}
      </Text>
      <SegmentedControl
        size="xs"
        data={OPTIONS.map(([value, key]) => ({ value, label: t(key) }))}
        value={answer?.answer ?? ''}
        aria-label={t('checklist.answerTo', { id: rule.id })}
        onChange={(v) =>
          save({ answer: v as Answer['answer'], ...(answer?.note ? { note: answer.note } : {}) })
        }
      />
      {answer && (
        <Textarea
          size="xs"
          autosize
          minRows={1}
          aria-label={t('checklist.noteOn', { id: rule.id })}
          placeholder={t('checklist.notePlaceholder')}
          value={answer.note ?? ''}
          onChange={(e) => {
            // Bound to the document: the store updates synchronously, so the caret stays put.
            const text = e.currentTarget.value;
            store.getState().edit(
              (d) =>
                commands.setAnswer(d, rule.id, {
                  answer: answer.answer,
                  ...(text ? { note: text } : {}),
                }),
              {
                merge: `answer-note:${rule.id}`,
              },
            );
          }}
        />
      )}
    </Stack>
  );
}
