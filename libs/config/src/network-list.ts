import { BlockList, isIP } from 'node:net';

/** Names accepted besides addresses and CIDRs, with the ranges Express's `trust proxy` gives them. */
const NAMED: Record<string, readonly string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/**
 * A comma-separated list of addresses, CIDRs and the names `loopback`, `linklocal`,
 * `uniquelocal` (TRUSTED_PROXIES, METRICS_ALLOWED_NETWORKS); an empty list or `none` matches
 * nothing. Throws naming the first entry it cannot read.
 */
export function parseNetworkList(list: string): BlockList {
  const networks = new BlockList();
  const entries = list
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '' && e !== 'none');
  for (const entry of entries.flatMap((e) => NAMED[e] ?? [e])) {
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address);
    if (family === 0)
      throw new Error(`"${entry}" is not an address, a CIDR or loopback/linklocal/uniquelocal`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) {
      networks.addAddress(address, type);
      continue;
    }
    const bits = Number(prefix);
    if (!/^\d+$/.test(prefix) || bits > (family === 4 ? 32 : 128))
      throw new Error(`"${entry}" has a bad prefix length`);
    networks.addSubnet(address, bits, type);
  }
  return networks;
}

/** Whether `address` (as Node reports it, IPv4-mapped IPv6 included) is in `networks`. */
export function inNetworks(networks: BlockList, address: string | undefined): boolean {
  if (!address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  return networks.check(address, family === 4 ? 'ipv4' : 'ipv6');
}
