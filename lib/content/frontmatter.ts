import { isMap, isScalar, LineCounter, parseDocument, Scalar } from 'yaml';

export interface FrontMatter {
  /** The front-matter values. YAML's core schema keeps `2026-02-30` a string, so bad days stay visible. */
  data: Record<string, unknown>;
  /** The 1-based line of each top-level field in the file. */
  lines: Record<string, number>;
  /**
   * Where each top-level text value's text starts, and whether its lines are the file's: a
   * literal (`|`) block's are; a folded (`>`) block's source lines are too, as `source` (YAML
   * folds them as Markdown reads them: a single line break is a space, a blank line a new
   * paragraph), so its Markdown is checked line by line there; a quoted or plain value's are
   * joined and unescaped.
   */
  values: Record<string, FieldText>;
  /** The Markdown after the front matter, and the file line it starts on. */
  body: string;
  bodyLine: number;
}

export interface FieldText {
  line: number;
  linesKept: boolean;
  /** A folded block's lines as written, less their indentation. */
  source?: string;
}

/** A block's lines after its `>` header, less their common indentation. */
function blockLines(yaml: string, [start, end]: readonly number[]): string {
  const lines = yaml.slice(start, end).split('\n').slice(1);
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^ */.exec(line)![0].length));
  return lines.map((line) => line.slice(Math.min(indent, /^ */.exec(line)![0].length))).join('\n').trimEnd();
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
  const values: FrontMatter['values'] = {};
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    lines[String(pair.key.value)] = lineAt(pair.key.range[0]);
    if (isScalar(pair.value) && pair.value.range) {
      // A block scalar's range starts at its `|` or `>`; its text starts on the next line.
      const { type, range } = pair.value;
      const block = type === Scalar.BLOCK_LITERAL || type === Scalar.BLOCK_FOLDED;
      values[String(pair.key.value)] = {
        line: lineAt(range[0]) + (block ? 1 : 0),
        linesKept: block,
        ...(type === Scalar.BLOCK_FOLDED ? { source: blockLines(fence[1], range) } : {}),
      };
    }
  }
  return { data: doc.toJS() as Record<string, unknown>, lines, values, body: source.slice(fence[0].length), bodyLine: fence[0].split('\n').length };
}
