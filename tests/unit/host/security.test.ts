import { describe, expect, it } from 'vitest';
import type { IncomingMessage } from 'node:http';
import { checkApiRequest } from '../../../src-main/host/security';

const origin = 'http://127.0.0.1:5000';
const token = 'secret-token-123';
const req = (headers: Record<string, string>, url = '/api/invoke') => ({ headers, url }) as unknown as IncomingMessage;

describe('host API security', () => {
  it('accepts the token from our own origin', () => {
    expect(checkApiRequest(req({ host: '127.0.0.1:5000', authorization: `Bearer ${token}`, origin }), token, origin)).toBe(200);
  });
  it('accepts a request without Origin (not from a browser page) with the token', () => {
    expect(checkApiRequest(req({ host: '127.0.0.1:5000', authorization: `Bearer ${token}` }), token, origin)).toBe(200);
  });
  it('refuses a missing or wrong token with 401', () => {
    expect(checkApiRequest(req({ host: '127.0.0.1:5000' }), token, origin)).toBe(401);
    expect(checkApiRequest(req({ host: '127.0.0.1:5000', authorization: 'Bearer nope' }), token, origin)).toBe(401);
  });
  it('refuses a foreign origin with 403, even with the token', () => {
    expect(checkApiRequest(req({ host: '127.0.0.1:5000', authorization: `Bearer ${token}`, origin: 'http://evil.example' }), token, origin)).toBe(403);
  });
  it('refuses a foreign Host header (DNS rebinding) with 403', () => {
    expect(checkApiRequest(req({ host: 'evil.example:5000', authorization: `Bearer ${token}` }), token, origin)).toBe(403);
  });
});
