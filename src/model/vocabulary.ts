import { z } from 'zod';

/** The three levels at which POC coordination happens (2020 Handbook, Ch. 6). */
export const LEVELS = ['strategic', 'operational', 'tactical'] as const;
export const LevelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof LevelSchema>;

/** Where a unit sits: mission headquarters, a field location, or outside the mission. */
export const LOCATIONS = ['hq', 'field', 'external'] as const;
export const LocationSchema = z.enum(LOCATIONS);
export type Location = z.infer<typeof LocationSchema>;

/** POC tiers: I dialogue and engagement, II physical protection, III protective environment. */
export const TIERS = ['I', 'II', 'III'] as const;
export const TierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof TierSchema>;

/** Unit categories drive colour on the canvas and grouping in the palette. */
export const CATEGORIES = [
  'leadership',
  'joint',
  'poc',
  'forum',
  'civilian',
  'support',
  'military',
  'police',
  'field',
  'external',
  'container',
] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

/** Human-readable names for each category, in palette order. */
export const CATEGORY_LABELS: Record<Category, string> = {
  leadership: 'Leadership',
  joint: 'Joint structures',
  poc: 'POC offices',
  forum: 'Forums',
  civilian: 'Substantive sections',
  support: 'Mission support',
  military: 'Military',
  police: 'Police',
  field: 'Field tools',
  external: 'External partners',
  container: 'Containers',
};

/**
 * Where a piece of data comes from. "verified" items are backed by a public source;
 * "reconstructed" items are derived from related guidance and are not the study's words;
 * "user" items were drawn by the person editing the organogram.
 */
export const PROVENANCE_STATUSES = ['verified', 'reconstructed', 'user'] as const;
export const ProvenanceSchema = z
  .object({
    status: z.enum(PROVENANCE_STATUSES),
    sources: z.array(z.string().min(1)).optional().describe('Source references, e.g. "S6"'),
    note: z.string().optional(),
  })
  .strict();
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** The coordinator models of the study's Chapter IV, plus the other kinds of preset we ship. */
export const MODELS = [
  'poc-adviser',
  'substantive-section',
  'group',
  'head-of-mission',
  'forum-architecture',
  'centralised',
  'decentralised',
  'template',
  'custom',
] as const;
export const ModelSchema = z.enum(MODELS);
export type CoordinationModel = z.infer<typeof ModelSchema>;
