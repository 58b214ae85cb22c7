import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { produce } from 'immer';
import type { Draft } from 'immer';
import { parseDocument } from '../../../src/model';
import type { ForumTor, Link, LinkKind, OrgDoc, Unit } from '../../../src/model';
import { doc, link, unit } from '../../fixtures/builders';

export { doc, link, unit };

const presetDir = join(__dirname, '../../../presets');

/** Preset ids (file names without .json), sorted. */
export const PRESET_IDS = readdirSync(presetDir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

/** A preset, parsed. */
export function preset(id: string): OrgDoc {
  const r = parseDocument(readFileSync(join(presetDir, `${id}.json`), 'utf8'));
  if (!r.ok) throw new Error(`${id}: ${JSON.stringify(r.problems)}`);
  return r.doc;
}

/** A complete forum ToR (§7) with the given outputs. */
export function tor(outputs: ForumTor['outputs'], extra: Partial<ForumTor> = {}): ForumTor {
  return {
    purpose: 'Coordinate protection of civilians.',
    functions: ['information_sharing', 'planning'],
    frequency: 'weekly',
    crisisConvening: 'Within 24 hours of an alert',
    inputs: ['JOC reports'],
    outputs,
    decisionRights: 'decision',
    humanitarianParticipation: 'observer',
    ...extra,
  };
}

const role = { pocRole: 'Has a defined POC role.' };
const inHq = { parent: 'hq', ...role };
const inFo = { parent: 'fo', ...role };

/**
 * A small but complete mission on which no automatic rule fires: a POC adviser coordinator, an
 * SMG-P, a POC WG and one field office with its own forum, alert chain and JPT.
 */
export function goodMission(): OrgDoc {
  const units: Unit[] = [
    unit('mission-hq', 'hq'),
    unit('hom', 'hom', inHq),
    unit('cos', 'cos', inHq),
    unit('dsrsg-rchc', 'dsrsg-rchc', inHq),
    unit('dsrsg-pol', 'dsrsg-pol', inHq),
    unit('force', 'force', inHq),
    unit('force-hq', 'force-hq', inHq),
    unit('police', 'police', inHq),
    unit('police-hq', 'police-hq', inHq),
    unit('dms', 'dms', inHq),
    unit('jloc', 'jloc', inHq),
    unit('joc', 'joc', inHq),
    unit('jmac', 'jmac', inHq),
    unit('poc-adviser', 'poc-adviser', {
      ...inHq,
      isCoordinator: true,
      authority: {
        reportingLine: 'direct_to_HOM',
        grade: 'D1',
        hasWrittenToR: true,
        endorsedByHOM: true,
        dedicatedStaff: 4,
        doubleHatted: false,
        fieldReach: 1,
      },
    }),
    unit('civil-affairs', 'civil-affairs', { ...inHq, focalPoint: true }),
    unit('human-rights', 'human-rights', { ...inHq, focalPoint: true }),
    unit('child-protection', 'child-protection', { ...inHq, focalPoint: true }),
    unit('wpa', 'wpa', { ...inHq, focalPoint: true }),
    unit('political-affairs', 'political-affairs', { ...inHq, focalPoint: true }),
    unit('public-info', 'public-info', { ...inHq, focalPoint: true }),
    unit('humanitarian-liaison', 'hls', inHq),
    unit('smg-p', 'smg-p', {
      parent: 'hq',
      tor: tor(['decisions', 'action_log', 'priority_matrix'], {
        functions: ['decision', 'planning'],
        frequency: 'monthly',
        decisions: ['conditionality of support to national forces'],
      }),
    }),
    unit('poc-wg', 'poc-wg', {
      parent: 'hq',
      tor: tor(['action_log', 'contingency_plans', 'recommendations_up'], {
        functions: ['analysis', 'planning', 'early_warning'],
      }),
    }),
    unit('field-office', 'fo'),
    unit('hoo', 'fo-hoo', inFo),
    unit('poc-focal-point', 'fo-poc', inFo),
    unit('field-poc-wg', 'fo-wg', {
      parent: 'fo',
      tor: tor(['local_protection_plan', 'action_log'], {
        functions: ['analysis', 'early_warning'],
      }),
    }),
    unit('battalion', 'fo-bn', inFo),
    unit('ipo', 'fo-ipo', inFo),
    unit('civil-affairs', 'fo-ca', { ...inFo, level: 'tactical' }),
    unit('child-protection', 'fo-cp', { ...inFo, level: 'tactical' }),
    unit('cla', 'fo-cla', inFo),
    unit('can', 'fo-can', inFo),
    unit('jpt', 'fo-jpt', inFo),
    unit('ocha', 'ocha'),
    unit('protection-cluster', 'protection-cluster'),
    unit('hct', 'hct'),
    unit('national-authority', 'national-authority'),
    unit('national-army', 'national-army'),
    unit('local-authority', 'local-authority'),
    unit('community', 'community'),
  ];
  const L = link;
  const links: Link[] = [
    ...['cos', 'dsrsg-rchc', 'dsrsg-pol', 'force', 'police', 'dms', 'poc-adviser'].map((s) =>
      L('reports-to', s, 'hom'),
    ),
    L('reports-to', 'joc', 'cos'),
    L('reports-to', 'jmac', 'cos'),
    L('reports-to', 'jloc', 'dms'),
    ...[
      'civil-affairs',
      'human-rights',
      'child-protection',
      'wpa',
      'political-affairs',
      'public-info',
    ].map((s) => L('reports-to', s, 'dsrsg-pol')),
    L('reports-to', 'hls', 'dsrsg-rchc'),
    L('reports-to', 'fo-hoo', 'dsrsg-pol'),
    L('reports-to', 'fo-poc', 'fo-hoo'),
    L('reports-to', 'fo-ca', 'civil-affairs'),
    L('reports-to', 'fo-cp', 'child-protection'),
    L('reports-to', 'fo-cla', 'fo-ca'),
    L('command', 'force', 'force-hq'),
    L('command', 'force-hq', 'fo-bn'),
    L('command', 'police', 'police-hq'),
    L('command', 'police-hq', 'fo-ipo'),
    // SMG-P
    L('chairs', 'hom', 'smg-p'),
    L('secretariat-of', 'poc-adviser', 'smg-p'),
    ...['dsrsg-rchc', 'dsrsg-pol', 'cos', 'force', 'police', 'dms', 'human-rights'].map((s) =>
      L('member-of', s, 'smg-p'),
    ),
    L('observer-of', 'ocha', 'smg-p'),
    L('observer-of', 'protection-cluster', 'smg-p'),
    // POC WG
    L('chairs', 'poc-adviser', 'poc-wg'),
    L('secretariat-of', 'poc-adviser', 'poc-wg'),
    ...['force-hq', 'police-hq', 'civil-affairs', 'public-info', 'jloc', 'joc', 'jmac'].map((s) =>
      L('member-of', s, 'poc-wg'),
    ),
    L('escalates-to', 'poc-wg', 'smg-p'),
    // Field forum
    L('chairs', 'fo-hoo', 'fo-wg'),
    L('secretariat-of', 'fo-poc', 'fo-wg'),
    ...['fo-bn', 'fo-ipo', 'fo-ca', 'fo-cp', 'fo-cla'].map((s) => L('member-of', s, 'fo-wg')),
    L('escalates-to', 'fo-wg', 'poc-wg'),
    L('coordinates-with', 'fo-poc', 'poc-adviser'),
    // JPT
    ...['fo-ca', 'fo-cp', 'fo-ipo'].map((s) => L('member-of', s, 'fo-jpt')),
    L('feeds', 'fo-jpt', 'fo-bn'),
    // Communities and alerts
    L('liaises-with', 'fo-ca', 'community'),
    L('feeds', 'community', 'fo-can'),
    L('feeds', 'fo-can', 'fo-cla'),
    L('feeds', 'fo-cla', 'joc'),
    // Information flows
    ...['human-rights', 'civil-affairs', 'child-protection'].map((s) => L('feeds', s, 'jmac')),
    L('feeds', 'force-hq', 'joc'),
    L('feeds', 'police-hq', 'joc'),
    // Partners and authorities
    L('feeds', 'ocha', 'hls'),
    L('tasks', 'hls', 'force-hq'),
    L('liaises-with', 'poc-adviser', 'protection-cluster'),
    L('liaises-with', 'hom', 'national-authority'),
    L('liaises-with', 'fo-hoo', 'local-authority'),
    L('liaises-with', 'force-hq', 'national-army'),
  ];
  return doc(units, links);
}

/** A copy of a document changed by a recipe. */
export function edit(base: OrgDoc, recipe: (d: Draft<OrgDoc>) => void): OrgDoc {
  return produce(base, recipe);
}

/** Removes units (and their links) from the good mission. */
export function without(base: OrgDoc, ...ids: string[]): OrgDoc {
  return edit(base, (d) => {
    for (const id of ids) delete d.units[id];
    for (const l of Object.values(d.links))
      if (ids.includes(l.source) || ids.includes(l.target)) delete d.links[l.id];
  });
}

/** Removes the links of a kind between two units. */
export function unlink(base: OrgDoc, kind: LinkKind, source: string, target: string): OrgDoc {
  return edit(base, (d) => {
    for (const l of Object.values(d.links))
      if (l.kind === kind && l.source === source && l.target === target) delete d.links[l.id];
  });
}

/** Adds links to a document. */
export function withLinks(base: OrgDoc, ...links: Link[]): OrgDoc {
  return edit(base, (d) => {
    for (const l of links) d.links[l.id] = l;
  });
}

/** Adds units to a document. */
export function withUnits(base: OrgDoc, ...units: Unit[]): OrgDoc {
  return edit(base, (d) => {
    for (const u of units) d.units[u.id] = u;
  });
}

/** Changes fields of one unit. */
export function patch(base: OrgDoc, id: string, fields: Partial<Unit>): OrgDoc {
  return edit(base, (d) => {
    Object.assign(d.units[id] as Unit, fields);
  });
}

/**
 * A generated mission of about `n` units: the good mission's headquarters and partners, plus as
 * many complete field offices (13 units each) as fit. Used for timing.
 */
export function bigMission(n: number): OrgDoc {
  const base = goodMission();
  const fieldIds = Object.values(base.units)
    .filter((u) => u.id === 'fo' || u.parent === 'fo')
    .map((u) => u.id);
  const template = {
    units: fieldIds.map((id) => base.units[id] as Unit),
    links: Object.values(base.links),
  };
  const hqCount = Object.keys(base.units).length - fieldIds.length;
  const offices = Math.max(1, Math.round((n - hqCount) / (fieldIds.length + 2)));
  return edit(without(base, ...fieldIds, 'community', 'local-authority'), (d) => {
    for (let i = 0; i < offices; i++) {
      const rename = (id: string) => (fieldIds.includes(id) ? `${id}-${i}` : id);
      for (const u of template.units) {
        const copy: Unit = { ...u, id: rename(u.id), label: `${u.label} ${i}` };
        if (u.parent) copy.parent = rename(u.parent);
        d.units[copy.id] = copy;
      }
      // Each office gets its own community and local authority.
      d.units[`community-${i}`] = unit('community', `community-${i}`);
      d.units[`local-authority-${i}`] = unit('local-authority', `local-authority-${i}`);
      for (const l of template.links) {
        if (!fieldIds.includes(l.source) && !fieldIds.includes(l.target)) continue;
        const swap = (id: string) =>
          id === 'community'
            ? `community-${i}`
            : id === 'local-authority'
              ? `local-authority-${i}`
              : rename(id);
        const copy = { ...l, source: swap(l.source), target: swap(l.target) };
        copy.id = `${copy.source}>${copy.target}:${copy.kind}`;
        d.links[copy.id] = copy;
      }
    }
    const adviser = d.units['poc-adviser'];
    if (adviser?.authority) adviser.authority.fieldReach = offices;
  });
}
