import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';

export interface FrontMatter {
  /** The front-matter values. YAML's core schema keeps `2026-02-30` a string, so bad days stay visible. */
  data: Record<string, unknown>;
  /** The 1-based line of each top-level field in the file. */
  lines: Record<string, number>;
  /** The Markdown after the front matter, and the file line it starts on. */
  body: string;
  bodyLine: number;
}

export interface FrontMatterError {
  error: string;
  line?: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?(?:\n|$)/;

/** Reads the YAML front matter of an MDX file, keeping where each field stands for error messages. */
export function parseFrontMatter(file: string): FrontMatter | FrontMatterError {
  // Editors on Windows may save a byte-order mark; Contentlayer reads such a file, and so does this.
  const source = file.replace(/^\uFEFF/, '');
  const fence = FENCE.exec(source);
  // gray-matter would run `---js` front matter as code; Contentlayer is set to refuse it, and so is this.
  const language = /^---[ \t]*(\S+)/.exec(source)?.[1];
  if (language) return { error: `front matter is YAML only, not ${JSON.stringify(language)}: make the first line \`---\` alone and write \`field: value\` lines`, line: 1 };
  if (!fence) return { error: 'the file must start with front matter between two `---` lines', line: 1 };

  const lineCounter = new LineCounter();
  const doc = parseDocument(fence[1], { lineCounter, uniqueKeys: true });
  // The YAML starts on the file's second line, after the opening `---`.
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    const [first] = doc.errors;
    // The parser's message names a line of the front matter alone; the finding names the file's.
    const message = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return { error: `invalid YAML: ${message}`, line: lineAt(first.pos[0]) };
  }
  if (!isMap(doc.contents)) return { error: 'the front matter must be a list of `field: value` lines', line: 2 };

  const lines: Record<string, number> = {};
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && pair.key.range) lines[String(pair.key.value)] = lineAt(pair.key.range[0]);
  }
  return { data: doc.toJS() as Record<string, unknown>, lines, body: source.slice(fence[0].length), bodyLine: fence[0].split('\n').length };
}
