import { produce } from 'immer';
import type { Draft } from 'immer';
import {
  absolutePosition,
  ancestors,
  brokenLink,
  commands,
  descendantIds,
  isContainer,
  labelIn,
  MoveRefusal,
  relativeTo,
} from '../../model';
import type { Lang, OrgDoc } from '../../model';
import type { EditorState } from '../../state';
import { connectReason, fixedT, moveRefusalText } from '../../i18n';

/** The Container select's value for "no container". */
export const TOP_LEVEL = '__top__';

/** "None (top level)" plus every container that is not one of `ids` or inside one of them. */
export function containerOptions(
  doc: OrgDoc,
  ids: readonly string[],
  lang: Lang,
): { value: string; label: string }[] {
  const banned = new Set(ids.flatMap((id) => [id, ...descendantIds(doc, id)]));
  const containers = Object.values(doc.units)
    .filter((u) => isContainer(u) && !banned.has(u.id))
    .map((u) => {
      const path = ancestors(doc, u.id)
        .map((a) => labelIn(a, lang))
        .reverse();
      return { value: u.id, label: [...path, labelIn(u, lang) || u.id].join(' › ') };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
  return [{ value: TOP_LEVEL, label: fixedT(lang)('inspector.topLevel') }, ...containers];
}

/**
 * Moves units into `parent` (or to the top level) in one undo step, each keeping its place on the
 * canvas. Returns the reason, in `lang`, if the move is refused.
 */
export function reparentUnits(
  state: Pick<EditorState, 'doc' | 'edit'>,
  ids: readonly string[],
  parent: string | undefined,
  lang: Lang = 'en',
): string | undefined {
  const { doc } = state;
  const moves = ids
    .filter((id) => doc.units[id] && doc.units[id].parent !== parent)
    .map((id) => ({ id, position: relativeTo(doc, parent, absolutePosition(doc, id)) }));
  if (moves.length === 0) return undefined;
  try {
    state.edit((d) => {
      for (const m of moves) commands.reparent(d, m.id, parent, m.position);
    });
  } catch (e) {
    if (e instanceof MoveRefusal) return moveRefusalText(e, lang);
    // Nothing else is expected here; an unforeseen error still shows as it came, not as a crash.
    return e instanceof Error ? e.message : String(e);
  }
  return undefined;
}

/**
 * Changes units (their kind or level) only if every link touching them stays allowed; otherwise
 * changes nothing and returns why, naming the link that would break.
 */
export function editUnitsChecked(
  state: Pick<EditorState, 'doc' | 'edit'>,
  ids: readonly string[],
  recipe: (d: Draft<OrgDoc>) => void,
  lang: Lang = 'en',
): string | undefined {
  const next = produce(state.doc, recipe);
  const broken = brokenLink(next, ids);
  if (broken) return fixedT(lang)('inspector.notChanged', { reason: connectReason(broken, lang) });
  state.edit(recipe);
  return undefined;
}
