import { Injectable } from '@nestjs/common';
import { NotificationActivities } from '../notifications/notification.activities';
import type { TaskCancelledNotice } from './task.activities';
import { TaskRecipients } from './task-recipients';

/**
 * Tells whoever held a task that it was cancelled because another decider of the same step
 * decided it (process: several deciders, any may return). One notification per person and task.
 */
@Injectable()
export class TaskCancellationNotifier {
  constructor(
    private readonly recipients: TaskRecipients,
    private readonly notifications: NotificationActivities,
  ) {}

  async send(notice: TaskCancelledNotice): Promise<void> {
    const { taskId, subject, step, assignee, decidedBy, outcome, comment, scheduledFor } = notice;
    for (const person of await this.recipients.of(assignee, subject.provinceCode)) {
      await this.notifications.notify({
        dedupKey: `${taskId}:cancelled:${person.userId}`,
        recipient: { userId: person.userId, email: person.email ?? undefined },
        message: { kind: 'task-cancelled', step: step.name, decidedBy, outcome, ...(comment ? { comment } : {}) },
        subject: { type: subject.type, id: subject.id, label: subject.title },
        scheduledFor,
      });
    }
  }
}
