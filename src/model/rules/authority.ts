import { findKind } from '../catalogue';
import type { Unit } from '../schema';
import type { Graph } from './graph';
import { finding, gradeRank, linkedFocalPoints, MIN_COORDINATOR_GRADE } from './helpers';
import { say } from './text';
import type { Said } from './text';
import type { Rule } from './types';

const A1 = { id: 'A1', severity: 'error' } as const;
const A2 = { id: 'A2', severity: 'warning' } as const;
const A3 = { id: 'A3', severity: 'warning' } as const;
const A4 = { id: 'A4', severity: 'warning' } as const;
const A5 = { id: 'A5', severity: 'warning' } as const;
const A6 = { id: 'A6', severity: 'warning' } as const;

/** Which of the study's four coordinator models a coordinator unit follows. */
export type CoordinatorModel = 'adviser' | 'section' | 'group' | 'hom';

export function coordinatorModel(u: Unit): CoordinatorModel {
  const k = findKind(u.kind);
  if (u.kind === 'hom') return 'hom';
  if (k?.forum) return 'group';
  if (k?.category === 'poc') return 'adviser';
  return 'section';
}

const isHom = (u: Unit) => u.kind === 'hom';

/** Field offices not nested inside another field office: the offices a coordinator has to reach. */
function topOffices(g: Graph): Unit[] {
  return g.fieldOffices.filter((o) => g.fieldChain(o.id).length === 1);
}

/** Chapter V — Authority and resources of the coordinator. */
export const AUTHORITY_RULES: Rule[] = [
  {
    ...A1,
    group: 'authority',
    title: 'The coordinator has a direct line to the Head of Mission',
    why: 'A coordinator several layers below the Head of Mission cannot convene section chiefs or the Force, and hears of decisions after they are made.',
    provenance: 'reconstructed',
    sources: ['S4'],
    remedy:
      'Move the coordinator into the Office of the Head of Mission, or give it a direct reporting line (at most through the Chief of Staff).',
    check: (g) =>
      g.coord.flatMap((c) => {
        const model = coordinatorModel(c);
        if (model === 'hom') return [];
        if (model === 'adviser') {
          const direct = g.linkedTo(c.id, 'reports-to').some(isHom);
          const viaCos = g
            .linkedTo(c.id, 'reports-to')
            .some((p) => p.kind === 'cos' && g.linkedTo(p.id, 'reports-to').some(isHom));
          return direct || viaCos ? [] : [finding(A1, say('A1.adviser', { unit: c }), [c])];
        }
        if (model === 'group') {
          const reach = g.reachableFrom(c.id, ['reports-to', 'escalates-to']);
          return g.K('hom').some((h) => reach.has(h.id))
            ? []
            : [finding(A1, say('A1.group', { unit: c }), [c], { severity: 'warning' })];
        }
        const d = g.distance(c.id, isHom, ['reports-to']);
        if (d !== undefined && d <= 2) return [];
        return [
          finding(
            A1,
            d === undefined
              ? say('A1.noLine', { unit: c })
              : say('A1.distance', { unit: c, count: d }),
            [c],
            { severity: 'warning' },
          ),
        ];
      }),
    appliesTo: (g) => g.coord.length > 0 && g.K('hom').length > 0,
  },
  {
    ...A2,
    group: 'authority',
    title: 'The coordinator is senior enough to convene',
    why: 'Section chiefs and uniformed commanders answer a convening call from someone of their own rank or above.',
    provenance: 'reconstructed',
    sources: ['S4', 'S15'],
    remedy: `Raise the coordinator's grade (${MIN_COORDINATOR_GRADE} or above, e.g. D1), or have the Head of Mission delegate convening authority explicitly.`,
    check: (g) =>
      g.coord.flatMap((c) => {
        if (g.category(c) === 'leadership') return [];
        const min = gradeRank(MIN_COORDINATOR_GRADE) as number;
        const rank = gradeRank(c.authority?.grade);
        if (rank !== undefined && rank >= min) return [];
        if (
          coordinatorModel(c) === 'group' &&
          g.chairs(c.id, true).some((ch) => g.category(ch) === 'leadership')
        )
          return [];
        return [
          finding(
            A2,
            c.authority?.grade
              ? say('A2.grade', { unit: c, grade: c.authority.grade, min: MIN_COORDINATOR_GRADE })
              : say('A2.noGrade', { unit: c }),
            [c],
          ),
        ];
      }),
    appliesTo: (g) => g.coord.length > 0,
  },
  {
    ...A3,
    group: 'authority',
    title: 'The coordinator has dedicated staff',
    why: 'When POC coordination is an added duty, it is the first thing dropped when the main job gets busy.',
    provenance: 'reconstructed',
    sources: ['S4', 'S15'],
    remedy:
      'Budget dedicated POC posts for the coordinator rather than relying on double-hatted staff.',
    check: (g) =>
      g.coord.flatMap((c) => {
        const a = c.authority;
        const problems: Said[] = [];
        if (!a || (a.dedicatedStaff ?? 0) < 1) problems.push(say('A3.noStaff'));
        if (a?.doubleHatted === true) problems.push(say('A3.addedDuty'));
        return problems.length ? [finding(A3, say('A3.problems', { unit: c, problems }), [c])] : [];
      }),
    appliesTo: (g) => g.coord.length > 0,
  },
  {
    ...A4,
    group: 'authority',
    title: 'The coordinator’s authority is endorsed by the Head of Mission',
    why: 'A ToR or directive signed by the Head of Mission is what lets the coordinator ask components for things they would rather not give.',
    provenance: 'reconstructed',
    sources: ['S4', 'S15'],
    remedy: "Have the Head of Mission sign a directive or the coordinator's ToR.",
    check: (g) =>
      g.coord
        .filter((c) => coordinatorModel(c) !== 'hom' && c.authority?.endorsedByHOM !== true)
        .map((c) => finding(A4, say('A4.unendorsed', { unit: c }), [c])),
    appliesTo: (g) => g.coord.length > 0,
  },
  {
    ...A5,
    group: 'authority',
    title: 'The coordinator reaches every field office',
    why: 'A coordinator without a functional line into each field office coordinates headquarters only.',
    provenance: 'reconstructed',
    sources: ['S4', 'S15'],
    remedy:
      'Place field POC officers or focal points in each field office with a functional line to the coordinator, and record the field reach.',
    check: (g) => {
      const offices = topOffices(g);
      const covered = g.coveredOffices(linkedFocalPoints(g));
      const computed = offices.filter((o) => covered.has(o.id)).length;
      return g.coord.flatMap((c) => {
        const reach = c.authority?.fieldReach ?? computed;
        if (reach >= offices.length) return [];
        return [
          finding(
            A5,
            say(c.authority?.fieldReach === undefined ? 'A5.counted' : 'A5.recorded', {
              unit: c,
              reach,
              total: offices.length,
            }),
            [c],
          ),
        ];
      });
    },
    appliesTo: (g) => g.coord.length > 0 && g.fieldOffices.length > 0,
  },
  {
    ...A6,
    group: 'authority',
    title: 'The coordinator serves the main POC forums',
    why: 'Running the secretariat (or chairing) the senior and operational forums is what turns a coordinator’s advice into decisions and action points.',
    provenance: 'reconstructed',
    sources: ['S15', 'S16'],
    remedy:
      'Make the coordinator the secretariat (or chair) of the senior and operational POC forums.',
    check: (g) => {
      const main = [...g.strategicHq, ...g.operationalHq];
      const mainIds = new Set(main.map((f) => f.id));
      return g.coord.flatMap((c) => {
        const model = coordinatorModel(c);
        if (model === 'hom') return [];
        if (model === 'group' && mainIds.has(c.id)) return [];
        if (g.out(c.id, 'secretariat-of', 'chairs', 'co-chairs').some((l) => mainIds.has(l.target)))
          return [];
        return [finding(A6, say('A6.unserved', { unit: c }), [c, ...main])];
      });
    },
    appliesTo: (g) => g.coord.length > 0,
  },
];
