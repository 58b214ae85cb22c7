import { useEffect, useState } from 'react';
import { CloseButton } from '@mantine/core';
import { useEditor } from '../state';
import { useT } from '../i18n';

/** Shows the latest message (a refused link, an undo at the start of history) for a few seconds. */
export function Notices() {
  const notice = useEditor((s) => s.view.notice);
  const { t, lang } = useT();
  const [hidden, setHidden] = useState<number | undefined>();
  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(() => setHidden(notice.at), notice.kind === 'error' ? 8000 : 4000);
    return () => clearTimeout(t);
  }, [notice]);
  const visible = notice && hidden !== notice.at;
  return (
    <div className="notices" aria-live="polite">
      {visible && (
        <div
          className={`notice notice--${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          {/* Said again in the language on screen, if the message can be (see NoticeText). */}
          <span>{notice.textIn ? notice.textIn(lang) : notice.text}</span>
          <CloseButton
            size="sm"
            aria-label={t('app.dismissMessage')}
            onClick={() => setHidden(notice.at)}
          />
        </div>
      )}
    </div>
  );
}
