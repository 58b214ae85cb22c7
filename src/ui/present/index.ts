// The presentation mode and the Steps tab that authors it.
export { Presentation } from './Presentation';
export type { PresentationProps } from './Presentation';
export { StepsPanel } from './StepsPanel';
