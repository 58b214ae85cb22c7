import type { Unit } from '../schema';
import type { Graph } from './graph';
import { finding } from './helpers';
import { kindOf, linkKindOf, say, written } from './text';
import type { RuleDecl, RuleDeclInput } from './pack-schema';
import type { AutomaticRule, Finding, Rule } from './types';

const OPS = {
  '>=': (a: number, b: number) => a >= b,
  '<=': (a: number, b: number) => a <= b,
  '==': (a: number, b: number) => a === b,
} as const;

// None, one or more: each language agrees its words with the count its own way.
const COUNT_KEYS = ['decl.kindCountNone', 'decl.kindCountOne'] as const;

const OP_WORDS = { '>=': 'decl.atLeast', '<=': 'decl.atMost', '==': 'decl.exactly' } as const;

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
        g.K(kind).length > 0 ? [] : [finding(self, say('decl.kindExists', { kind: kindOf(kind) }))],
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
            say(COUNT_KEYS[units.length] ?? 'decl.kindCountOther', {
              count: units.length,
              kind: kindOf(kind),
              op: say(OP_WORDS[op]),
              n,
            }),
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
            say('decl.linkBetween', { link: linkKindOf(link), from: kindOf(from), to: kindOf(to) }),
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
              finding(
                self,
                say('decl.forumHasMember', { forum: written(f), member: kindOf(member) }),
                [f],
              ),
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
            .map((c) =>
              finding(
                self,
                say('decl.containerContains', { container: written(c), kind: kindOf(contains) }),
                [c],
              ),
            ),
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
