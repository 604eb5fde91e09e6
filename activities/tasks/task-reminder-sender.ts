import { Injectable } from '@nestjs/common';
import { endOfVietnamDay } from '../../libs/domain/src/deadlines/vietnam-time';
import type { NotificationMessage } from '../../libs/notifications/src/notification-message';
import { NotificationActivities } from '../notifications/notification.activities';
import type { TaskReminderRequest } from './task.activities';
import { Recipient, TaskRecipients } from './task-recipients';
import { WorkingDayCounter } from './working-day-counter';

/**
 * Sends one scheduled reminder or escalation of a task to everyone in its audience: whoever
 * must act, the acting unit's head, the province's programme manager. One notification per
 * person and reminder key, so a retried activity notifies nobody twice.
 */
@Injectable()
export class TaskReminderSender {
  constructor(
    private readonly recipients: TaskRecipients,
    private readonly notifications: NotificationActivities,
    private readonly workingDays: WorkingDayCounter,
  ) {}

  async send(request: TaskReminderRequest): Promise<void> {
    const { reminder, subject, assignee, escalation, dueDate, taskId } = request;
    const people = new Map<string, Recipient>();
    const add = (list: Recipient[]) => list.forEach((person) => people.set(person.userId, person));
    if (reminder.audience.includes('assignee')) add(await this.recipients.of(assignee, subject.provinceCode));
    if (reminder.audience.includes('unit-head')) {
      const unit = escalation.unitHead ?? (assignee.kind === 'department' ? assignee : undefined);
      if (unit?.kind === 'department') add(await this.recipients.unitHeadsOf(unit.id));
      else if (unit) add(await this.recipients.of(unit, subject.provinceCode));
    }
    if (reminder.audience.includes('manager')) add(await this.recipients.of(escalation.manager ?? { kind: 'role', id: 'programme-manager' }, subject.provinceCode));

    const dueAt = new Date(endOfVietnamDay(dueDate)).toISOString();
    const message = await this.messageFor(request, dueAt);
    for (const person of people.values()) {
      await this.notifications.notify({
        dedupKey: `${taskId}:${reminder.key}:${person.userId}`,
        recipient: { userId: person.userId, email: person.email ?? undefined },
        message,
        subject: { type: subject.type, id: subject.id, label: subject.title },
        scheduledFor: request.scheduledFor,
      });
    }
  }

  private async messageFor(request: TaskReminderRequest, dueAt: string): Promise<NotificationMessage> {
    const { reminder, step, dueDate } = request;
    const on = reminder.date;
    switch (reminder.kind) {
      case 'before-due':
        return { kind: 'reminder', step: step.name, dueAt, workingDaysLeft: await this.workingDays.between(on, dueDate) };
      case 'due-today':
        return { kind: 'due-today', step: step.name, dueAt };
      default:
        return { kind: 'escalation', step: step.name, dueAt, overdueWorkingDays: await this.workingDays.between(dueDate, on) };
    }
  }
}
