import { findKind } from '../catalogue';
import type { Unit } from '../schema';
import type { Graph } from './graph';
import { finding } from './helpers';
import type { RuleDecl, RuleDeclInput } from './pack-schema';
import type { AutomaticRule, Finding, Rule } from './types';

function kindName(kind: string): string {
  const k = findKind(kind);
  return k ? k.short || k.name : kind;
}

const OPS = {
  '>=': (a: number, b: number) => a >= b,
  '<=': (a: number, b: number) => a <= b,
  '==': (a: number, b: number) => a === b,
} as const;

const OP_WORDS = { '>=': 'at least', '<=': 'at most', '==': 'exactly' } as const;

/**
 * Turns a declarative rule (from a custom pack, or one of the built-in rules that fit a simple
 * form) into a rule the engine runs. Defaults are filled in for fields the declaration leaves out.
 */
export function compileRule(input: RuleDecl | RuleDeclInput, pack = 'custom'): Rule {
  const decl = input as RuleDeclInput;
  const base = {
    id: decl.id,
    group: decl.group,
    title: decl.title,
    why: decl.why ?? '',
    severity: decl.severity ?? 'warning',
    remedy: decl.remedy ?? '',
    provenance: decl.provenance ?? 'reconstructed',
    sources: decl.sources ?? [],
    pack,
  };
  const self = { id: base.id, severity: base.severity };
  switch (decl.type) {
    case 'manual':
      return { ...base, question: decl.question };
    case 'kind-exists': {
      const { kind } = decl;
      return auto(base, (g) =>
        g.K(kind).length > 0
          ? []
          : [finding(self, `There is no ${kindName(kind)} in the structure.`)],
      );
    }
    case 'kind-count': {
      const { kind, op, n } = decl;
      return auto(base, (g) => {
        const units = g.K(kind);
        if (OPS[op](units.length, n)) return [];
        return [
          finding(
            self,
            `There ${units.length === 1 ? 'is' : 'are'} ${units.length} ${kindName(kind)}; the rule expects ${OP_WORDS[op]} ${n}.`,
            units,
          ),
        ];
      });
    }
    case 'link-between': {
      const { link, from, to } = decl;
      return auto(base, (g) => {
        const froms = g.K(from);
        const found = froms.some((u) => g.linkedTo(u.id, link).some((t) => t.kind === to));
        if (found) return [];
        return [
          finding(
            self,
            `No "${link}" link runs from a ${kindName(from)} to a ${kindName(to)}.`,
            froms,
          ),
        ];
      });
    }
    case 'forum-has-member': {
      const { forum, member } = decl;
      return auto(
        base,
        (g) =>
          g
            .K(forum)
            .filter((f) => !g.members(f.id).some((m) => m.kind === member))
            .map((f) =>
              finding(self, `${f.label} has no ${kindName(member)} among its members.`, [f]),
            ),
        (g) => g.K(forum).length > 0,
      );
    }
    case 'container-contains': {
      const { container, contains } = decl;
      return auto(
        base,
        (g) =>
          g
            .K(container)
            .filter((c) => !g.descendants(c.id).some((u: Unit) => u.kind === contains))
            .map((c) => finding(self, `${c.label} holds no ${kindName(contains)}.`, [c])),
        (g) => g.K(container).length > 0,
      );
    }
  }
}

function auto(
  base: Omit<AutomaticRule, 'check' | 'appliesTo'>,
  check: (g: Graph) => Finding[],
  appliesTo?: (g: Graph) => boolean,
): AutomaticRule {
  return appliesTo ? { ...base, check, appliesTo } : { ...base, check };
}

/** Compiles every rule of a parsed custom pack, tagged with the pack id. */
export function compilePack(pack: {
  id: string;
  rules: readonly (RuleDecl | RuleDeclInput)[];
}): Rule[] {
  return pack.rules.map((r) => compileRule(r, pack.id));
}
