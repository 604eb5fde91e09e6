import { proxyActivities } from '@temporalio/workflow';
import type { CouncilNoticeActivities } from '../../activities/councils/council-notice.activities';

/**
 * The convening transaction may still be committing when this starts, or may never commit (then
 * there is no council and nobody to tell): the activity retries until the council is readable,
 * for about ten minutes, then gives up. Its notices are deduplicated, so retries tell nobody twice.
 */
const { noticeToCouncilMembers } = proxyActivities<CouncilNoticeActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', maximumAttempts: 15 },
});

export interface CouncilConvenedNoticesInput {
  councilId: string;
  /** When the council was convened (the API's clock): the notices' time. */
  convenedAt: string;
}

/**
 * Tells each member of a newly convened council, in-app and by e-mail, with the meeting date and a
 * link to the council's page. Started by the API inside the convening transaction, before it
 * commits, under an id derived from the council: the notice is durable as soon as the council is.
 */
export async function councilConvenedNoticesWorkflow(input: CouncilConvenedNoticesInput): Promise<number> {
  try {
    return await noticeToCouncilMembers(input);
  } catch {
    // The council never committed (or stayed unreadable): nothing to tell, and nothing to retry by hand.
    return 0;
  }
}
