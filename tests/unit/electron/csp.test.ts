import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src-main/shared/csp';

/** directive -> its sources */
function parse(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

describe('contentSecurityPolicy', () => {
  const csp = parse(contentSecurityPolicy);

  it("denies by default: default-src 'none'", () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
  });

  it("runs only our own scripts: script-src 'self', no inline, no eval", () => {
    const script = csp.get('script-src')!;
    expect(script).toContain("'self'");
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    // 'wasm-unsafe-eval' compiles WebAssembly (the spell checker) and allows no JS eval.
    expect(script.filter((s) => s !== "'self'" && s !== "'wasm-unsafe-eval'")).toEqual([]);
  });

  it("has no 'unsafe-inline' or 'unsafe-eval' anywhere", () => {
    expect(contentSecurityPolicy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
  });

  it('names no remote origin and no wildcard', () => {
    for (const [directive, sources] of csp) {
      for (const source of sources) {
        expect(source, `${directive} ${source}`).not.toMatch(/^(https?:|wss?:|\*|[a-z0-9.-]+\.[a-z]{2,})/i);
        expect(source, directive).not.toContain('*');
      }
    }
  });

  it('forbids plugins, frames around us, form posts and <base> tricks', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
  });

  it('is a single header value (no newlines, no duplicate directives)', () => {
    expect(contentSecurityPolicy).not.toMatch(/[\r\n]/);
    const names = contentSecurityPolicy.split(';').map((p) => p.trim().split(/\s+/)[0]);
    expect(new Set(names).size).toBe(names.length);
  });
});
