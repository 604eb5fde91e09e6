import { ChannelRegistry } from './channel-registry';
import type { NotificationChannel } from './notification-channel';

const channel = (name: NotificationChannel['name']): NotificationChannel => ({ name, deliver: async () => ({ channel: name, status: 'delivered' }) });

describe('ChannelRegistry', () => {
  it('finds registered channels by name and nothing else', () => {
    const sms = channel('sms');
    const registry = new ChannelRegistry([channel('in-app')]).register(sms);
    expect(registry.get('sms')).toBe(sms);
    expect(registry.get('email')).toBeUndefined();
    expect(registry.names()).toEqual(['in-app', 'sms']);
  });

  it('refuses a second channel of the same name', () => {
    expect(() => new ChannelRegistry([channel('email'), channel('email')])).toThrow(/twice/);
  });
});
