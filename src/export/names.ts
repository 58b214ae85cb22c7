/** A file name made from the document title and the date: "monusco-architecture-2026-11-24.json". */
export function exportFileName(title: string, ext: string, now = new Date()): string {
  const stem =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'organogram';
  return `${stem}-${now.toISOString().slice(0, 10)}.${ext.replace(/^\.+/, '')}`;
}
