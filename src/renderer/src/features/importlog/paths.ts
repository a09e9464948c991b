// Paths in the import log, shortened for the table (the full path stays in the tooltip).

/** The file's own name (an archive entry keeps its archive: "a.zip!/b.html" → "a.zip!/b.html"). */
export function baseName(path: string): string {
  const bang = path.indexOf('!/');
  const file = bang >= 0 ? path.slice(0, bang) : path;
  const name = file.split(/[\\/]/).pop() || file;
  return bang >= 0 ? `${name}${path.slice(bang)}` : name;
}
