/**
 * The one door for outbound HTTP from apps (webhooks, Slack, later retries and triggers).
 * It refuses loopback, private, link-local and other non-public targets unless an allow-list
 * (OUTBOUND_ALLOW: hosts or CIDRs) names them. The check runs in the socket's DNS lookup, so
 * the address connected to is the address checked (no DNS-rebinding gap), and redirects are
 * not followed.
 */
import http from 'node:http';
import https from 'node:https';
import dns from 'node:dns';
import net from 'node:net';
import type { OutboundErrorKind } from '../../agent/errors/error-kinds';
import { ToolwrightError } from '../../agent/errors/toolwright-error';

export class OutboundRequestError extends ToolwrightError<'outbound'> {
  readonly family = 'outbound';

  constructor(
    readonly kind: OutboundErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface OutboundRequest {
  url: string;
  method: 'GET' | 'POST' | 'PUT';
  headers?: Record<string, string>;
  body?: string;
}

export interface OutboundResponse {
  status: number;
  contentType: string | null;
  body: string;
  /** The Retry-After header, when the receiver sent one (retries honour it). */
  retryAfter: string | null;
}

export interface OutboundClient {
  /** Throws OutboundRequestError('refused' | 'invalid-url') without sending when the URL is not allowed. */
  check(url: string): Promise<void>;
  request(request: OutboundRequest): Promise<OutboundResponse>;
}

export interface OutboundOptions {
  /** Hostnames or IPs/CIDRs that may be reached although not public. */
  allow?: string[];
  timeoutMs?: number;
  maxResponseBytes?: number;
}

// Ranges no app should reach by default (IANA special-purpose registries).
const BLOCKED: [string, number, 'ipv4' | 'ipv6', string][] = [
  ['0.0.0.0', 8, 'ipv4', 'an unspecified'],
  ['10.0.0.0', 8, 'ipv4', 'a private'],
  ['100.64.0.0', 10, 'ipv4', 'a carrier-grade NAT'],
  ['127.0.0.0', 8, 'ipv4', 'a loopback'],
  ['169.254.0.0', 16, 'ipv4', 'a link-local'],
  ['172.16.0.0', 12, 'ipv4', 'a private'],
  ['192.0.0.0', 24, 'ipv4', 'a reserved'],
  ['192.168.0.0', 16, 'ipv4', 'a private'],
  ['198.18.0.0', 15, 'ipv4', 'a benchmarking'],
  ['224.0.0.0', 4, 'ipv4', 'a multicast'],
  ['240.0.0.0', 4, 'ipv4', 'a reserved'],
  ['::', 128, 'ipv6', 'an unspecified'],
  ['::1', 128, 'ipv6', 'a loopback'],
  ['fc00::', 7, 'ipv6', 'a private'],
  ['fe80::', 10, 'ipv6', 'a link-local'],
  ['ff00::', 8, 'ipv6', 'a multicast'],
  // IPv6 forms that carry an IPv4 address (RFC 4291 compatible, RFC 2765 translated, RFC 6052
  // and 8215 NAT64): a gateway may route them to the embedded address, loopback included.
  ['::', 96, 'ipv6', 'an IPv4-compatible'],
  ['::ffff:0:0:0', 96, 'ipv6', 'an IPv4-translated'],
  ['64:ff9b::', 96, 'ipv6', 'a NAT64'],
  ['64:ff9b:1::', 48, 'ipv6', 'a NAT64'],
];

// One list per range (built once), so a refusal can say which kind of address it was.
const BLOCKED_LISTS = BLOCKED.map(([base, prefix, type, what]) => {
  const list = new net.BlockList();
  list.addSubnet(base, prefix, type);
  return { list, what };
});

function classify(address: string): string | null {
  const family = net.isIPv6(address) ? 'ipv6' : 'ipv4';
  // BlockList matches IPv4-mapped IPv6 (::ffff:127.0.0.1) against IPv4 rules too.
  return BLOCKED_LISTS.find(({ list }) => list.check(address, family))?.what ?? null;
}

function allowList(entries: string[]): { hosts: Set<string>; ips: net.BlockList } {
  const hosts = new Set<string>();
  const ips = new net.BlockList();
  for (const raw of entries) {
    const entry = raw.trim().toLowerCase();
    const [base = '', prefix] = entry.split('/');
    const family = net.isIP(base);
    if (family === 0) hosts.add(entry);
    else if (prefix === undefined) ips.addAddress(base, family === 6 ? 'ipv6' : 'ipv4');
    else ips.addSubnet(base, Number(prefix), family === 6 ? 'ipv6' : 'ipv4');
  }
  return { hosts, ips };
}

const HINT = 'Outbound calls to loopback, private and link-local addresses are blocked; add the host to OUTBOUND_ALLOW to permit it.';

export function createOutboundClient(options: OutboundOptions = {}): OutboundClient {
  const allow = allowList(options.allow ?? []);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxResponseBytes ?? 1024 * 1024;

  const parse = (raw: string): URL => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new OutboundRequestError('invalid-url', `"${raw.slice(0, 200)}" is not a valid URL. Use a full http(s):// address.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new OutboundRequestError('invalid-url', `${url.protocol} URLs cannot be called. Use an http(s):// address.`);
    }
    return url;
  };

  const refuseIfBlocked = (url: URL, address: string): void => {
    const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (allow.hosts.has(host)) return;
    const family = net.isIPv6(address) ? 'ipv6' : 'ipv4';
    if (allow.ips.check(address, family)) return;
    const what = classify(address);
    if (what) {
      throw new OutboundRequestError('refused', `Refused to call ${url.origin}: ${address} is ${what} address. ${HINT}`);
    }
  };

  const resolveAll = async (url: URL): Promise<string[]> => {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (net.isIP(host)) return [host];
    try {
      return (await dns.promises.lookup(host, { all: true })).map((a) => a.address);
    } catch (error) {
      throw new OutboundRequestError('network', `Could not resolve ${host}. Check the URL.`, { cause: error });
    }
  };

  const check = async (raw: string) => {
    const url = parse(raw);
    for (const address of await resolveAll(url)) refuseIfBlocked(url, address);
  };

  const request = async (req: OutboundRequest): Promise<OutboundResponse> => {
    const url = parse(req.url);
    await check(req.url);
    // Checked again at connect time on the address actually used.
    const lookup: net.LookupFunction = (hostname, lookupOptions, callback) => {
      dns.lookup(hostname, { ...lookupOptions, all: false }, (error, address, family) => {
        if (error) return callback(error, '', 0);
        try {
          refuseIfBlocked(url, address as string);
        } catch (refusal) {
          return callback(refusal as Error, '', 0);
        }
        callback(null, address as string, family as number);
      });
    };
    const client = url.protocol === 'https:' ? https : http;
    return new Promise<OutboundResponse>((resolve, reject) => {
      const outgoing = client.request(
        url,
        {
          method: req.method,
          headers: {
            'user-agent': 'Toolwright',
            ...req.headers,
            ...(req.body !== undefined ? { 'content-length': String(Buffer.byteLength(req.body)) } : {}),
          },
          lookup,
          timeout: timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxBytes) {
              res.destroy(
                new OutboundRequestError('too-large', `${url.origin} answered with more than ${maxBytes} bytes; the answer was cut off.`),
              );
              return;
            }
            chunks.push(chunk);
          });
          res.on('error', reject);
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              contentType: res.headers['content-type'] ?? null,
              body: Buffer.concat(chunks).toString('utf8'),
              retryAfter: res.headers['retry-after'] ?? null,
            }),
          );
        },
      );
      outgoing.on('timeout', () => {
        outgoing.destroy(
          new OutboundRequestError('timeout', `${url.origin} did not answer within ${Math.round(timeoutMs / 1000)} s. Try again later.`),
        );
      });
      outgoing.on('error', (error) => {
        if (error instanceof OutboundRequestError) return reject(error);
        reject(new OutboundRequestError('network', `Could not reach ${url.origin}: ${error.message}. Check the URL.`, { cause: error }));
      });
      if (req.body !== undefined) outgoing.write(req.body);
      outgoing.end();
    });
  };

  return { check, request };
}
