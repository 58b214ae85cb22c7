/**
 * Fills `{{name}}` placeholders from `values`; an unknown name is left as it is, so a missing
 * value shows (and tests catch it) instead of vanishing from the sentence.
 */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const v = values[name];
    return v === undefined ? whole : String(v);
  });
}
