import { useMemo } from 'react';
import { DASH_ARRAYS, LINK_KIND_DEFS, LINK_KINDS } from '../model';
import type { LinkKind } from '../model';
import { useEditor } from '../state';
import { linkColour } from './link-colour';
import { useT } from '../i18n';
import { linkKindText } from '../i18n';

/** The kinds of link in use, each with a sample of its line. */
export function Legend() {
  const links = useEditor((s) => s.doc.links);
  const { t, lang } = useT();
  const used = useMemo(() => {
    const kinds = new Set<LinkKind>(Object.values(links).map((l) => l.kind));
    return LINK_KINDS.filter((k) => kinds.has(k));
  }, [links]);
  if (used.length === 0) return null;
  return (
    <section className="legend" aria-label={t('editor.legend.label')}>
      <h2 className="legend__title">{t('editor.legend.links')}</h2>
      <ul>
        {used.map((k) => {
          const def = LINK_KIND_DEFS[k];
          const st = def.style;
          return (
            <li key={k} title={linkKindText(def, 'meaning', lang)}>
              <svg width="36" height="10" aria-hidden="true">
                <line
                  x1="2"
                  y1="5"
                  x2={st.arrow ? 28 : 34}
                  y2="5"
                  stroke={linkColour(k)}
                  strokeWidth={Math.min(st.width, 3)}
                  strokeDasharray={DASH_ARRAYS[st.stroke]}
                  strokeLinecap={st.stroke === 'dotted' ? 'round' : 'butt'}
                />
                {st.arrow && <path d="M28 1 L35 5 L28 9 Z" fill={linkColour(k)} />}
              </svg>
              <span>{linkKindText(def, 'label', lang)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
