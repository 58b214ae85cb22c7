import { describe, expect, it } from 'vitest';
import { organogramJsonSchema } from '../../src/model';

describe('presets/organogram.schema.json', () => {
  it('matches the schema generated from the zod model (run `npm run schema` after changing it)', async () => {
    await expect(organogramJsonSchema()).toMatchFileSnapshot(
      '../../presets/organogram.schema.json',
    );
  });
});
