import type { Category, Level, Location, Tier } from './vocabulary';

/** One entry of the component catalogue: a kind of unit a planner can place. */
export interface UnitKind {
  /** Stable kebab-case id, used in files. */
  id: string;
  /** Short label or acronym shown on the canvas and in the palette. */
  short: string;
  /** Full name. */
  name: string;
  category: Category;
  level: Level;
  location: Location;
  tiers: Tier[];
  /** A meeting body (drawn with its own shape; the target of membership links). */
  forum: boolean;
  /** A team that has members without being a meeting body (JPT, JOTC). */
  team: boolean;
  /** A container (mission HQ, sector, field office) that holds other units. */
  container: boolean;
  /** Military or police: may hold command authority. */
  uniformed: boolean;
  /** A humanitarian actor the mission must never task (rule I5). */
  humanitarian: boolean;
  /** POC role, in our own words. */
  role: string;
  /** Whether the role text rests on a public source or is reconstructed. */
  provenance: 'verified' | 'reconstructed';
  /** Source references (S-numbers of the domain reference). */
  sources: string[];
}

type Opts = Partial<
  Pick<UnitKind, 'forum' | 'team' | 'container' | 'uniformed' | 'humanitarian' | 'sources'>
>;

/** Compact constructor so the catalogue reads as a table. */
export function kind(
  id: string,
  short: string,
  name: string,
  category: Category,
  level: Level,
  location: Location,
  tiers: Tier[],
  role: string,
  opts: Opts = {},
): UnitKind {
  const sources = opts.sources ?? [];
  return {
    id,
    short,
    name,
    category,
    level,
    location,
    tiers,
    role,
    forum: opts.forum ?? category === 'forum',
    team: opts.team ?? false,
    container: opts.container ?? category === 'container',
    uniformed: opts.uniformed ?? (category === 'military' || category === 'police'),
    humanitarian: opts.humanitarian ?? false,
    provenance: sources.length > 0 ? 'verified' : 'reconstructed',
    sources,
  };
}
