import { z } from 'zod';
import { OrgFileSchema } from './schema';

/** The JSON Schema of organogram files and presets (draft 2020-12), generated from the zod schema. */
export function organogramJsonSchema(): string {
  const schema = z.toJSONSchema(OrgFileSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'POC organogram', $id: 'organogram.schema.json' }, null, 2)}\n`;
}
