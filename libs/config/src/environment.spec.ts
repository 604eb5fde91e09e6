import { EnvironmentError, loadEnvironment, requireServers } from './environment';

describe('loadEnvironment', () => {
  it('falls back to embedded defaults when nothing is set', () => {
    const environment = loadEnvironment({});
    expect(environment.databaseUrl).toBeUndefined();
    expect(environment.temporalAddress).toBeUndefined();
    expect(environment.apiPort).toBe(3000);
    expect(environment.temporalTaskQueue).toBe('nscl');
    expect(environment.demoPassword).toBe('demo-password');
    expect(environment.dataDir).toMatch(/data$/);
  });

  it('lists every problem at once', () => {
    let caught: unknown;
    try {
      loadEnvironment({ PORT: 'eighty', DATABASE_URL: 'mysql://x', NODE_ENV: 'staging', TEMPORAL_ADDRESS: 'no-port' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EnvironmentError);
    const problems = (caught as EnvironmentError).problems.join('\n');
    expect(problems).toContain('PORT');
    expect(problems).toContain('DATABASE_URL');
    expect(problems).toContain('NODE_ENV');
    expect(problems).toContain('TEMPORAL_ADDRESS');
  });

  it('demands a real JWT secret in production', () => {
    expect(() => loadEnvironment({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(loadEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).jwtSecret).toBe('x'.repeat(32));
  });

  it('requires both servers for the API and the worker', () => {
    expect(() => requireServers(loadEnvironment({}))).toThrow(/DATABASE_URL[\s\S]*TEMPORAL_ADDRESS/);
    const ready = requireServers(loadEnvironment({ DATABASE_URL: 'postgres://u:p@localhost:5432/db', TEMPORAL_ADDRESS: 'localhost:7233' }));
    expect(ready.temporalAddress).toBe('localhost:7233');
  });
});
