import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useEditorStore } from '../state';
import { runAutoLayout } from './auto-layout';

/** Runs auto-layout with the sizes the canvas measured for each unit card. */
export function useAutoLayout(): () => Promise<void> {
  const store = useEditorStore();
  const rf = useReactFlow();
  return useCallback(() => {
    const sizes: Record<string, { width: number; height: number }> = {};
    for (const n of rf.getNodes()) {
      if (n.type === 'container' || !n.measured?.width || !n.measured.height) continue;
      sizes[n.id] = { width: Math.ceil(n.measured.width), height: Math.ceil(n.measured.height) };
    }
    return runAutoLayout(store, sizes);
  }, [store, rf]);
}
