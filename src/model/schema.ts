import { z } from 'zod';
import { LinkKindSchema } from './link-kinds';
import { codedError, patternMessage } from './schema-issue';
import { LevelSchema, ModelSchema, ProvenanceSchema } from './vocabulary';

/** The schema version this build writes. Older files are migrated on open (see migrations.ts). */
export const SCHEMA_VERSION = 2;
/** The marker that tells an organogram file from any other JSON. */
export const FILE_FORMAT = 'poc-organogram';

const text = z.string().max(20000);
// Ids key plain objects in memory, so they may not start with a digit (all-digit keys would
// reorder the maps) nor shadow a built-in object property such as "constructor".
const RESERVED_IDS = new Set(['__proto__', ...Object.getOwnPropertyNames(Object.prototype)]);
const ID_PATTERN = /^[A-Za-z_][A-Za-z0-9_.:>-]*$/;
const id = z
  .string()
  .min(1)
  .max(200)
  .regex(ID_PATTERN, patternMessage(ID_PATTERN, 'idCharacters'))
  .refine((v) => !RESERVED_IDS.has(v), codedError('reservedId'))
  .describe('Identifier, unique within the document');

export const FORUM_FUNCTIONS = [
  'information_sharing',
  'analysis',
  'planning',
  'decision',
  'tasking',
  'monitoring',
  'early_warning',
  'advocacy',
] as const;
export const FORUM_OUTPUTS = [
  'decisions',
  'action_log',
  'recommendations_up',
  'tasking',
  'priority_matrix',
  'local_protection_plan',
  'contingency_plans',
  'reports',
] as const;
export const FREQUENCIES = ['daily', 'weekly', 'fortnightly', 'monthly', 'ad_hoc'] as const;

/** Terms-of-reference fields of a forum (domain reference §7). Chair, secretariat and members are links. */
export const ForumTorSchema = z
  .object({
    purpose: text.optional(),
    functions: z.array(z.enum(FORUM_FUNCTIONS)).optional(),
    frequency: z.enum(FREQUENCIES).optional(),
    crisisConvening: text.optional().describe('e.g. "within 24 hours of an alert"'),
    quorum: text.optional(),
    inputs: z.array(text).optional(),
    outputs: z.array(z.enum(FORUM_OUTPUTS)).optional(),
    decisionRights: z.enum(['advisory', 'decision', 'tasking']).optional(),
    humanitarianParticipation: z.enum(['none', 'observer', 'member']).optional(),
    infoSharing: text.optional(),
    decisions: z.array(text).optional().describe('Standing decision areas, e.g. "conditionality"'),
    delegatedByHOM: z.boolean().optional(),
    chairUnknown: z.boolean().optional().describe('The chair is not known from the sources'),
    torDate: text.optional(),
    reviewDate: text.optional(),
    endorsedBy: text.optional(),
  })
  .strict();
export type ForumTor = z.infer<typeof ForumTorSchema>;

/** Authority and resources of the POC coordinator (domain reference §3.5). */
export const AuthoritySchema = z
  .object({
    reportingLine: z
      .enum(['direct_to_HOM', 'via_COS', 'via_DSRSG', 'via_section_chief'])
      .optional(),
    grade: z.string().max(20).optional(),
    hasWrittenToR: z.boolean().optional(),
    endorsedByHOM: z.boolean().optional(),
    dedicatedStaff: z.number().int().min(0).max(10000).optional(),
    doubleHatted: z.boolean().optional(),
    budgetLine: z.boolean().optional(),
    fieldReach: z.number().int().min(0).max(10000).optional(),
    convenesUniformed: z.boolean().optional(),
    leadCoordinator: z.boolean().optional(),
  })
  .strict();
export type Authority = z.infer<typeof AuthoritySchema>;

const PointSchema = z.object({ x: z.number().finite(), y: z.number().finite() }).strict();
const SizeSchema = z
  .object({ width: z.number().finite().positive(), height: z.number().finite().positive() })
  .strict();

/** A unit: one component, post, forum, partner or container of the structure. */
export const UnitSchema = z
  .object({
    id,
    kind: z.string().min(1).describe('A unit kind id from the catalogue'),
    label: z.string().max(500),
    labelFr: z.string().max(500).optional(),
    level: LevelSchema.optional().describe('Overrides the kind default level'),
    parent: id.optional().describe('The container this unit sits in'),
    position: PointSchema.optional().describe('Top-left corner, relative to the parent container'),
    size: SizeSchema.optional().describe('Containers only: their drawn size'),
    isCoordinator: z.boolean().optional().describe('This unit is the designated POC coordinator'),
    focalPoint: z.boolean().optional().describe('A POC focal point is named in this unit'),
    pocRole: text.optional(),
    notes: text.optional(),
    tor: ForumTorSchema.optional(),
    authority: AuthoritySchema.optional(),
    provenance: ProvenanceSchema.optional(),
  })
  .strict();
export type Unit = z.infer<typeof UnitSchema>;

/** A link: a typed line between two units. */
export const LinkSchema = z
  .object({
    id,
    kind: LinkKindSchema,
    source: id,
    target: id,
    label: z.string().max(500).optional(),
    labelFr: z
      .string()
      .max(500)
      .optional()
      .describe('French label, used when the app is in French'),
    route: z
      .array(PointSchema)
      .min(2)
      .max(200)
      .optional()
      .describe(
        'Orthogonal route from auto-layout, in canvas coordinates; dropped when an end moves',
      ),
    provenance: ProvenanceSchema.optional(),
  })
  .strict();
export type Link = z.infer<typeof LinkSchema>;

/** A canvas-coordinate rectangle to fit in view: stored in canvas units, so any screen can show it. */
export const ViewRectSchema = z
  .object({
    x: z.number().finite(),
    y: z.number().finite(),
    width: z.number().finite().positive(),
    height: z.number().finite().positive(),
  })
  .strict();
export type ViewRect = z.infer<typeof ViewRectSchema>;

/**
 * One step of a presentation: a caption shown large over the chart, with some units emphasised.
 * Steps live in the document so a briefing travels with its chart.
 */
export const StepSchema = z
  .object({
    id,
    title: z.string().max(200),
    caption: text.describe('Plain text, shown large; never interpreted as HTML'),
    titleFr: z
      .string()
      .max(200)
      .optional()
      .describe('French title, shown when the app is in French'),
    captionFr: text.optional().describe('French caption, shown when the app is in French'),
    view: ViewRectSchema.optional().describe(
      'Canvas rectangle to show; absent: fit the highlighted units, or the whole chart if none',
    ),
    highlight: z.array(id).max(5000).default([]).describe('Ids of the units to emphasise'),
    provenance: ProvenanceSchema.optional(),
  })
  .strict();
export type Step = z.infer<typeof StepSchema>;

export const AnswerSchema = z
  .object({
    answer: z.enum(['yes', 'no', 'n/a', 'unknown']),
    note: text.optional(),
  })
  .strict();
export type Answer = z.infer<typeof AnswerSchema>;

export const ReferenceSchema = z
  .object({
    id: z.string().min(1).max(20),
    title: z.string().max(1000),
    url: z.string().max(2000).optional(),
  })
  .strict();
export type Reference = z.infer<typeof ReferenceSchema>;

export const MetaSchema = z
  .object({
    created: z.string().max(40).optional(),
    modified: z.string().max(40).optional(),
    author: z.string().max(200).optional(),
    classification: z.string().max(100).optional().describe('e.g. "UNCLASSIFIED"'),
    version: z.string().max(40).optional(),
  })
  .strict();

const ANSWER_KEY_PATTERN = /^[A-Za-z][A-Za-z0-9-]*$/;

/** The organogram as stored in a file or a preset: units and links as arrays, readers' order. */
export const OrgFileSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(FILE_FORMAT),
    schemaVersion: z.literal(SCHEMA_VERSION),
    id,
    title: z.string().max(300),
    description: z.string().max(5000).default(''),
    titleFr: z
      .string()
      .max(300)
      .optional()
      .describe('French title, used when the app is in French'),
    descriptionFr: z.string().max(5000).optional(),
    model: ModelSchema.optional().describe('The coordination model this organogram shows'),
    references: z.array(ReferenceSchema).default([]),
    provenance: ProvenanceSchema.optional(),
    units: z.array(UnitSchema),
    links: z.array(LinkSchema),
    answers: z
      .record(
        z
          .string()
          .max(40)
          .regex(ANSWER_KEY_PATTERN, patternMessage(ANSWER_KEY_PATTERN, 'answerRuleId')),
        AnswerSchema,
      )
      .default({}),
    meta: MetaSchema.default({}),
    // Optional on read, so version-2 files written before presentations existed still open.
    steps: z.array(StepSchema).max(200).default([]).describe('Presentation steps, in order'),
  })
  .strict();
export type OrgFile = z.infer<typeof OrgFileSchema>;

/** The in-memory document: the file's fields with units and links as id maps. */
export type OrgDoc = Omit<OrgFile, '$schema' | 'format' | 'units' | 'links'> & {
  units: Record<string, Unit>;
  links: Record<string, Link>;
};
