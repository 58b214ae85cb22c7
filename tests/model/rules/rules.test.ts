import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES, isAutomatic, isManual, score, validate } from '../../../src/model';
import type { ForumTor, OrgDoc, Unit } from '../../../src/model';
import {
  edit,
  goodMission,
  link,
  patch,
  tor,
  unit,
  unlink,
  withLinks,
  withUnits,
  without,
} from './fixtures';

const good = goodMission();

/** Sets fields of a forum's ToR (undefined deletes a field). */
function setTor(
  base: OrgDoc,
  id: string,
  fields: Partial<Record<keyof ForumTor, unknown>>,
): OrgDoc {
  return edit(base, (d) => {
    const u = d.units[id] as Unit;
    const t = { ...(u.tor ?? {}) } as Record<string, unknown>;
    for (const [k, v] of Object.entries(fields)) {
      if (v === undefined) delete t[k];
      else t[k] = v;
    }
    u.tor = t as ForumTor;
  });
}

function setAuthority(
  base: OrgDoc,
  id: string,
  fields: Partial<NonNullable<Unit['authority']>>,
): OrgDoc {
  const u = base.units[id] as Unit;
  return patch(base, id, { authority: { ...(u.authority ?? {}), ...fields } });
}

/** Replaces a link's kind by removing it and adding another. */
function relink(
  base: OrgDoc,
  kind: Parameters<typeof unlink>[1],
  s: string,
  t: string,
  newLink: ReturnType<typeof link>,
) {
  return withLinks(unlink(base, kind, s, t), newLink);
}

type Case = [doc: OrgDoc, name: string];

/** For every automatic rule: documents where it fires, and documents where it does not. */
const CASES: Record<string, { fires: Case[]; passes: Case[] }> = {
  V2: {
    fires: [
      [setTor(good, 'smg-p', { frequency: undefined }), 'a forum without a meeting frequency'],
      [
        withLinks(
          withUnits(good, unit('cmt', 'cmt', { parent: 'hq', tor: tor(['decisions']) })),
          link('chairs', 'hom', 'cmt'),
          link('member-of', 'force', 'cmt'),
        ),
        'a forum with two members',
      ],
      [unlink(good, 'chairs', 'hom', 'smg-p'), 'a forum without a chair'],
    ],
    passes: [[good, 'every forum with purpose, chair, three members and a frequency']],
  },
  V4: {
    fires: [
      [
        relink(good, 'chairs', 'hom', 'smg-p', link('chairs', 'dsrsg-pol', 'smg-p')),
        'a deputy chairs without delegation',
      ],
      [unlink(good, 'chairs', 'hom', 'smg-p'), 'nobody chairs the senior forum'],
    ],
    passes: [
      [good, 'the HOM chairs the SMG-P'],
      [
        setTor(
          relink(good, 'chairs', 'hom', 'smg-p', link('chairs', 'dsrsg-pol', 'smg-p')),
          'smg-p',
          { delegatedByHOM: true },
        ),
        'a deputy chairs with formal delegation',
      ],
    ],
  },
  R1: {
    fires: [
      [patch(good, 'poc-adviser', { isCoordinator: false }), 'no coordinator'],
      [patch(good, 'civil-affairs', { isCoordinator: true }), 'two coordinators, no lead'],
    ],
    passes: [
      [good, 'exactly one coordinator'],
      [
        setAuthority(patch(good, 'civil-affairs', { isCoordinator: true }), 'poc-adviser', {
          leadCoordinator: true,
        }),
        'two coordinators, one marked lead',
      ],
    ],
  },
  R2: {
    fires: [
      [
        setAuthority(good, 'poc-adviser', { hasWrittenToR: false }),
        'coordinator without written ToR',
      ],
    ],
    passes: [
      [good, 'coordinator with written ToR'],
      [patch(good, 'poc-adviser', { isCoordinator: false }), 'no coordinator (R1 reports it)'],
    ],
  },
  R3: {
    fires: [[patch(good, 'force-hq', { pocRole: undefined }), 'Force HQ without a POC role']],
    passes: [[good, 'every component has a POC role']],
  },
  R4: {
    fires: [
      [without(good, 'fo-poc'), 'a field office without a focal point'],
      [patch(good, 'wpa', { focalPoint: false }), 'a key section without a focal point'],
    ],
    passes: [
      [good, 'focal points everywhere'],
      [
        patch(without(good, 'fo-poc'), 'fo-ca', { focalPoint: true }),
        'a field Civil Affairs team acts as focal point (Model B)',
      ],
    ],
  },
  R5: {
    fires: [
      [
        unlink(
          unlink(good, 'observer-of', 'protection-cluster', 'smg-p'),
          'liaises-with',
          'poc-adviser',
          'protection-cluster',
        ),
        'the cluster neither attends nor liaises',
      ],
    ],
    passes: [
      [good, 'the cluster observes the SMG-P'],
      [
        unlink(good, 'observer-of', 'protection-cluster', 'smg-p'),
        'the cluster liaises with the coordinator',
      ],
    ],
  },
  P1: {
    fires: [
      [unlink(good, 'member-of', 'police-hq', 'poc-wg'), 'no police in the operational forum'],
      [without(good, 'poc-wg'), 'no operational forum at all'],
    ],
    passes: [
      [good, 'the POC WG joins all three components'],
      [
        withLinks(
          withUnits(without(good, 'poc-wg'), unit('jotc', 'jotc', { parent: 'hq' })),
          link('member-of', 'force-hq', 'jotc'),
          link('member-of', 'police-hq', 'jotc'),
          link('member-of', 'hls', 'jotc'),
        ),
        'a JOTC brings the three components together',
      ],
    ],
  },
  P2: {
    fires: [
      [
        setTor(good, 'poc-wg', { outputs: ['action_log', 'recommendations_up'] }),
        'no forum produces contingency plans',
      ],
    ],
    passes: [[good, 'the POC WG produces contingency plans']],
  },
  P3: {
    fires: [[unlink(good, 'member-of', 'jmac', 'poc-wg'), 'the JMAC is cut off from the POC WG']],
    passes: [
      [good, 'the JMAC sits in the POC WG'],
      [
        withLinks(unlink(good, 'member-of', 'jmac', 'poc-wg'), link('feeds', 'jmac', 'poc-wg')),
        'the JMAC feeds the POC WG',
      ],
    ],
  },
  P4: {
    fires: [[unlink(good, 'member-of', 'jloc', 'poc-wg'), 'no mission support in the POC WG']],
    passes: [
      [good, 'the JLOC sits in the POC WG'],
      [
        withLinks(unlink(good, 'member-of', 'jloc', 'poc-wg'), link('member-of', 'dms', 'poc-wg')),
        'the DMS sits in it',
      ],
    ],
  },
  P5: {
    fires: [
      [setTor(good, 'smg-p', { outputs: ['decisions', 'action_log'] }), 'no priority matrix'],
    ],
    passes: [[good, 'the SMG-P keeps the priority matrix']],
  },
  F1: {
    fires: [
      [without(good, 'fo-wg'), 'a field office without a forum'],
      [withUnits(good, unit('field-office', 'fo2')), 'a second office without a forum'],
    ],
    passes: [
      [good, 'the field office has its forum'],
      [
        withUnits(good, unit('csb', 'csb1', { parent: 'fo' })),
        "a county base is covered by its office's forum",
      ],
      [without(good, 'fo', 'fo-wg'), 'no field offices at all'],
    ],
  },
  F2: {
    fires: [
      [
        relink(good, 'chairs', 'fo-hoo', 'fo-wg', link('chairs', 'fo-poc', 'fo-wg')),
        'the POC officer chairs',
      ],
      [unlink(good, 'chairs', 'fo-hoo', 'fo-wg'), 'no chair'],
    ],
    passes: [
      [good, 'the Head of Office chairs'],
      [
        setTor(
          relink(good, 'chairs', 'fo-hoo', 'fo-wg', link('chairs', 'fo-poc', 'fo-wg')),
          'fo-wg',
          { delegatedByHOM: true },
        ),
        'another chair, formally designated',
      ],
    ],
  },
  F3: {
    fires: [
      [unlink(good, 'member-of', 'fo-ipo', 'fo-wg'), 'no police in the field forum'],
      [unlink(good, 'member-of', 'fo-bn', 'fo-wg'), 'no military in the field forum'],
    ],
    passes: [[good, 'battalion and UNPOL sit in the field forum']],
  },
  F4: {
    fires: [[unlink(good, 'escalates-to', 'fo-wg', 'poc-wg'), 'no escalation route']],
    passes: [
      [good, 'escalates to the POC WG'],
      [
        relink(good, 'escalates-to', 'fo-wg', 'poc-wg', link('escalates-to', 'fo-wg', 'smg-p')),
        'escalates to the SMG-P',
      ],
    ],
  },
  F5: {
    fires: [
      [
        unlink(good, 'coordinates-with', 'fo-poc', 'poc-adviser'),
        'the focal point has no line to the coordinator',
      ],
    ],
    passes: [
      [good, 'the focal point coordinates with the coordinator'],
      [
        withLinks(
          unlink(good, 'coordinates-with', 'fo-poc', 'poc-adviser'),
          link('coordinates-with', 'poc-adviser', 'fo-poc'),
        ),
        'the line drawn the other way round',
      ],
      [patch(good, 'poc-adviser', { isCoordinator: false }), 'no coordinator (R1 reports it)'],
    ],
  },
  F6: {
    fires: [[setTor(good, 'fo-wg', { outputs: ['action_log'] }), 'no local protection plan']],
    passes: [[good, 'the field forum produces a local protection plan']],
  },
  W1: { fires: [[without(good, 'joc'), 'no JOC']], passes: [[good, 'a JOC']] },
  W2: { fires: [[without(good, 'jmac'), 'no JMAC']], passes: [[good, 'a JMAC']] },
  W3: {
    fires: [[unlink(good, 'member-of', 'joc', 'poc-wg'), 'the JOC does not brief the POC WG']],
    passes: [
      [good, 'JOC and JMAC sit in the POC WG'],
      [
        withLinks(unlink(good, 'member-of', 'joc', 'poc-wg'), link('feeds', 'joc', 'poc-wg')),
        'the JOC feeds it instead',
      ],
    ],
  },
  W4: {
    fires: [
      [unlink(good, 'feeds', 'fo-cla', 'joc'), 'alerts go nowhere'],
      [without(good, 'fo-cla', 'fo-can'), 'no alert mechanism at all'],
    ],
    passes: [
      [good, 'the CLA feeds the JOC'],
      [
        relink(good, 'feeds', 'fo-cla', 'joc', link('feeds', 'fo-cla', 'fo-bn')),
        'the CLA alerts the battalion',
      ],
    ],
  },
  W5: {
    fires: [
      [withUnits(good, unit('cla', 'fo-cla2', { parent: 'fo' })), 'a CLA whose alerts go nowhere'],
    ],
    passes: [
      [good, 'alerts reach forums chaired by leaders'],
      [without(good, 'fo-cla', 'fo-can'), 'no alert sources (W4 reports it)'],
    ],
  },
  W6: {
    fires: [[unlink(good, 'feeds', 'police-hq', 'joc'), 'UNPOL does not feed the JOC']],
    passes: [[good, 'every component feeds the JOC or JMAC']],
  },
  I1: {
    fires: [
      [unlink(good, 'observer-of', 'ocha', 'smg-p'), 'OCHA neither attends nor liaises'],
      [without(good, 'ocha'), 'no OCHA'],
    ],
    passes: [
      [good, 'OCHA observes the SMG-P'],
      [
        withLinks(
          unlink(good, 'observer-of', 'ocha', 'smg-p'),
          link('liaises-with', 'poc-adviser', 'ocha'),
        ),
        'OCHA liaises with the coordinator',
      ],
    ],
  },
  I2: {
    fires: [
      [
        unlink(
          unlink(good, 'observer-of', 'protection-cluster', 'smg-p'),
          'liaises-with',
          'poc-adviser',
          'protection-cluster',
        ),
        'the cluster neither attends nor liaises',
      ],
    ],
    passes: [[good, 'the cluster observes the SMG-P']],
  },
  I3: {
    fires: [
      [unlink(good, 'member-of', 'dsrsg-rchc', 'smg-p'), 'the DSRSG (RC/HC) is not a member'],
      [without(good, 'dsrsg-rchc'), 'no DSRSG (RC/HC) at all (info)'],
    ],
    passes: [
      [good, 'the DSRSG (RC/HC) is a member'],
      [without(good, 'smg-p'), 'no strategic forum (FO1 reports it)'],
    ],
  },
  I4: {
    fires: [
      [unlink(good, 'tasks', 'hls', 'force-hq'), 'requests go in but not out'],
      [without(good, 'hls'), 'no channel at all'],
    ],
    passes: [
      [good, 'humanitarian liaison receives requests and tasks the Force'],
      [
        relink(good, 'tasks', 'hls', 'force-hq', link('feeds', 'hls', 'force-hq')),
        'it passes requests on',
      ],
    ],
  },
  I5: {
    fires: [[withLinks(good, link('tasks', 'hls', 'ocha')), 'the mission tasks OCHA']],
    passes: [[good, 'no humanitarian actor is tasked']],
  },
  C1: {
    fires: [
      [
        unlink(good, 'liaises-with', 'fo-ca', 'community'),
        'nobody in the office liaises with the community',
      ],
    ],
    passes: [
      [good, 'Civil Affairs liaises with the community'],
      [
        withLinks(
          unlink(good, 'liaises-with', 'fo-ca', 'community'),
          link('liaises-with', 'community', 'fo-cla'),
        ),
        'the CLA does, drawn from the community side',
      ],
    ],
  },
  C2: {
    fires: [
      [
        unlink(unlink(good, 'liaises-with', 'fo-ca', 'community'), 'feeds', 'community', 'fo-can'),
        'the community is cut off',
      ],
    ],
    passes: [
      [good, 'community → CAN → CLA → field forum'],
      [without(good, 'community'), 'no community drawn'],
    ],
  },
  C3: {
    fires: [
      [unlink(good, 'member-of', 'fo-cp', 'fo-jpt'), 'only two kinds of member'],
      [unlink(good, 'feeds', 'fo-jpt', 'fo-bn'), 'feeds no military unit'],
    ],
    passes: [[good, 'three kinds of member, feeding the battalion']],
  },
  C4: {
    fires: [
      [
        unlink(good, 'member-of', 'fo-cp', 'fo-wg'),
        'no Child Protection, WPA or Gender in the field forum',
      ],
    ],
    passes: [[good, 'Child Protection sits in the field forum and the JPT']],
  },
  C5: {
    fires: [
      [unlink(good, 'member-of', 'public-info', 'poc-wg'), 'no Public Information in the POC WG'],
    ],
    passes: [[good, 'Public Information sits in the POC WG']],
  },
  N1: {
    fires: [
      [unlink(good, 'liaises-with', 'hom', 'national-authority'), 'no leadership dialogue'],
      [unlink(good, 'liaises-with', 'fo-hoo', 'local-authority'), 'no field engagement'],
    ],
    passes: [[good, 'the HOM and the Head of Office engage authorities']],
  },
  N2: {
    fires: [
      [
        setTor(good, 'smg-p', { decisions: undefined }),
        'support to the army without a conditionality decision',
      ],
    ],
    passes: [
      [good, 'the SMG-P decides on conditionality with Human Rights'],
      [
        setTor(unlink(good, 'liaises-with', 'force-hq', 'national-army'), 'smg-p', {
          decisions: undefined,
        }),
        'no work with national forces',
      ],
    ],
  },
  FR1: {
    fires: [
      [unlink(good, 'secretariat-of', 'fo-poc', 'fo-wg'), 'no secretariat'],
      [setTor(good, 'fo-wg', { outputs: ['local_protection_plan'] }), 'no action log'],
    ],
    passes: [[good, 'secretariats and action logs everywhere']],
  },
  A1: {
    fires: [
      [
        relink(
          good,
          'reports-to',
          'poc-adviser',
          'hom',
          link('reports-to', 'poc-adviser', 'dsrsg-pol'),
        ),
        'adviser under a deputy',
      ],
      [
        relink(
          edit(patch(good, 'poc-adviser', { isCoordinator: false }), (d) => {
            (d.units['civil-affairs'] as Unit).isCoordinator = true;
            (d.units['civil-affairs'] as Unit).authority = { hasWrittenToR: true };
          }),
          'reports-to',
          'dsrsg-pol',
          'hom',
          link('reports-to', 'dsrsg-pol', 'cos'),
        ),
        'a section three steps down (warning)',
      ],
    ],
    passes: [
      [good, 'direct line'],
      [
        withLinks(
          relink(
            good,
            'reports-to',
            'poc-adviser',
            'hom',
            link('reports-to', 'poc-adviser', 'cos'),
          ),
          link('reports-to', 'cos', 'hom'),
        ),
        'through the Chief of Staff',
      ],
      [
        edit(patch(good, 'poc-adviser', { isCoordinator: false }), (d) => {
          (d.units.hom as Unit).isCoordinator = true;
        }),
        'the HOM coordinates',
      ],
    ],
  },
  A2: {
    fires: [
      [setAuthority(good, 'poc-adviser', { grade: 'P4' }), 'graded P4'],
      [setAuthority(good, 'poc-adviser', { grade: undefined }), 'no grade'],
    ],
    passes: [
      [good, 'graded D1'],
      [setAuthority(good, 'poc-adviser', { grade: 'P5' }), 'graded P5'],
    ],
  },
  A3: {
    fires: [
      [setAuthority(good, 'poc-adviser', { doubleHatted: true }), 'double-hatted'],
      [setAuthority(good, 'poc-adviser', { dedicatedStaff: 0 }), 'no staff'],
    ],
    passes: [[good, 'four dedicated staff']],
  },
  A4: {
    fires: [[setAuthority(good, 'poc-adviser', { endorsedByHOM: false }), 'not endorsed']],
    passes: [[good, 'endorsed by the HOM']],
  },
  A5: {
    fires: [[setAuthority(good, 'poc-adviser', { fieldReach: 0 }), 'reaches no field office']],
    passes: [
      [good, 'reaches the one field office'],
      [
        setAuthority(good, 'poc-adviser', { fieldReach: undefined }),
        'reach counted from the drawing',
      ],
    ],
  },
  A6: {
    fires: [
      [
        unlink(
          unlink(
            unlink(good, 'secretariat-of', 'poc-adviser', 'smg-p'),
            'secretariat-of',
            'poc-adviser',
            'poc-wg',
          ),
          'chairs',
          'poc-adviser',
          'poc-wg',
        ),
        'the coordinator serves no main forum',
      ],
    ],
    passes: [[good, 'the coordinator is the secretariat of the SMG-P']],
  },
  FO1: { fires: [[without(good, 'smg-p'), 'no strategic forum']], passes: [[good, 'an SMG-P']] },
  FO2: {
    fires: [
      [unlink(good, 'escalates-to', 'poc-wg', 'smg-p'), 'the POC WG does not escalate'],
      [without(good, 'poc-wg'), 'no operational forum'],
    ],
    passes: [[good, 'the POC WG escalates to the SMG-P']],
  },
  FO3: {
    fires: [[without(good, 'fo-wg'), 'field offices but no field forum']],
    passes: [
      [good, 'a field forum'],
      [without(good, 'fo', 'fo-wg'), 'no field offices'],
    ],
  },
  FO4: {
    fires: [[unlink(good, 'member-of', 'police-hq', 'poc-wg'), 'no police in the POC WG']],
    passes: [[good, 'every forum has all three components']],
  },
  FO5: {
    fires: [
      [unlink(good, 'member-of', 'force', 'smg-p'), 'the Force Commander is not a member'],
      [
        unlink(unlink(good, 'member-of', 'force', 'smg-p'), 'member-of', 'police', 'smg-p'),
        'neither head is',
      ],
    ],
    passes: [[good, 'both heads sit in the SMG-P']],
  },
  FO6: {
    fires: [[unlink(good, 'observer-of', 'ocha', 'smg-p'), 'OCHA not invited']],
    passes: [[good, 'OCHA and the cluster observe the SMG-P']],
  },
  FO7: {
    fires: [
      [
        setTor(good, 'smg-p', { inputs: undefined, decisionRights: undefined }),
        'ToR without inputs',
      ],
    ],
    passes: [[good, 'complete ToRs']],
  },
  FO8: {
    fires: [
      [unlink(good, 'escalates-to', 'fo-wg', 'poc-wg'), 'a field forum linked to nothing above'],
      [unlink(good, 'chairs', 'fo-hoo', 'fo-wg'), 'a forum without a chair'],
    ],
    passes: [
      [good, 'every forum chaired and connected'],
      [
        relink(good, 'escalates-to', 'fo-wg', 'poc-wg', link('reports-to', 'fo-wg', 'fo-hoo')),
        'reports to the Head of Office',
      ],
    ],
  },
  FO9: {
    fires: [
      [
        withUnits(
          good,
          unit('poc-wg', 'poc-wg-2', { parent: 'hq', tor: good.units['poc-wg']?.tor as ForumTor }),
        ),
        'two POC WGs with the same functions',
      ],
    ],
    passes: [
      [good, 'distinct forums'],
      [
        withUnits(
          good,
          unit('poc-wg', 'poc-wg-2', { parent: 'hq', tor: { functions: ['advocacy'] } }),
        ),
        'a second working group with other functions',
      ],
    ],
  },
  FO10: {
    fires: [
      [
        ['smg-p', 'poc-wg', 'fo-wg'].reduce(
          (d, id) => setTor(d, id, { crisisConvening: undefined }),
          good,
        ),
        'no crisis convening',
      ],
    ],
    passes: [
      [good, 'ToRs say how forums convene in a crisis'],
      [
        withUnits(
          ['smg-p', 'poc-wg', 'fo-wg'].reduce(
            (d, id) => setTor(d, id, { crisisConvening: undefined }),
            good,
          ),
          unit('cmt', 'cmt', { parent: 'hq' }),
        ),
        'a Crisis Management Team',
      ],
    ],
  },
};

const rows = Object.entries(CASES).flatMap(([id, c]) => [
  ...c.fires.map(([d, name]) => ({ id, name, doc: d, fires: true })),
  ...c.passes.map(([d, name]) => ({ id, name, doc: d, fires: false })),
]);

describe('the good mission', () => {
  it('raises no finding at all', () => {
    expect(validate(good)).toEqual([]);
  });
});

describe('every automatic rule', () => {
  it('has a table of documents where it fires and where it does not', () => {
    const auto = BUILT_IN_RULES.filter(isAutomatic).map((r) => r.id);
    expect(Object.keys(CASES).sort()).toEqual([...auto].sort());
    for (const c of Object.values(CASES)) {
      expect(c.fires.length).toBeGreaterThan(0);
      expect(c.passes.length).toBeGreaterThan(0);
    }
  });

  it.each(rows)('$id $fires: $name', ({ id, doc, fires }) => {
    const mine = validate(doc).filter((f) => f.ruleId === id);
    expect(mine.length > 0, JSON.stringify(mine)).toBe(fires);
    for (const f of mine) {
      expect(f.message.length).toBeGreaterThan(10);
      for (const u of f.unitIds) expect(doc.units[u], u).toBeDefined();
      for (const l of f.linkIds ?? []) expect(doc.links[l], l).toBeDefined();
    }
  });
});

describe('severities that depend on the case', () => {
  it('R1 is an error with no coordinator and a warning with two', () => {
    expect(validate(CASES.R1!.fires[0]![0]).find((f) => f.ruleId === 'R1')?.severity).toBe('error');
    expect(validate(CASES.R1!.fires[1]![0]).find((f) => f.ruleId === 'R1')?.severity).toBe(
      'warning',
    );
  });
  it('A1 is an error for a POC adviser and a warning for a section', () => {
    expect(validate(CASES.A1!.fires[0]![0]).find((f) => f.ruleId === 'A1')?.severity).toBe('error');
    expect(validate(CASES.A1!.fires[1]![0]).find((f) => f.ruleId === 'A1')?.severity).toBe(
      'warning',
    );
  });
  it('I3 is only information when the mission has no DSRSG (RC/HC)', () => {
    expect(validate(CASES.I3!.fires[0]![0]).find((f) => f.ruleId === 'I3')?.severity).toBe(
      'warning',
    );
    expect(validate(CASES.I3!.fires[1]![0]).find((f) => f.ruleId === 'I3')?.severity).toBe('info');
  });
});

describe('every manual question', () => {
  const manual = BUILT_IN_RULES.filter(isManual);
  const answered = (id: string, answer: 'yes' | 'no' | 'n/a' | 'unknown') =>
    edit(good, (d) => {
      d.answers[id] = { answer };
    });

  it.each(manual.map((r) => ({ id: r.id, group: r.group, question: r.question })))(
    '$id counts as passed only when answered yes, and drops out when n/a',
    ({ id, group, question }) => {
      expect(question.endsWith('?')).toBe(true);
      const rules = BUILT_IN_RULES.filter((r) => r.id === id);
      expect(score(good, [], rules).byGroup[group]).toEqual({ passed: 0, total: 1 });
      expect(score(answered(id, 'yes'), [], rules).byGroup[group]).toEqual({ passed: 1, total: 1 });
      expect(score(answered(id, 'no'), [], rules).byGroup[group]).toEqual({ passed: 0, total: 1 });
      expect(score(answered(id, 'unknown'), [], rules).byGroup[group]).toEqual({
        passed: 0,
        total: 1,
      });
      expect(score(answered(id, 'n/a'), [], rules).byGroup[group]).toEqual({ passed: 0, total: 0 });
    },
  );
});
