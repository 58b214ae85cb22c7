import type { Rule } from './types';

const training = (
  id: string,
  title: string,
  why: string,
  remedy: string,
  question: string,
  sources: string[] = [],
): Rule => ({
  id,
  group: 'training',
  title,
  why,
  severity: 'info',
  provenance: 'reconstructed',
  sources,
  remedy,
  question,
});

/** Task 10 — Supporting training. */
export const TRAINING_RULES: Rule[] = [
  training(
    'T1',
    'All personnel receive a POC induction',
    'Everyone in the mission, whatever their job, may be the first to see a threat to civilians.',
    'Add a POC module to the induction of all personnel.',
    'Do all personnel receive a POC induction on arrival?',
  ),
  training(
    'T2',
    'Joint POC exercises across components',
    'Civilians, police and military learn to work together before a crisis, not during it.',
    'Run joint civilian-military-police scenario exercises on POC (such as the DPKO scenario-based exercises).',
    'Are joint civilian-military-police POC scenario exercises held?',
  ),
  training(
    'T3',
    'Focal points and forum members are trained for their role',
    'A focal point who does not know what the role involves is a name on a list.',
    'Give focal points and forum members targeted training on their coordination role.',
    'Are POC focal points and forum members trained on their coordination role?',
  ),
  training(
    'T4',
    'Pre-deployment training of contingents covers POC',
    'Troops and police who arrive without POC training learn it on the job, at civilians’ expense.',
    'Work with troop- and police-contributing countries and the training service so that pre-deployment training covers POC.',
    'Does the pre-deployment training of contingents and police units cover POC?',
    ['S23'],
  ),
];
