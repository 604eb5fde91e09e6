import { loadEnvironment } from '../../../../libs/config/src/environment';
import { DevMailController } from './dev-mail/dev-mail.controller';
import { NotificationsModule, notificationsOptionsOf } from './notifications.module';

describe('NotificationsModule', () => {
  it('offers GET /dev/mail only outside production and only with the SMTP sink', () => {
    const development = loadEnvironment({ NODE_ENV: 'development', SMTP_SINK_DIR: '/tmp/nscl-mail' });
    expect(notificationsOptionsOf(development)).toEqual({ devMailDir: '/tmp/nscl-mail' });
    expect(notificationsOptionsOf(loadEnvironment({ NODE_ENV: 'development' }))).toEqual({ devMailDir: undefined });
    const production = loadEnvironment({ NODE_ENV: 'production', SMTP_SINK_DIR: '/tmp/nscl-mail', JWT_SECRET: 'x'.repeat(32) });
    expect(notificationsOptionsOf(production)).toEqual({ devMailDir: undefined });

    expect(NotificationsModule.forRoot({ devMailDir: '/tmp/nscl-mail' }).controllers).toContain(DevMailController);
    expect(NotificationsModule.forRoot({}).controllers).not.toContain(DevMailController);
  });
});
