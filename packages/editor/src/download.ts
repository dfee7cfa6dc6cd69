/** Saves a file made in the page (a Blob URL: nothing leaves the browser). */
export function downloadFile(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a policy id: kebab-case letters and digits only. */
export function fileNameOf(id: string, extension: string): string {
  const base = id.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'policy';
  return `${base}.${extension}`;
}
