import { editUnitsChecked } from '../../src/ui/inspector/placement';
import fc from 'fast-check';
import {
  addUnitAt,
  deleteSelection,
  duplicateSelection,
  nudgeSelection,
} from '../../src/editor/actions';
import { layoutPatch } from '../../src/layout/patch';
import {
  absolutePosition,
  BUILT_IN_RULES,
  canConnect,
  commands,
  containerAt,
  defaultLinkKind,
  freshId,
  isContainer,
  LEVELS,
  LINK_KINDS,
  relativeTo,
  sizeOf,
  UNIT_KINDS,
  validate,
} from '../../src/model';
import type { AutomaticRule, OrgDoc } from '../../src/model';
import { MERGE_WINDOW_MS } from '../../src/state';
import type { EditorStore } from '../../src/state';
import { reparentUnits } from '../../src/ui/inspector/placement';
import { pointArb, textArb } from '../fixtures/random-doc';

/**
 * Random user actions for the store, done the way the app does them: through the editor's
 * actions, the inspector's reparent, and the recipes of model/commands.ts with the merge keys and
 * gestures the canvas, the inspector and the checklist use. Numbers in an action pick units and
 * links of whatever document is open when it runs.
 */

type Store = EditorStore;
const n = fc.nat(999);
const ids = fc.array(n, { maxLength: 3 });
const pick = <T>(xs: readonly T[], i: number): T | undefined => xs[i % (xs.length || 1)];
const unitIds = (s: Store) => Object.keys(s.getState().doc.units);
const linkIds = (s: Store) => Object.keys(s.getState().doc.links);
const pickAll = (xs: readonly string[], is: number[]) => [
  ...new Set(is.map((i) => pick(xs, i)).filter((x): x is string => !!x)),
];
const FIXABLE = BUILT_IN_RULES.filter((r): r is AutomaticRule => !!r.quickFix);

/** One user action; its numbers pick units and links of whatever document is open by then. */
export const opArb = fc.oneof(
  fc.record({
    t: fc.constant('add' as const),
    kind: fc.constantFrom(...UNIT_KINDS.map((k) => k.id)),
    at: pointArb,
  }),
  fc.record({ t: fc.constant('delete' as const), units: ids, links: ids }),
  fc.record({
    t: fc.constant('nudge' as const),
    units: ids,
    dx: fc.integer({ min: -20, max: 20 }),
  }),
  fc.record({
    t: fc.constant('drag' as const),
    unit: n,
    frames: fc.array(pointArb, { minLength: 1, maxLength: 4 }),
    cancel: fc.boolean(),
  }),
  fc.record({
    t: fc.constant('reparent' as const),
    units: ids,
    parent: fc.integer({ min: -1, max: 999 }),
  }),
  fc.record({
    t: fc.constant('connect' as const),
    a: n,
    b: n,
    kind: fc.constantFrom(...LINK_KINDS),
  }),
  fc.record({ t: fc.constant('relabel' as const), unit: n, text: textArb() }),
  fc.record({ t: fc.constant('level' as const), unit: n, level: fc.constantFrom(...LEVELS) }),
  fc.record({ t: fc.constant('linkLabel' as const), link: n, text: textArb() }),
  fc.record({ t: fc.constant('layout' as const), units: ids, at: pointArb }),
  fc.record({ t: fc.constant('duplicate' as const), units: ids }),
  fc.record({ t: fc.constant('fix' as const), finding: n }),
  fc.constantFrom({ t: 'undo' as const }, { t: 'redo' as const }),
);
export type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;
// Milliseconds between actions: some inside the merge window, some outside it.
const gapArb = fc.constantFrom(0, 300, MERGE_WINDOW_MS + 1);
// A burst of typing into one label: the edits that the merge window exists for.
const burstArb = fc.tuple(n, fc.array(fc.tuple(textArb(), gapArb), { minLength: 2, maxLength: 4 }));
export const stepsArb = fc
  .array(
    fc.oneof(
      { arbitrary: fc.tuple(opArb, gapArb).map((s) => [s]), weight: 20 },
      {
        arbitrary: burstArb.map(([unit, xs]) =>
          xs.map(([text, gap]): [Op, number] => [{ t: 'relabel', unit, text }, gap]),
        ),
        weight: 1,
      },
    ),
    { minLength: 1, maxLength: 20 },
  )
  .map((xs) => xs.flat().slice(0, 30));

/** Applies one action as the app does; returns the merge key it used, if it recorded one. */
export function apply(store: Store, op: Op, check: (d: OrgDoc) => void): string | undefined {
  const st = store.getState();
  const doc = st.doc;
  const us = unitIds(store);
  switch (op.t) {
    case 'add':
      addUnitAt(store, op.kind, op.at);
      return;
    case 'delete':
      st.select({ units: pickAll(us, op.units), links: pickAll(linkIds(store), op.links) });
      deleteSelection(store);
      return;
    case 'nudge':
      st.select({ units: pickAll(us, op.units), links: [] });
      nudgeSelection(store, op.dx, 0);
      return 'nudge';
    case 'drag': {
      // The canvas's drag: transient frames, a drop into the container under the unit, one step.
      const id = pick(us, op.unit);
      if (!id) return;
      st.beginGesture();
      for (const p of op.frames) {
        st.edit((d) => commands.moveUnits(d, [{ id, position: p }]), { transient: true });
        check(store.getState().doc);
      }
      // A cancelled gesture (as auto-layout's preview ends) puts the document back, unrecorded.
      if (op.cancel) {
        st.cancelGesture();
        return;
      }
      const d1 = store.getState().doc;
      const abs = absolutePosition(d1, id);
      const size = sizeOf(d1.units[id]!);
      const centre = { x: abs.x + size.width / 2, y: abs.y + size.height / 2 };
      const into = containerAt(d1, centre, id)?.id;
      if (into !== d1.units[id]!.parent)
        st.edit((d) => commands.reparent(d, id, into, relativeTo(d1, into, abs)));
      store.getState().endGesture();
      return;
    }
    case 'reparent': {
      const containers = us.filter((id) => isContainer(doc.units[id]!));
      reparentUnits(
        st,
        pickAll(us, op.units),
        op.parent < 0 ? undefined : pick(containers, op.parent),
      );
      return;
    }
    case 'connect': {
      // The drawn kind if allowed, else the kind the canvas gives a new line (as onConnect does).
      const [s, t] = [pick(us, op.a), pick(us, op.b)];
      if (!s || !t) return;
      const kind = canConnect(doc, s, t, op.kind).ok ? op.kind : defaultLinkKind(doc, s, t);
      if (!kind) return;
      const id = freshId(doc, `${s}->${t}`);
      st.edit((d) =>
        commands.addLink(d, {
          id,
          kind,
          source: s,
          target: t,
          provenance: { status: 'user' },
        }),
      );
      return;
    }
    case 'relabel': {
      const id = pick(us, op.unit);
      if (!id) return;
      st.edit((d) => commands.updateUnit(d, id, { label: op.text }), { merge: `edit:${id}:label` });
      return `edit:${id}:label`;
    }
    case 'level': {
      const id = pick(us, op.unit);
      if (!id) return;
      // As the inspector does it: a level that would break a line is refused.
      editUnitsChecked(st, [id], (d) => commands.updateUnit(d, id, { level: op.level }));
      return;
    }
    case 'linkLabel': {
      const id = pick(linkIds(store), op.link);
      if (id) st.edit((d) => commands.setLinkLabel(d, id, op.text), { merge: `edit:${id}:label` });
      return id && `edit:${id}:label`;
    }
    case 'layout': {
      // A layout result without ELK: new places for some units, a route for every link among them.
      const only = pickAll(us, op.units);
      const positions = Object.fromEntries(
        only.map((id, i) => [id, { x: op.at.x + i * 200, y: op.at.y }]),
      );
      const laidOut = Object.values(doc.links).filter(
        (l) => only.includes(l.source) && only.includes(l.target),
      );
      const routes = Object.fromEntries(
        laidOut.map((l) => [l.id, [op.at, { x: op.at.x + 10, y: op.at.y + 40 }]]),
      );
      const moves = layoutPatch(doc, { positions, sizes: {}, routes });
      st.edit((d) =>
        commands.applyLayout(
          d,
          moves,
          routes,
          laidOut.map((l) => l.id),
        ),
      );
      return;
    }
    case 'duplicate':
      st.select({ units: pickAll(us, op.units), links: [] });
      duplicateSelection(store);
      return;
    case 'fix': {
      // The checklist's Fix button: the rule's quick-fix recipe on one of the current findings.
      const offered = validate(doc).flatMap((f) => {
        const fix = FIXABLE.find((r) => r.id === f.ruleId)?.quickFix;
        return fix && (!fix.available || fix.available(doc, f)) ? [{ f, fix }] : [];
      });
      const chosen = pick(offered, op.finding);
      if (chosen) st.edit((d) => chosen.fix.recipe(d, chosen.f));
      return;
    }
    case 'undo':
      st.undo();
      return;
    case 'redo':
      st.redo();
      return;
  }
}
