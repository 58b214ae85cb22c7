// Interface text, one file per area of the app so each area's words stay together.

import common from './common.json';
import app from './app.json';
import editor from './editor.json';
import inspector from './inspector.json';
import checklist from './checklist.json';
import compare from './compare.json';
import present from './present.json';
import outline from './outline.json';
import exportMenu from './exportMenu.json';
import exportText from './exportText.json';

export const EN = {
  common,
  app,
  editor,
  inspector,
  checklist,
  compare,
  present,
  outline,
  exportMenu,
  exportText,
};
