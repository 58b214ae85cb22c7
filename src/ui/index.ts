// The public surface of the UI panels.
export { Header } from './Header';
export type { HeaderActions } from './Header';
export { StartScreen } from './StartScreen';
export { DocumentsDialog } from './DocumentsDialog';
export { HistoryDialog } from './HistoryDialog';
export { StorageWarning } from './StorageWarning';
export { TabConflictDialog } from './TabConflictDialog';
export { ProblemsDialog } from './ProblemsDialog';
export { Notices } from './Notices';
export { Inspector } from './Inspector';
export { Outline } from './outline/Outline';
export { fileName, download, saveAsJson, readOrgFile, pickFile } from './file-io';
export { ChecklistPanel } from './checklist/ChecklistPanel';
export { restoreRulePack } from './checklist/RulePackButton';
export { CompareView } from './compare/CompareView';
export { Presentation, StepsPanel } from './present';
