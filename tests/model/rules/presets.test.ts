import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { commands, validate } from '../../../src/model';
import type { OrgDoc } from '../../../src/model';
import { PRESET_IDS, preset } from './fixtures';

/** The automatic rules that fire on a document, sorted by group then id (as validate sorts them). */
function firing(doc: OrgDoc): string[] {
  return [...new Set(validate(doc).map((f) => f.ruleId))];
}

/**
 * What the checklist says about each shipped preset. Each line was read against the preset and
 * found to follow from its data (see the comments); a change here is a change in the rules or
 * in the presets, and needs the same reading.
 */
const EXPECTED: Record<string, string[]> = {
  // A template: leadership, the JOC and JMAC every mission is expected to have, two empty field
  // offices and nothing else yet.
  'blank-mission': [
    'R1',
    'R3',
    'R4',
    'R5',
    'P1',
    'P5',
    'F1',
    'F6',
    'W4',
    'I1',
    'I2',
    'I4',
    'C1',
    'N1',
    'FO1',
    'FO2',
    'FO3',
    'FO10',
  ],
  // No field forums (F1, FO3), focal points in one office of three (R4, F5, A5 with fieldReach 1).
  'centralised-teaching': ['R4', 'F1', 'F5', 'F6', 'I4', 'A5', 'FO3'],
  // The humanitarian liaison desk receives OCHA's requests but passes them nowhere (I4).
  'decentralised-teaching': ['I4'],
  // No humanitarian request channel (I4); field forums and JPTs without CP, WPA or Gender (C4).
  'handbook-2020': ['I4', 'C4'],
  // An emergency structure: no field forums or focal points, no POC WG, a HOM coordinator with no
  // written ToR and no staff, no CLAs, the protection cluster only sends requests to the JOTC.
  'minustah-jotc': [
    'R2',
    'R4',
    'R5',
    'P2',
    'P5',
    'F1',
    'F5',
    'F6',
    'W4',
    'I2',
    'C2',
    'C5',
    'N2',
    'A3',
    'A5',
    'FO2',
    'FO3',
    'FO6',
  ],
  'model-a-poc-adviser': ['I4', 'C4'],
  // The lead section is double-hatted (A3).
  'model-b-substantive-section': ['I4', 'C4', 'A3'],
  'model-c-group': ['I4', 'C4', 'A3'],
  // No operational forum (P1, FO2, C5 on the SMG-P); weak field reach (F5, A5); Field Office West has
  // no focal point or community liaison (R4, C1); the HOM coordinates as an added duty (A3).
  'model-d-head-of-mission': ['R4', 'P1', 'F5', 'I4', 'C1', 'C4', 'C5', 'A3', 'A5', 'FO2'],
  'monusco-architecture': ['I4', 'C4', 'A3'],
  // No CLAs or CANs (W4); no DSRSG (RC/HC) in a hybrid mission (I3, info); sectors without community
  // liaison (C1, C2); the POC/HLS three steps below the JSR (A1, warning for a section).
  'unamid-jpg': ['W4', 'I3', 'C1', 'C2', 'C4', 'A1', 'A3'],
  // The OCWG's chair is unknown and it has no secretariat (V2, FR1, FO8); the SMG-P does not decide on
  // conditionality although the Force liaises with the SPLA (N2).
  'unmiss-ocwg': ['V2', 'W4', 'I4', 'C4', 'C5', 'N2', 'FR1', 'FO8'],
};

describe('preset findings', () => {
  it('cover every preset', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(PRESET_IDS);
  });

  it.each(PRESET_IDS)('%s', (id) => {
    expect(firing(preset(id))).toEqual(EXPECTED[id]);
  });

  it('the Head of Mission model has exactly one designated coordinator (R1 does not fire)', () => {
    const doc = preset('model-d-head-of-mission');
    expect(Object.values(doc.units).filter((u) => u.isCoordinator)).toHaveLength(1);
    expect(firing(doc)).not.toContain('R1');
  });

  it('the centralised variant has no field forums (F1 fires); the decentralised one has them', () => {
    expect(firing(preset('centralised-teaching'))).toContain('F1');
    expect(firing(preset('decentralised-teaching'))).not.toContain('F1');
  });

  describe.each(PRESET_IDS)('removing the JMAC from %s', (id) => {
    it('makes W2 fire', () => {
      const doc = preset(id);
      const jmacs = Object.values(doc.units)
        .filter((u) => u.kind === 'jmac')
        .map((u) => u.id);
      expect(jmacs.length).toBeGreaterThan(0);
      expect(firing(doc)).not.toContain('W2');
      const removed = produce(doc, (d) => commands.removeUnits(d, jmacs));
      expect(firing(removed)).toContain('W2');
    });
  });
});
