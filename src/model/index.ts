// The public surface of the domain model. Other folders import the model only from here.
export * from './vocabulary';
export * from './link-kinds';
export * from './catalogue';
export * from './schema';
export * from './doc';
export * from './connect';
export * as commands from './commands';
export type { Recipe } from './commands';
export * from './integrity';
export * from './serialize';
export { MIGRATIONS, OLDEST_SUPPORTED_VERSION, migrate } from './migrations';
export { locateJsonError } from './json-locate';
export * from './placement';
export { organogramJsonSchema } from './json-schema';
export * from './geometry';
export * from './clipboard';
export * from './colours';
export * from './rules';
