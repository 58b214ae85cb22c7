// English finding messages of the first five tasks (vision, roles, planning, field, early
// warning). Keys start with the rule id; `{{name}}` marks a value filled in by the rule.

export const TASK_MESSAGES = {
  'V2.lacks': '{{forum}} lacks {{missing}}.',
  'V2.purpose': 'a purpose',
  'V2.chair': 'a chair',
  'V2.chairUnknown': 'a chair (marked unknown)',
  'V2.members': 'at least three members (it has {{count}})',
  'V2.frequency': 'a meeting frequency',
  'V4.unowned':
    'No strategic POC forum at headquarters is chaired by the Head of Mission or by a deputy the Head of Mission has formally delegated.',

  'R1.none': 'No unit is marked as the designated POC coordinator.',
  'R1.many':
    '{{count}} units are marked as POC coordinator ({{units}}) and none is marked as the lead.',
  'R2.noToR': '{{unit}} is the POC coordinator but has no written ToR recorded.',
  'R3.one': '{{count}} unit has no POC role written down: {{units}}.',
  'R3.other': '{{count}} units have no POC role written down: {{units}}.',
  'R4.offices': 'No POC officer or focal point in {{offices}}.',
  'R4.sections': 'No POC focal point is named in {{sections}}.',
  'R5.disengaged':
    'The protection cluster neither attends a POC forum nor liaises with the coordinator or a forum.',
  'R5.absent':
    'The protection cluster does not appear in the structure, so its relationship with the mission is undefined.',

  'P1.none':
    'There is no operational-level forum where military, police and civilian planners meet.',
  'P1.lacks':
    '{{forum}} lacks {{missing}} members, so no operational forum joins up all three components.',
  'P2.none': 'No forum lists contingency plans among its outputs.',
  'P3.unbriefed': 'The JMAC neither feeds nor sits in {{forums}}.',
  'P4.absent': 'Neither Mission Support nor the JLOC sits in {{forums}}.',
  'P5.none': 'No forum lists a priority matrix among its outputs.',

  'F1.noForum': '{{office}} has no POC coordination forum.',
  'F2.chaired': '{{forum}} is chaired by {{chairs}}, not by the Head of Office.',
  'F2.noChair': '{{forum}} has no chair; the Head of Office should chair it.',
  'F3.missing': '{{forum}} has no {{missing}} member.',
  'F4.noRoute': '{{forum}} has no escalation route to a POC forum at headquarters.',
  'F5.noFocalPoint': '{{office}} has no POC focal point linked to the coordinator.',
  'F6.noPlan': 'No forum in {{office}} produces a local protection plan.',

  'W3.unbriefed': 'No POC forum is briefed by both the JOC and the JMAC (checked {{forums}}).',
  'W4.none':
    'There is no community alert mechanism (community liaison assistants or alert networks).',
  'W4.unfed': 'No community liaison assistant or alert network feeds the JOC or a military unit.',
  'W5.stuck': 'Alerts from {{unit}} reach no forum chaired by a leader or Head of Office.',
  'W6.one': '{{units}} does not feed the JOC or JMAC.',
  'W6.other': '{{units}} do not feed the JOC or JMAC.',
} as const;
