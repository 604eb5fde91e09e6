import type { ChannelName } from '../notify-request';
import type { NotificationChannel } from './notification-channel';

/** The channels this process can use; an SMS gateway registers here like the others. */
export class ChannelRegistry {
  private readonly channels = new Map<ChannelName, NotificationChannel>();

  constructor(channels: readonly NotificationChannel[] = []) {
    for (const channel of channels) this.register(channel);
  }

  register(channel: NotificationChannel): this {
    if (this.channels.has(channel.name)) throw new Error(`Notification channel "${channel.name}" is registered twice`);
    this.channels.set(channel.name, channel);
    return this;
  }

  get(name: ChannelName): NotificationChannel | undefined {
    return this.channels.get(name);
  }

  names(): ChannelName[] {
    return [...this.channels.keys()];
  }
}
