import { inNetworks, parseNetworkList } from './network-list';

describe('parseNetworkList', () => {
  it('reads names, addresses and CIDRs, IPv4-mapped IPv6 included', () => {
    const networks = parseNetworkList('loopback, 10.1.0.0/16, 2001:db8::/32, 203.0.113.7');
    for (const a of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '10.1.200.3', '2001:db8::5', '203.0.113.7'])
      expect([a, inNetworks(networks, a)]).toEqual([a, true]);
    for (const a of ['10.2.0.1', '192.168.1.1', '203.0.113.8', '::2', undefined, 'garbage'])
      expect([a, inNetworks(networks, a)]).toEqual([a, false]);
  });

  it('matches nothing for an empty list or none', () => {
    expect(inNetworks(parseNetworkList(''), '127.0.0.1')).toBe(false);
    expect(inNetworks(parseNetworkList('none'), '127.0.0.1')).toBe(false);
  });

  it('refuses what it cannot read', () => {
    expect(() => parseNetworkList('loopback, intranet')).toThrow('"intranet"');
    expect(() => parseNetworkList('10.0.0.0/40')).toThrow('prefix');
  });
});
