import { fillConnectReason, findKind, labelIn, LINK_KIND_DEFS } from '../model';
import type { ConnectRefusal, ConnectWords, Lang } from '../model';
import { kindText, linkKindText } from './catalogue-text';
import FR from './locales/fr/connect.json';

// Why a link is refused, in a language. The English sentence is the model's own (canConnect's
// `reason`); the French templates sit in fr/connect.json under the same codes and are filled with
// the refusal's parts named in French: unit labels, catalogue kind names, link kind names.

const fr = FR as Record<string, string | undefined>;

const FRENCH: ConnectWords = {
  unit: (u) => labelIn(u, 'fr'),
  kind: (id, field) => {
    const k = findKind(id);
    return k ? kindText(k, field, 'fr') : id;
  },
  link: (k) => linkKindText(LINK_KIND_DEFS[k], 'label', 'fr').toLowerCase(),
};

/** The reason canConnect (or brokenLink) gave, in a language; English when French is missing. */
export function connectReason(r: ConnectRefusal, lang: Lang): string {
  const template = lang === 'fr' ? fr[r.code] : undefined;
  return template ? fillConnectReason(template, r.values, FRENCH) : r.reason;
}
