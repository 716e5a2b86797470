// The bundle player goes inline into the single HTML file's <script> element, where "</script" would end it
// early and "<!--" or "<script" would change how the HTML parser reads the rest. Minified code holds these only
// inside strings, template literals, regular expressions and comments, where "\x3c" means "<"; the build
// rewrites them so, then refuses (fails the build) anything still unsafe or no longer a valid script.
import vm from 'node:vm';

const UNSAFE = /<(?=!--|\/?script)/gi;
const LEFT_UNSAFE = /<!--|<\/?script/i;

/** `code` with each "<" that starts "<!--", "<script" or "</script" written as "\x3c". */
export function makeInlineSafe(code: string): string {
  return code.replace(UNSAFE, '\\x3c');
}

/**
 * Throws when `code` cannot go inline as it is: it still holds "<!--", "<script" or "</script" (any case), or it
 * no longer compiles as a classic script (a "<" outside a string was rewritten).
 */
export function assertInlineSafe(code: string, name: string): void {
  const left = LEFT_UNSAFE.exec(code);
  if (left) {
    throw new Error(
      `${name}: "${left[0]}" at ${left.index} would break the single HTML file's inline <script>`,
    );
  }
  try {
    new vm.Script(code, { filename: name });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${name}: no longer a valid script once made safe to inline (${reason})`, {
      cause: error,
    });
  }
}
