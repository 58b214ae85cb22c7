import type { OrgDoc, Step, Unit } from './schema';

/** The languages the app speaks: the UN Secretariat's two working languages. */
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

// Unit labels, titles and captions are the user's data: a French version sits beside the English
// one and is used when the app or an export is in French, falling back to the English text.

/** The label to show for a unit in a language. */
export function labelIn(unit: Pick<Unit, 'label' | 'labelFr'>, lang: Lang): string {
  return (lang === 'fr' && unit.labelFr?.trim()) || unit.label;
}

/** The unit with this id named in a language: its label, or its id when it has none or is gone. */
export function unitNameIn(
  doc: { units: Readonly<Record<string, { label: string; labelFr?: string }>> },
  id: string,
  lang: Lang,
): string {
  const u = doc.units[id];
  return (u && labelIn(u, lang)) || id;
}

/** A link's label in a language (links may have none). */
export function linkLabelIn(
  link: { label?: string; labelFr?: string },
  lang: Lang,
): string | undefined {
  return (lang === 'fr' && link.labelFr?.trim()) || link.label;
}

/**
 * Which title field a reader of the language sees, and so the one a title box edits: the French
 * title in French when it has text, the title itself otherwise.
 */
export function titleFieldIn(doc: Pick<OrgDoc, 'titleFr'>, lang: Lang): 'title' | 'titleFr' {
  return lang === 'fr' && doc.titleFr?.trim() ? 'titleFr' : 'title';
}

/** The document's title in a language. */
export function docTitleIn(doc: Pick<OrgDoc, 'title' | 'titleFr'>, lang: Lang): string {
  return (lang === 'fr' && doc.titleFr?.trim()) || doc.title;
}

/** The document's description in a language. */
export function docDescriptionIn(
  doc: Pick<OrgDoc, 'description' | 'descriptionFr'>,
  lang: Lang,
): string {
  return (lang === 'fr' && doc.descriptionFr?.trim()) || doc.description;
}

/** A presentation step's title and caption in a language. */
export function stepTextIn(
  step: Pick<Step, 'title' | 'caption' | 'titleFr' | 'captionFr'>,
  lang: Lang,
): { title: string; caption: string } {
  if (lang !== 'fr') return { title: step.title, caption: step.caption };
  return {
    title: step.titleFr?.trim() || step.title,
    caption: step.captionFr?.trim() || step.caption,
  };
}
