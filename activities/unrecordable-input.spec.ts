import { ApplicationFailure } from '@temporalio/common';
import { refusingUnrecordableInput, unrecordableOr } from './unrecordable-input';

const databaseError = (code: string) => Object.assign(new Error(`refused (${code})`), { code });

describe('data PostgreSQL refuses for good', () => {
  it.each(['22021', '22003', '23502', '23514'])('fails non-retryably for %s (the data, not the moment)', (code) => {
    const failure = unrecordableOr(databaseError(code));
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect((failure as ApplicationFailure).nonRetryable).toBe(true);
  });

  it.each(['23503', '23505', '40001', '08006'])('leaves %s to be retried (a race or a passing failure)', (code) => {
    const error = databaseError(code);
    expect(unrecordableOr(error)).toBe(error);
  });

  it('wraps every activity of a record, passing results and other failures through', async () => {
    const activities = refusingUnrecordableInput({
      ok: async () => 'done',
      refused: async () => {
        throw databaseError('22021');
      },
      passing: async () => {
        throw databaseError('08006');
      },
    });
    await expect(activities.ok()).resolves.toBe('done');
    await expect(activities.refused()).rejects.toMatchObject({ nonRetryable: true });
    await expect(activities.passing()).rejects.toMatchObject({ code: '08006' });
  });
});
