export function chromiumPath(): string | null | undefined;
