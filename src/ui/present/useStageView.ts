import { useEffect, useMemo, useState } from 'react';
import type { RefObject } from 'react';
import type { OrgDoc, Step } from '../../model';
import type { FlowMarks } from '../../editor';
import { fitViewport, stepBounds } from './steps';
import type { Viewport } from './steps';

/** Room around what a step shows, as a fraction of it: more around a few units, for context. */
const PADDING = { view: 0.03, units: 0.2, all: 0.05 };
/** How long a move between steps glides (the CSS transition in styles.css matches it). */
const GLIDE_MS = 400;

/**
 * The presented chart's viewport, computed here from the model and the stage's size rather than
 * left to the canvas: it is right from the first frame, it is fitted again whenever the stage
 * changes size (entering full screen comes after the first render, and every caption has its
 * own height), and its zoom sets how thick the highlight ring is drawn, so highlighted units
 * stay obvious even when a whole chart is on screen. A pan or zoom by the presenter holds until
 * the next step or resize.
 */
export function useStageView(
  stage: RefObject<HTMLDivElement | null>,
  doc: OrgDoc,
  step: Step,
  at: number,
) {
  const [size, setSize] = useState<{ width: number; height: number } | undefined>();
  useEffect(() => {
    const el = stage.current;
    if (!el) return;
    const ro = new ResizeObserver(() => {
      const r = el.getBoundingClientRect();
      setSize({ width: Math.round(r.width), height: Math.round(r.height) });
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [stage]);

  const key = `${at}:${size?.width}x${size?.height}`;
  const fitted = useMemo(() => {
    const rect = stepBounds(doc, step);
    if (!rect || !size || size.width < 10 || size.height < 10) return undefined;
    const pad = step.view ? PADDING.view : step.highlight.length ? PADDING.units : PADDING.all;
    return fitViewport(rect, size.width, size.height, pad);
  }, [doc, step, size]);
  const [manual, setManual] = useState<{ key: string; viewport: Viewport } | undefined>();
  const viewport = manual?.key === key ? manual.viewport : fitted;

  // Glide between steps, but not while the presenter pans: a transition would make it lag.
  // (State adjusted during render when the step changes, as React recommends over an effect.)
  const [seenAt, setSeenAt] = useState(at);
  const [gliding, setGliding] = useState(false);
  if (seenAt !== at) {
    setSeenAt(at);
    setGliding(true);
  }
  useEffect(() => {
    if (!gliding) return;
    const t = setTimeout(() => setGliding(false), GLIDE_MS);
    return () => clearTimeout(t);
  }, [gliding, at]);

  const marks = useMemo<FlowMarks>(() => ({ highlight: new Set(step.highlight) }), [step]);
  // About 5 screen pixels whatever the zoom, within what still looks like a ring.
  const ring = Math.min(40, Math.max(4, 5 / (viewport?.zoom ?? 1)));
  return {
    marks,
    /** Until the stage is measured the chart is hidden: it would flash unfitted. */
    ready: viewport !== undefined,
    viewport: viewport ?? { x: 0, y: 0, zoom: 1 },
    onViewportChange: (v: Viewport) => setManual({ key, viewport: v }),
    gliding,
    ring,
  };
}
