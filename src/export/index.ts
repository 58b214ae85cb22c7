// The public surface of the exports. Layer 1: imports the model and the i18n text (every export
// takes a language, English by default), plus jsPDF, svg2pdf.js and html-to-image, which are
// loaded lazily inside the functions that need them.
export { exportSvg, renderSvg } from './svg';
export { formatDate, formatNumber, formatPercent } from './format';
export type { SvgOptions, SvgResult } from './svg';
export {
  exportPng,
  snapshotVisible,
  allowedScale,
  pixelSize,
  scaleNotice,
  sizedSvg,
  snapshotFilter,
  CANVAS_MAX_SIDE,
  CANVAS_MAX_PIXELS,
} from './png';
export type { PngOptions, PngResult, PngScale } from './png';
export { exportPdf, buildPdf, isWinAnsi } from './pdf';
export type {
  ExportPdfOptions,
  FontLoader,
  PageFormat,
  PageOrientation,
  PdfOptions,
  PdfPage,
  PdfResult,
  SvgPage,
  OrganogramPage,
  TextPage,
} from './pdf';
export { forumToR, forumIds, TBD } from './tor';
export { torBlocks, torDocumentBlocks, torMarkdown, torPreamble, TOR_FIELDS } from './tor-text';
export type { ForumToR, TorItem } from './tor';
export { escapeMarkdown } from './markdown';
export type { TextBlock } from './markdown';
export { exportFileName } from './names';
export { floatingEnds, floatingRoute, roundedPath, pointAlong } from './route';
export type { Box, Point } from './route';
export { cleanText, escapeXml, measureText, wrapText, ellipsize, FONT_STACK } from './text';
export type { TextMeasure } from './text';
export {
  checklistBlocks,
  checklistMarkdown,
  checklistHtml,
  blocksToMarkdown,
} from './checklist-report';
export type { ChecklistInput } from './checklist-report';
export { diffMarkdown } from './diff-report';
