import { LINK_KIND_DEFS } from '../model';
import type { LinkKind } from '../model';

/**
 * A link kind's stroke colour as a CSS variable with the print colour as fallback, so the dark
 * theme can lighten dark inks (see styles.css) while exports keep the print colours.
 */
export function linkColour(kind: LinkKind): string {
  return `var(--link-${kind}, ${LINK_KIND_DEFS[kind].style.color})`;
}
