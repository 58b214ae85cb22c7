import { canConnect, commands, LINK_KIND_DEFS, LINK_KINDS } from '../../model';
import type { Link, LinkKind } from '../../model';
import { useEditor, useEditorStore } from '../../state';
import { useT } from '../../i18n';
import { linkKindText } from '../../i18n';

/** The small menu on a selected link: change its kind to any kind the two units allow. */
export function LinkKindMenu({ link }: { link: Link }) {
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  const { t, lang } = useT();
  const allowed = LINK_KINDS.filter(
    (k) => k === link.kind || canConnect(doc, link.source, link.target, k, link.id).ok,
  );
  return (
    <select
      aria-label={t('editor.linkKind')}
      className="link-label__menu"
      value={link.kind}
      onChange={(e) => {
        const kind = e.target.value as LinkKind;
        store.getState().edit((d) => commands.rekindLink(d, link.id, kind));
      }}
    >
      {allowed.map((k) => (
        <option key={k} value={k}>
          {linkKindText(LINK_KIND_DEFS[k], 'label', lang)}
        </option>
      ))}
    </select>
  );
}
