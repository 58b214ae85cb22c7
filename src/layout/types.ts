/** Layout direction: top-down (the briefing-chart default) or left-right. */
export type LayoutDirection = 'DOWN' | 'RIGHT';
/** How much room the layout leaves between units. */
export type LayoutSpacing = 'compact' | 'normal' | 'roomy';

export interface Point {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface LayoutOptions {
  /** Default 'DOWN'. */
  direction?: LayoutDirection;
  /** Default 'normal'. */
  spacing?: LayoutSpacing;
  /** Measured sizes of units on the canvas; units not listed get UNIT_SIZE. */
  sizes?: Record<string, Size>;
  /**
   * Lay out only these units (containers bring their contents) and the links among them; every
   * other unit keeps its position. Each group of units with the same parent lands with its
   * top-left corner where the group's bounding box was.
   */
  only?: readonly string[];
}

export interface LayoutResult {
  /** New top-left corners, relative to each unit's parent container (as the model stores them). */
  positions: Record<string, Point>;
  /** New sizes of the containers that were laid out (and of parents grown to fit a partial layout). */
  sizes: Record<string, Size>;
  /** Orthogonal routes in absolute canvas coordinates: start, bend points, end. */
  routes: Record<string, Point[]>;
}
