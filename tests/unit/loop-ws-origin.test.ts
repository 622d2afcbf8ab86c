import { describe, expect, it } from 'vitest';
import { isAllowedOrigin } from '../../server/ws/attach';

describe('isAllowedOrigin (the chat socket refuses cross-site pages)', () => {
  it('lets non-browser clients, loopback pages and the page’s own origin in', () => {
    expect(isAllowedOrigin(undefined, '127.0.0.1:3000')).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:3000', '127.0.0.1:3000')).toBe(true);
    expect(isAllowedOrigin('http://localhost:5173', '127.0.0.1:3000')).toBe(true);
    expect(isAllowedOrigin('http://[::1]:3000', '[::1]:3000')).toBe(true);
    expect(isAllowedOrigin('https://tools.example.com', 'tools.example.com')).toBe(true);
    // Any 127.x address is loopback, whatever the page's host.
    expect(isAllowedOrigin('http://127.0.0.2:8080', 'tools.example.com')).toBe(true);
  });

  it('refuses other sites and opaque origins', () => {
    expect(isAllowedOrigin('https://evil.example', '127.0.0.1:3000')).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1.evil.example', '127.0.0.1:3000')).toBe(false);
    expect(isAllowedOrigin('null', '127.0.0.1:3000')).toBe(false);
  });
});
