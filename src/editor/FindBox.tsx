import { forwardRef, useState } from 'react';
import { useEditorStore } from '../state';
import { useT } from '../i18n';

/** Find a unit by name (Ctrl+F): Enter selects the first match and brings it into view. */
export const FindBox = forwardRef<HTMLInputElement>(function FindBox(_props, ref) {
  const store = useEditorStore();
  const { t } = useT();
  const [q, setQ] = useState('');
  const [miss, setMiss] = useState(false);
  const find = () => {
    const needle = q.trim().toLowerCase();
    if (!needle) return;
    const { doc, select, setView, view } = store.getState();
    const hit = Object.values(doc.units).find((u) =>
      `${u.label} ${u.labelFr ?? ''} ${u.id}`.toLowerCase().includes(needle),
    );
    setMiss(!hit);
    if (!hit) return;
    select({ units: [hit.id], links: [] });
    setView({ focusRequest: view.focusRequest + 1 });
  };
  return (
    <div className="find-box">
      <input
        ref={ref}
        type="search"
        aria-label={t('editor.find.label')}
        placeholder={t('editor.find.placeholder')}
        value={q}
        aria-invalid={miss || undefined}
        onChange={(e) => {
          setQ(e.target.value);
          setMiss(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') find();
          if (e.key === 'Escape') (e.target as HTMLInputElement).blur();
        }}
      />
      {miss && (
        <span role="status" className="find-box__miss">
          {t('editor.find.none')}
        </span>
      )}
    </div>
  );
});
