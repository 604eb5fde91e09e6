import { Injectable } from '@nestjs/common';
import type { LocalizedText } from '../../libs/domain/src/errors/domain-error';
import { NotificationActivities } from '../notifications/notification.activities';
import type { Assignee, DecisionSubject } from '../../workflows/decision/messages';
import { TaskRecipients } from './task-recipients';

/** A task reached an inbox: when it opens, or when a manager reassigns it. */
export interface TaskAssignedNotice {
  taskId: string;
  subject: DecisionSubject;
  step: { code: string; name: LocalizedText };
  assignee: Assignee;
  /** 24:00 Vietnam time of the due date; absent for a step with no time limit. */
  dueAt: string | null;
  /** 0 when the task opens; the reassignment's number (1, 2, …) after that. */
  assignment: number;
  /** The workflow time of the event. */
  scheduledFor: string;
}

/**
 * Tells every person who may act on a task that it is in their inbox, by in-app notification and
 * e-mail, with the due date and a link to the page they act on: the task page for staff, the case's
 * page for the enterprise (it acts through the application and pilot-model routes). One notification
 * per person, task and assignment, however often Temporal retries the activity.
 */
@Injectable()
export class TaskAssignmentNotifier {
  constructor(
    private readonly recipients: TaskRecipients,
    private readonly notifications: NotificationActivities,
  ) {}

  async send(notice: TaskAssignedNotice): Promise<number> {
    const { taskId, subject, step, assignee, dueAt, assignment } = notice;
    const people = await this.recipients.of(assignee, subject.provinceCode);
    const linkPath = assignee.kind === 'enterprise' ? `/${subject.type === 'pilot-model' ? 'pilot-models' : 'applications'}/${encodeURIComponent(subject.id)}` : `/tasks/${encodeURIComponent(taskId)}`;
    for (const person of people) {
      await this.notifications.notify({
        // Not prefixed with the task id: the reminder keys are `${taskId}:${reminder}:…`, and stay apart.
        dedupKey: assignment === 0 ? `task-assigned:${taskId}:${person.userId}` : `task-reassigned:${taskId}:${assignment}:${person.userId}`,
        recipient: { userId: person.userId, email: person.email ?? undefined },
        message: { kind: 'task-assigned', step: step.name, ...(dueAt ? { dueAt } : {}), ...(assignment > 0 ? { reassigned: true } : {}) },
        subject: { type: subject.type, id: subject.id, label: subject.title },
        scheduledFor: notice.scheduledFor,
        linkPath,
      });
    }
    return people.length;
  }
}
