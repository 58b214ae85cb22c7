// English finding messages of tasks 6 to 9 (partners, communities, national authorities,
// follow-up), the coordinator's authority and the forum architecture.

export const MORE_MESSAGES = {
  'I1.disengaged': 'OCHA neither attends a POC forum nor liaises with the coordinator.',
  'I1.absent': 'OCHA does not appear in the structure.',
  'I2.disengaged':
    'The protection cluster neither attends a POC forum nor liaises with the coordinator.',
  'I2.absent': 'The protection cluster does not appear in the structure.',
  'I3.absent':
    'There is no DSRSG (RC/HC) in the structure; expected only if the mission is not integrated.',
  'I3.unseated': 'The DSRSG (RC/HC) is not a member of any strategic POC forum.',
  'I4.one':
    '{{channels}} does not both receive humanitarian requests and pass them to the Force, the Police or Mission Support.',
  'I4.other':
    '{{channels}} do not both receive humanitarian requests and pass them to the Force, the Police or Mission Support.',
  'I4.none':
    'There is no single entry point (JOTC or humanitarian liaison) for humanitarian requests for mission assets.',
  'I5.tasked': '{{source}} tasks {{target}}, a humanitarian actor.',

  'C1.unengaged':
    'In {{office}} no community liaison assistant, protection team or Civil Affairs team liaises with the community.',
  'C2.field': 'Nothing carries information from {{community}} to a field POC forum.',
  'C2.any': 'Nothing carries information from {{community}} to a POC forum.',
  'C3.problems': '{{team}} {{problems}}.',
  'C3.oneKind': 'draws on {{count}} kind of unit (at least three needed)',
  'C3.noKind': 'draws on {{count}} kinds of unit (at least three needed)',
  'C3.fewKinds': 'draws on {{count}} kinds of unit (at least three needed)',
  'C3.noMilitary': 'feeds no military unit',
  'C4.noSpecialist': '{{body}} has no Women’s Protection, Gender or Child Protection member.',
  'C5.absent': 'Public Information is not a member of {{forums}}.',

  'N1.top': 'Neither the Head of Mission nor a deputy liaises with the national authorities.',
  'N1.field':
    'In {{office}} neither the Head of Office nor Civil Affairs liaises with local authorities.',
  'N2.senior':
    'The mission works with national forces, but {{forum}} neither includes Human Rights nor lists conditionality among its decisions.',
  'N2.none':
    'The mission works with national forces, but no senior forum decides on conditionality with Human Rights input.',

  'FR1.both': '{{forum}} has no secretariat and keeps no action log.',
  'FR1.secretariat': '{{forum}} has no secretariat.',
  'FR1.log': '{{forum}} keeps no action log.',

  'A1.adviser':
    '{{unit}} does not report to the Head of Mission directly or through the Chief of Staff.',
  'A1.group': '{{unit}} has no reporting or escalation route to the Head of Mission.',
  'A1.noLine': '{{unit}} has no reporting line to the Head of Mission.',
  'A1.distance': '{{unit}} sits {{count}} reporting steps below the Head of Mission.',
  'A2.grade': '{{unit}} is graded {{grade}}, below {{min}}.',
  'A2.noGrade': '{{unit}} has no grade recorded.',
  'A3.problems': '{{unit}} {{problems}}.',
  'A3.noStaff': 'has no dedicated POC staff recorded',
  'A3.addedDuty': 'holds the role as an added duty',
  'A4.unendorsed': '{{unit}} has no Head of Mission endorsement recorded.',
  'A5.recorded': '{{unit}} reaches {{reach}} of the {{total}} field offices.',
  'A5.counted':
    '{{unit}} reaches {{reach}} of the {{total}} field offices (counted from the drawing).',
  'A6.unserved':
    '{{unit}} neither chairs nor runs the secretariat of a main POC forum at headquarters.',

  'FO1.none': 'There is no strategic-level POC forum at headquarters.',
  'FO2.none': 'There is no operational-level POC forum at headquarters.',
  'FO2.one': '{{forums}} does not escalate to a strategic forum.',
  'FO2.other': '{{forums}} do not escalate to a strategic forum.',
  'FO3.none': 'The mission has field offices but no forum in the field.',
  'FO4.missing': '{{forum}} has no {{missing}} member.',
  'FO5.one': '{{heads}} is not a member of {{forum}}.',
  'FO5.other': '{{heads}} are not a member of {{forum}}.',
  'FO6.ocha': 'OCHA is not invited to any POC forum.',
  'FO6.cluster': 'The protection cluster is not invited to any POC forum.',
  'FO6.both': 'OCHA and the protection cluster are not invited to any POC forum.',
  'FO7.lacks': '{{forum}}’s ToR lacks {{missing}}.',
  'FO7.purpose': 'purpose',
  'FO7.functions': 'functions',
  'FO7.frequency': 'frequency',
  'FO7.inputs': 'inputs',
  'FO7.outputs': 'outputs',
  'FO7.decisionRights': 'decision rights',
  'FO7.humanitarianParticipation': 'humanitarian participation',
  'FO8.problems': '{{forum}} {{problems}}.',
  'FO8.noChair': 'has no chair',
  'FO8.chairUnknown': 'has no chair (marked unknown)',
  'FO8.orphan': 'escalates and reports to nobody',
  'FO9.duplicates': '{{forums}} sit at the same level and place with the same functions.',
  'FO10.none':
    'No Crisis Management Team exists and no forum’s ToR says how it convenes in a crisis.',
} as const;
