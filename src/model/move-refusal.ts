import { fillTemplate } from './template';

// Why a unit cannot be moved into a container. The inspector shows it to the planner, so it is
// a code and the ids it names, with the English built here; other languages word it from the code.

/** The English sentence of each refusal; `{{parent}}` is the container asked for, by id. */
export const MOVE_REFUSALS = {
  notContainer: '"{{parent}}" is not a container',
  insideItself: 'A container cannot be moved inside itself',
} as const;

export type MoveRefusalCode = keyof typeof MOVE_REFUSALS;

/** Thrown by `commands.reparent`: its message is the English sentence. */
export class MoveRefusal extends Error {
  readonly code: MoveRefusalCode;
  readonly values: Readonly<Record<string, string>>;

  constructor(code: MoveRefusalCode, values: Readonly<Record<string, string>> = {}) {
    super(fillTemplate(MOVE_REFUSALS[code], values));
    this.name = 'MoveRefusal';
    this.code = code;
    this.values = values;
  }
}
