import { describe, expect, it } from 'vitest';
import { RENDERER_CSP } from '../../common/csp';

const directives = new Map(
  RENDERER_CSP.split(';').map((d) => {
    const [name, ...values] = d.trim().split(/\s+/);
    return [name!, values] as const;
  }),
);

describe('renderer CSP', () => {
  it('denies by default and allows only our own scripts and styles', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });

  it('has no unsafe keyword, wildcard or remote source anywhere', () => {
    expect(RENDERER_CSP).not.toMatch(/unsafe-|\*|https?:|wss?:/);
  });
});
