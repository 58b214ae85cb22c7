import { useEffect, useState } from 'react';
import { CloseButton } from '@mantine/core';
import { useEditor } from '../state';

/** Shows the latest message (a refused link, an undo at the start of history) for a few seconds. */
export function Notices() {
  const notice = useEditor((s) => s.view.notice);
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
          <span>{notice.text}</span>
          <CloseButton
            size="sm"
            aria-label="Dismiss message"
            onClick={() => setHidden(notice.at)}
          />
        </div>
      )}
    </div>
  );
}
