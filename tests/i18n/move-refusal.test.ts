import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { commands, MoveRefusal } from '../../src/model';
import type { OrgDoc } from '../../src/model';
import { moveRefusalText } from '../../src/i18n';
import { createEditorStore } from '../../src/state';
import { reparentUnits } from '../../src/ui/inspector/placement';
import { doc, unit } from '../fixtures/builders';
import { expectFrench } from './french-check';

// A unit that cannot move into a container: the refusal is a typed error with a code, its English
// message unchanged, and the inspector says it in the language on screen.

const start = () =>
  doc([
    unit('mission-hq', 'hq'),
    unit('field-office', 'fo', { parent: 'hq' }),
    unit('hom', 'hom', { parent: 'hq' }),
  ]);

function refusal(d: OrgDoc, id: string, parent: string): MoveRefusal {
  try {
    produce(d, (draft) => commands.reparent(draft, id, parent));
  } catch (e) {
    if (e instanceof MoveRefusal) return e;
    throw e;
  }
  throw new Error(`${id} moved into ${parent}`);
}

describe('move refusals', () => {
  it.each<[string, string, string, string, string]>([
    ['a unit that is no container', 'fo', 'hom', 'notContainer', '"hom" is not a container'],
    [
      'a container inside its own child',
      'hq',
      'fo',
      'insideItself',
      'A container cannot be moved inside itself',
    ],
    [
      'a container inside itself',
      'hq',
      'hq',
      'insideItself',
      'A container cannot be moved inside itself',
    ],
  ])('refuse %s, in English and in French', (_name, id, parent, code, english) => {
    const e = refusal(start(), id, parent);
    expect(e).toBeInstanceOf(Error);
    expect(e).toMatchObject({ code, message: english });
    expect(moveRefusalText(e, 'en')).toBe(english);
    expectFrench(moveRefusalText(e, 'fr'), code);
  });

  it('are said by the inspector in the language asked for, and change nothing', () => {
    const store = createEditorStore(start());
    const before = store.getState().doc;
    expect(reparentUnits(store.getState(), ['fo'], 'hom', 'fr')).toBe(
      '«\u00a0hom\u00a0» n’est pas un conteneur',
    );
    expect(reparentUnits(store.getState(), ['hq'], 'fo')).toBe(
      'A container cannot be moved inside itself',
    );
    expect(store.getState().doc).toBe(before);
    expect(reparentUnits(store.getState(), ['hom'], 'fo', 'fr')).toBeUndefined();
    expect(store.getState().doc.units.hom?.parent).toBe('fo');
  });
});
