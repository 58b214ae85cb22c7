import { SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { commands } from '../../model';
import type { Answer, ManualRule } from '../../model';
import { useEditor, useEditorStore } from '../../state';

const OPTIONS = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'n/a', label: 'N/A' },
  { value: 'unknown', label: 'Unknown' },
];

/** A manual checklist question, answered in place and saved in the document. */
export function QuestionItem({ rule }: { rule: ManualRule }) {
  const store = useEditorStore();
  const answer = useEditor((s) => s.doc.answers[rule.id]);
  const save = (next: Answer | undefined) =>
    store.getState().edit((d) => commands.setAnswer(d, rule.id, next));
  return (
    <Stack gap={4} className="question" data-testid={`checklist.question.${rule.id}`}>
      <Text size="sm">
        <b>{rule.id}</b> · {rule.question}
      </Text>
      <SegmentedControl
        size="xs"
        data={OPTIONS}
        value={answer?.answer ?? ''}
        aria-label={`Answer to ${rule.id}`}
        onChange={(v) =>
          save({ answer: v as Answer['answer'], ...(answer?.note ? { note: answer.note } : {}) })
        }
      />
      {answer && (
        <Textarea
          size="xs"
          autosize
          minRows={1}
          aria-label={`Note on ${rule.id}`}
          placeholder="Note (optional)"
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
