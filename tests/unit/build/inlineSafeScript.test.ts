// The player inlined in the single HTML file: what would break its <script> element is rewritten where that
// keeps its meaning, and the build fails on anything else.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { assertInlineSafe, makeInlineSafe } from '../../../vite-plugins/inlineSafeScript';

/** What the script's last expression evaluates to. */
function run(code: string): unknown {
  return new vm.Script(code).runInNewContext({});
}

describe('makeInlineSafe', () => {
  it.each([
    ['a string', 'var s="<script></script><!-- x";s'],
    ['a template literal', 'var s=`<SCRIPT>${1}</Script>`;s'],
    ['a regular expression', '/<!--|<\\/script/u.test("a <!-- b")'],
    ['a comment', '/* <script> */ 1'],
  ])('keeps the meaning of %s', (_label, code) => {
    const safe = makeInlineSafe(code);
    expect(safe).not.toMatch(/<!--|<\/?script/i);
    expect(run(safe)).toEqual(run(code));
    expect(() => assertInlineSafe(safe, 'test')).not.toThrow();
  });

  it('leaves other "<" alone', () => {
    expect(makeInlineSafe('a<b&&c<scripts')).toBe('a<b&&c\\x3cscripts');
    expect(makeInlineSafe('1<2')).toBe('1<2');
  });
});

describe('assertInlineSafe', () => {
  it('fails on what is left unsafe', () => {
    expect(() => assertInlineSafe('var s="</script>"', 'player')).toThrow(/"<\/script" at 7/);
    expect(() => assertInlineSafe('var s="<!--"', 'player')).toThrow(/<!--/);
  });

  it('fails when the rewrite broke the script (a "<" outside any string)', () => {
    const code = makeInlineSafe('var script=2,a=1;a<script');
    expect(() => assertInlineSafe(code, 'player')).toThrow(/no longer a valid script/);
  });
});
