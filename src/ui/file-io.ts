import {
  fileTooLarge,
  fileUnreadable,
  MAX_FILE_BYTES,
  parseDocument,
  serializeDocument,
} from '../model';
import type { OrgDoc, ParseResult } from '../model';
import { exportFileName } from '../export';

/** A file name made from the document title and the date: "monusco-architecture-2026-11-24.json". */
export const fileName = exportFileName;

/** Offers a blob to the user as a download. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves the document as a JSON file named after its title. */
export function saveAsJson(doc: OrgDoc): void {
  download(
    new Blob([serializeDocument(doc)], { type: 'application/json' }),
    fileName(doc.title, 'json'),
  );
}

/** Reads a file the user chose or dropped; refuses very large files before reading them. */
export async function readOrgFile(file: File): Promise<ParseResult> {
  if (file.size > MAX_FILE_BYTES)
    return { ok: false, problems: [fileTooLarge(file.name, file.size)] };
  try {
    return parseDocument(await file.text());
  } catch (e) {
    return { ok: false, problems: [fileUnreadable(file.name, e)] };
  }
}

/** Asks the user for a JSON file. Resolves with undefined if they cancel. */
export function pickFile(): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.setAttribute('data-testid', 'file-input');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0]);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(undefined);
      input.remove();
    });
    document.body.appendChild(input);
    input.click();
  });
}
